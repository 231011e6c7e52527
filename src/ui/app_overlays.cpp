// app_overlays.cpp: what is drawn over the document: the header (menu, title, language, exit),
// the menu panel (contents, text size, theme, share), the source card, messages, and the
// error screen shown instead of the document when content fails to load.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "imgui.h"
#include "ui/app.h"
#include "ui/card.h"
#include "ui/text_layout.h"
#include "ui/widgets.h"
#include "present/words.h"

namespace factsheet::ui {
namespace {

// Shown when no content loaded, so it cannot come from the content's own strings.
constexpr const char* kErrorTitle = "This fact sheet could not be loaded / No se pudo cargar esta hoja";

std::string domain_of(const std::string& url) {
    const std::string scheme = "https://";
    if (url.compare(0, scheme.size(), scheme) != 0) return url;
    const size_t end = url.find_first_of("/?#", scheme.size());
    std::string host = url.substr(scheme.size(), end == std::string::npos ? std::string::npos : end - scheme.size());
    if (host.compare(0, 4, "www.") == 0) host = host.substr(4);
    return host;
}

// Cuts text with an ellipsis to fit a width (UTF-8 safe).
std::string ellipsize(std::string text, ImFont* font, float size, float width) {
    if (measure(font, size, text) <= width) return text;
    const std::string dots = "\xE2\x80\xA6";
    while (!text.empty() && measure(font, size, text + dots) > width) {
        text.pop_back();
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
    }
    return text + dots;
}

float button_width(ImFont* font, float size, const std::string& label, float min_w) {
    return std::max(min_w, measure(font, size, label) + size * 1.2f);
}

}  // namespace

void App::draw_header() {
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const Theme& th = theme(theme_);
    const Metrics& m = metrics_;
    const float h = header_h();
    const float size = m.body_size;
    const float by = (h - m.tap_min) * 0.5f;
    const float gap = m.margin * 0.5f;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(m.viewport_w, h), to_imgui(th.surface));
    dl->AddRectFilled(ImVec2(0, h - 1), ImVec2(m.viewport_w, h), to_imgui(th.rule));

    // Menu, at the left: three bars, the universal sign.
    const std::string& menu_label = sheet_.ui_text("menu");
    float left = gap;
    if (draw_button(dl, "menu", "", left, by, m.tap_min, m.tap_min, size, fonts_.bold, th,
                    menu_open_ ? ButtonStyle::Selected : ButtonStyle::Outline)
            .pressed) {
        menu_open_ = !menu_open_;
        menu_scroll_ = 0;
        popup_source_ = -1;
        card_ = Card::None;
    }
    const ImU32 bars = to_imgui(menu_open_ ? th.accent_text : th.accent);
    for (int i = -1; i <= 1; ++i) {
        const float y = std::round(by + m.tap_min * 0.5f + i * m.tap_min * 0.18f);
        dl->AddLine(ImVec2(left + m.tap_min * 0.28f, y), ImVec2(left + m.tap_min * 0.72f, y), bars, 2.5f);
    }
    hits_.push_back({left, by, m.tap_min, m.tap_min, menu_label});
    left += m.tap_min + gap;

    // Quick exit at the far right, always there; the language switch left of it. Positions
    // first, then the buttons left to right, so Tab meets them in reading order.
    const std::string& exit_label = sheet_.ui_text("exit");
    const float exit_w = button_width(fonts_.bold, size, exit_label, m.tap_min);
    const float exit_x = m.viewport_w - gap - exit_w;
    float right = exit_x - gap;
    // The languages the content file was built with (content/evidence.h: bundle).
    for (const content::Language& l : sheet_.languages) {
        if (sheet_.lang == l.lang) continue;
        const float w = button_width(fonts_.bold, size, l.name, m.tap_min);
        right -= w;
        if (draw_button(dl, "lang", l.name, right, by, w, m.tap_min, size, fonts_.bold, th, ButtonStyle::Outline)
                .pressed &&
            host_)
            host_->request_language(l.lang);
        hits_.push_back({right, by, w, m.tap_min, l.name});
        right -= gap;
        break;
    }
    if (draw_button(dl, "exit", exit_label, exit_x, by, exit_w, m.tap_min, size, fonts_.bold, th, ButtonStyle::Primary)
            .pressed &&
        host_)
        host_->exit_now();
    hits_.push_back({exit_x, by, exit_w, m.tap_min, exit_label});

    // The title in what room is left; on the narrowest phones the header keeps only controls.
    const float title_size = std::min(size * 1.05f, 22.0f);
    const float avail = right - left;
    if (avail >= title_size * 5) {
        const std::string title = ellipsize(sheet_.meta.title, fonts_.bold, title_size, avail);
        const float text_h = fonts_.bold->CalcTextSizeA(title_size, FLT_MAX, 0, "Ag").y;
        dl->AddText(fonts_.bold, title_size, ImVec2(left, std::round((h - text_h) * 0.5f)), to_imgui(th.heading),
                    title.c_str());
        drawn_texts_.insert(drawn_texts_.begin(), title);
    }
}

void App::draw_menu() {
    const Metrics& m = metrics_;
    const Theme& th = theme(theme_);
    const float top = header_h();
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(m.viewport_w, m.viewport_h - top));
    ImGui::Begin("menu-panel", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
    if (!ImGui::IsWindowFocused()) ImGui::SetWindowFocus();  // Tab stays inside while it is open
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float w = std::min(m.viewport_w, m.column_w + 2 * m.margin);
    const float x0 = (m.viewport_w - w) * 0.5f + m.margin;
    const float inner = w - 2 * m.margin;
    const float gap = m.body_size * 0.6f;
    const float size = m.body_size;
    const TextStyle label{fonts_.bold, m.small_size, m.small_size * 1.45f};

    // Measure first, so the panel's background fits what it holds.
    float y = top + gap;
    struct Row {
        float y;
    };
    const float row = m.tap_min + gap;
    const float label_h = label.line_height;
    // Theme buttons wrap onto as many rows as the width needs.
    const std::string themes[3] = {sheet_.ui_text("theme_light"), sheet_.ui_text("theme_dark"),
                                   sheet_.ui_text("theme_contrast")};
    float theme_rows = 1, line_w = 0;
    for (const std::string& t : themes) {
        const float bw = button_width(fonts_.bold, size, t, m.tap_min);
        if (line_w > 0 && line_w + gap + bw > inner) {
            ++theme_rows;
            line_w = 0;
        }
        line_w += (line_w > 0 ? gap : 0) + bw;
    }
    // The sheet's word list, when it has one, is one tap from the menu (FORMAT.md: "glossary").
    const content::Section* glossary = sheet_.find_section("glossary");
    // "Show all details" where some section folds its details (answers first).
    bool folds = false;
    for (const content::Section& sec : sheet_.sections) folds = folds || sec.folds();
    const float panel_h = gap + row + (glossary ? row : 0) + (folds ? row : 0) + label_h + row + label_h + theme_rows * row + row + row + row +
                          (can_save_offline_ ? row : 0) + (offline_one_language_ ? label_h : 0) + row + gap;
    // Taller than the screen below the header (a small phone, large text): the panel scrolls.
    menu_scroll_max_ = std::max(0.0f, panel_h - (m.viewport_h - top));
    menu_scroll_ = std::clamp(menu_scroll_, 0.0f, menu_scroll_max_);
    const float panel_bottom = top + panel_h - menu_scroll_;
    y -= menu_scroll_;
    dl->AddRectFilled(ImVec2(0, top), ImVec2(m.viewport_w, m.viewport_h), IM_COL32(0, 0, 0, 110));
    dl->AddRectFilled(ImVec2(0, top), ImVec2(m.viewport_w, panel_bottom), to_imgui(th.background));
    dl->AddRectFilled(ImVec2(0, panel_bottom - 1), ImVec2(m.viewport_w, panel_bottom), to_imgui(th.rule));
    dl->PushClipRect(ImVec2(0, top), ImVec2(m.viewport_w, m.viewport_h), true);

    auto put_label = [&](const std::string& text) {
        dl->AddText(label.font, label.size, ImVec2(x0, y), to_imgui(th.muted), text.c_str());
        drawn_texts_.push_back(text);
        y += label_h;
    };
    auto button = [&](const char* id, const std::string& text, float x, float bw, ButtonStyle st,
                      const std::string& hit_label) {
        const bool pressed = draw_button(dl, id, text, x, y, bw, m.tap_min, size, fonts_.bold, th, st).pressed;
        // Tab onto a button scrolled out of the panel brings it into view.
        if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible) {
            if (y < top) menu_scroll_ -= top - y + gap;
            else if (y + m.tap_min > m.viewport_h) menu_scroll_ += y + m.tap_min - m.viewport_h + gap;
        }
        if (y + m.tap_min > top && y < m.viewport_h) {
            hits_.push_back({x, std::max(y, top), bw, std::min(y + m.tap_min, m.viewport_h) - std::max(y, top), hit_label});
            drawn_texts_.push_back(text);
        }
        return pressed;
    };

    // Contents: back to the section list.
    if (button("contents", sheet_.ui_text("contents"), x0, inner, ButtonStyle::Plain, sheet_.ui_text("contents"))) {
        menu_open_ = false;
        scroller_.scroll_to(doc_.contents_y - header_h() - m.paragraph_gap, !reduced_motion_);
    }
    y += row;
    if (glossary) {
        if (button("glossary", glossary->title, x0, inner, ButtonStyle::Plain, glossary->title)) {
            menu_open_ = false;
            jump_to_section(glossary->id, true);
            jumping_ = true;
        }
        y += row;
    }

    // Text size: A- and A+ in 25% steps, 100% to 200%, with the size between them.
    put_label(sheet_.ui_text("text_smaller") + " / " + sheet_.ui_text("text_larger"));
    const float step_w = std::max(m.tap_min * 1.4f, inner * 0.3f);
    const int percent = static_cast<int>(std::lround(text_scale_ * 100));
    if (button("smaller", "A\xE2\x80\x93", x0, step_w, ButtonStyle::Outline, sheet_.ui_text("text_smaller")))
        set_text_scale(text_scale_ - 0.25f);
    const std::string pct = std::to_string(percent) + " %";
    const float pw = measure(fonts_.bold, size, pct);
    dl->AddText(fonts_.bold, size, ImVec2(x0 + inner * 0.5f - pw * 0.5f, y + (m.tap_min - size * 1.36f) * 0.5f),
                to_imgui(th.text), pct.c_str());
    drawn_texts_.push_back(pct);
    if (button("larger", "A+", x0 + inner - step_w, step_w, ButtonStyle::Outline, sheet_.ui_text("text_larger")))
        set_text_scale(text_scale_ + 0.25f);
    y += row;

    // Theme: light, dark, high contrast; the current one is filled.
    put_label(sheet_.ui_text("theme"));
    float x = x0;
    for (int i = 0; i < 3; ++i) {
        const float bw = button_width(fonts_.bold, size, themes[i], m.tap_min);
        if (x > x0 && x + bw > x0 + inner) {
            x = x0;
            y += row;
        }
        const ThemeId id = static_cast<ThemeId>(i);
        ImGui::PushID(i);
        if (button("theme", themes[i], x, bw, theme_ == id ? ButtonStyle::Selected : ButtonStyle::Outline, themes[i]))
            set_theme(id);
        ImGui::PopID();
        x += bw + gap;
    }
    y += row;

    if (button("share", sheet_.ui_text("share"), x0, inner, ButtonStyle::Plain, sheet_.ui_text("share")) && host_) {
        menu_open_ = false;
        host_->share(current_section_);
    }
    y += row;
    if (button("qr", sheet_.ui_text("show_qr"), x0, inner, ButtonStyle::Plain, sheet_.ui_text("show_qr")))
        open_card(Card::Qr);
    y += row;

    if (can_save_offline_ &&
        button("save", sheet_.ui_text("save_offline"), x0, inner, ButtonStyle::Plain, sheet_.ui_text("save_offline")) &&
        host_) {
        menu_open_ = false;
        host_->save_offline();
    }
    if (can_save_offline_) y += row;
    // Save-Data: what the copy kept for reading without internet holds (web/sw.js).
    if (offline_one_language_)
        put_label(sheet_.ui_text("offline_one_language"));
    if (button("remove", sheet_.ui_text("remove_sheet"), x0, inner, ButtonStyle::Plain, sheet_.ui_text("remove_sheet")))
        open_card(Card::Remove);
    y += row;
    // Last, for fewer readers (they scroll into view on a small phone): every section's details,
    // and printing.
    if (folds) {
        // For the reader who wants everything: every section's details at once, or none again.
        const bool all = all_details_open();
        const std::string& label = sheet_.ui_text(all ? "details_none" : "details_all");
        if (button("details", label, x0, inner, ButtonStyle::Plain, label)) {
            menu_open_ = false;
            set_all_details(!all);
        }
        y += row;
    }
    if (button("print", sheet_.ui_text("print"), x0, inner, ButtonStyle::Plain, sheet_.ui_text("print")))
        open_card(Card::Print);
    y += row;

    dl->PopClipRect();
    // A tap below the panel closes it (not the tap that opened it, which was in the header).
    const ImVec2 pressed_at = ImGui::GetIO().MouseClickedPos[0];
    if (ImGui::IsMouseReleased(0) && pressed_at.y > panel_bottom && !menu_dragging_) menu_open_ = false;
    ImGui::End();
}

void App::draw_source_card() {
    const content::Source& s = sheet_.sources[static_cast<size_t>(popup_source_)];
    const Metrics& m = metrics_;
    const Theme& th = theme(theme_);
    const CardBox box = card_box(m);
    const float pad = box.pad, w = box.w, x = box.x, inner = box.inner;
    const TextStyle body{fonts_.regular, m.body_size, m.line_height};
    const TextStyle bold{fonts_.bold, m.body_size, m.line_height};
    const TextStyle small{fonts_.regular, m.small_size, m.small_size * 1.45f};

    struct Line {
        TextBlock tb;
        const TextStyle* st;
        ColorRole color;
    };
    std::vector<Line> lines;
    lines.push_back({layout_plain(present::fill(sheet_.ui_text("citation_label"), "n", std::to_string(popup_source_ + 1)), small,
                                  inner),
                     &small, ColorRole::Muted});
    lines.push_back({layout_plain(s.publisher, bold, inner), &bold, ColorRole::Heading});
    lines.push_back({layout_plain(s.title, body, inner), &body, ColorRole::Text});
    std::string meta = present::date(sheet_, s.date);
    if (!s.author.empty()) meta = s.author + " \xC2\xB7 " + meta;
    lines.push_back({layout_plain(meta, small, inner), &small, ColorRole::Muted});
    // The domain is shown before anyone leaves the sheet.
    if (!s.url.empty())
        lines.push_back({layout_plain(present::fill(sheet_.ui_text("leaving_to"), "domain", domain_of(s.url)), small, inner),
                         &small, ColorRole::Muted});

    // The passages come apart from the content (a content file without them): asked for when a
    // card first needs them; meanwhile, or when they could not be fetched, the card says so.
    if (passages_ == Passages::Missing && host_) {
        passages_ = Passages::Asked;
        host_->request_passages(sheet_.lang);
    }
    if (passages_ == Passages::Asked || passages_ == Passages::Failed) {
        lines.push_back({layout_plain(sheet_.ui_text("source_says"), bold, inner), &bold, ColorRole::Heading});
        const char* key = passages_ == Passages::Asked ? "loading" : "source_says_unavailable";
        lines.push_back({layout_plain(sheet_.ui_text(key), body, inner), &body, ColorRole::Muted});
    }
    float content_h = 0;
    for (const Line& l : lines) content_h += l.tb.height;
    // What the source says at the tapped place (from the source list: its first passage), as
    // many passages as fit on the screen; each with where it is in the source and when checked.
    std::vector<const content::Evidence*> passages = sheet_.passages(popup_place_, s.id);
    if (popup_place_.empty()) {
        for (const content::Evidence& e : sheet_.evidence) {
            if (e.source_id == s.id) {
                passages.push_back(&e);
                break;
            }
        }
    }
    const float room = m.viewport_h - (pad + content_h + pad * 0.5f + m.tap_min + pad) - m.tap_min;
    float used = 0;
    for (size_t i = 0; i < passages.size(); ++i) {
        const content::Evidence& e = *passages[i];
        std::vector<Line> more;
        if (i == 0) more.push_back({layout_plain(sheet_.ui_text("source_says"), bold, inner), &bold, ColorRole::Heading});
        more.push_back({layout_plain("\xE2\x80\x9C" + e.passage + "\xE2\x80\x9D", body, inner), &body, ColorRole::Text});
        more.push_back({layout_plain(e.where + " \xC2\xB7 " +
                                         present::fill(sheet_.ui_text("evidence_checked"), "date", present::date(sheet_, e.checked)),
                                     small, inner),
                        &small, ColorRole::Muted});
        float more_h = 0;
        for (const Line& l : more) more_h += l.tb.height;
        if (used + more_h > room) break;
        used += more_h;
        for (Line& l : more) lines.push_back(std::move(l));
    }
    content_h += used;
    const float h = pad + content_h + pad * 0.5f + m.tap_min + pad;
    const float y = std::max(0.0f, m.viewport_h - h);

    ImDrawList* dl = begin_card("source-card", m, th, x, y, w, pad);
    float cy = y + pad;
    for (const Line& l : lines) {
        draw_pieces(dl, l.tb, l.st->font, l.st->size, x + pad, cy, role_color(l.color, th));
        cy += l.tb.height;
    }
    cy += pad * 0.5f;

    const float gapw = pad * 0.5f;
    const bool has_url = !s.url.empty();
    const float bw = has_url ? (inner - gapw) * 0.5f : inner;
    const std::string& open_label = sheet_.ui_text("open_source");
    const std::string& close_label = sheet_.ui_text("close");
    if (has_url && card_button(dl, "open", open_label, x + pad, cy, bw, ButtonStyle::Primary) && host_) {
        host_->open_url(s.url);
    }
    const float cx = x + pad + (has_url ? bw + gapw : 0);
    const bool close = card_button(dl, "close", close_label, cx, cy, bw, ButtonStyle::Outline);
    // A tap on the dimmed page closes the card.
    const bool outside = tapped_above(y);
    ImGui::End();
    if (close || outside) popup_source_ = -1;
}

void App::open_card(Card c) {
    menu_open_ = false;
    popup_source_ = -1;
    card_ = c;
    popup_opened_frame_ = frames_;
    if (c == Card::Qr) {
        // The address Share passes on, asked of the page now: language and section included.
        qr_address_ = host_ ? host_->address(current_section_) : "";
        qr_ = present::qr_code(qr_address_);
        if (host_) host_->announce(present::fill(sheet_.ui_text("qr_announce"), "address", qr_address_));
    } else if (c == Card::Remove && host_) {
        host_->announce(sheet_.ui_text("remove_sheet") + ". " + sheet_.ui_text("remove_removes"));
    }
    wake();
}

// The sheet's address as a QR code: dark modules on white with the 4-module quiet zone in every
// theme, as large as the card allows, each module a whole number of device pixels; the address
// written under it, and Close.
void App::draw_qr_card() {
    const Metrics& m = metrics_;
    const Theme& th = theme(theme_);
    const CardBox box = card_box(m);
    const float pad = box.pad, w = box.w, x = box.x, inner = box.inner;
    const TextStyle bold{fonts_.bold, m.body_size, m.line_height};
    const TextStyle small{fonts_.regular, m.small_size, m.small_size * 1.45f};
    const TextBlock title = layout_plain(sheet_.ui_text("qr_title"), bold, inner);
    const TextBlock address = layout_plain(qr_address_, small, inner);
    const float text_h = title.height + pad * 0.5f + pad * 0.5f + address.height + pad * 0.5f + m.tap_min + 2 * pad;
    const int modules = qr_.size > 0 ? qr_.size + 2 * present::kQrQuietZone : 0;
    float side = 0, module = 0;
    if (modules > 0) {
        const float room = std::min(inner, m.viewport_h - text_h - pad);
        const float device_px = std::floor(room * dpr_ / static_cast<float>(modules));
        module = std::max(1.0f, device_px) / dpr_;
        side = module * static_cast<float>(modules);
    }
    const float h = text_h + side;
    const float y = std::max(0.0f, m.viewport_h - h);
    ImDrawList* dl = begin_card("qr-card", m, th, x, y, w, pad);
    float cy = y + pad;
    draw_pieces(dl, title, bold.font, bold.size, x + pad, cy, to_imgui(th.heading));
    cy += title.height + pad * 0.5f;
    if (modules > 0) {
        // Snapped to device pixels so no module is blurred into its neighbours.
        const float qx = std::round((x + (w - side) * 0.5f) * dpr_) / dpr_;
        const float qy = std::round(cy * dpr_) / dpr_;
        dl->AddRectFilled(ImVec2(qx, qy), ImVec2(qx + side, qy + side), IM_COL32(255, 255, 255, 255));
        const float q0 = static_cast<float>(present::kQrQuietZone);
        for (int my = 0; my < qr_.size; ++my)
            for (int mx = 0; mx < qr_.size; ++mx)
                if (qr_.at(mx, my)) {
                    const ImVec2 a(qx + (mx + q0) * module, qy + (my + q0) * module);
                    dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32(0, 0, 0, 255));
                }
        qr_rect_ = Hit{qx, qy, side, side, sheet_.ui_text("qr_title")};
        cy += side;
    }
    cy += pad * 0.5f;
    draw_pieces(dl, address, small.font, small.size, x + pad, cy, to_imgui(th.text));
    cy += address.height + pad * 0.5f;
    const bool close = card_button(dl, "close", sheet_.ui_text("close"), x + pad, cy, inner, ButtonStyle::Outline);
    const bool outside = tapped_above(y);
    ImGui::End();
    if (close || outside) card_ = Card::None;
}

// "Remove this sheet from this phone": what it removes, what it cannot and how to remove that,
// before anything is done; then Remove and leave, or Close.
void App::draw_remove_card() {
    const Metrics& m = metrics_;
    const Theme& th = theme(theme_);
    const CardBox box = card_box(m);
    const float pad = box.pad, w = box.w, x = box.x, inner = box.inner;
    const char* keys[] = {"remove_removes", "remove_cannot", "remove_android", "remove_iphone"};
    // Body size when it fits the screen, else the small size (large text settings, short screens).
    std::vector<TextBlock> blocks;
    TextBlock heading;
    float h = 0, size = m.body_size;
    for (int attempt = 0; attempt < 2; ++attempt) {
        size = attempt == 0 ? m.body_size : m.small_size;
        const TextStyle body{fonts_.regular, size, size * 1.45f};
        const TextStyle bold{fonts_.bold, size, size * 1.45f};
        heading = layout_plain(sheet_.ui_text("remove_sheet"), bold, inner);
        blocks.clear();
        h = pad + heading.height + pad * 0.5f;
        for (const char* k : keys) {
            blocks.push_back(layout_plain(sheet_.ui_text(k), body, inner));
            h += blocks.back().height + pad * 0.5f;
        }
        h += m.tap_min + pad;
        if (h <= m.viewport_h) break;
    }
    const float y = std::max(0.0f, m.viewport_h - h);
    ImDrawList* dl = begin_card("remove-card", m, th, x, y, w, pad);
    float cy = y + pad;
    auto put = [&](const TextBlock& tb, ImFont* font, ImU32 c) {
        draw_pieces(dl, tb, font, size, x + pad, cy, c);
        cy += tb.height + pad * 0.5f;
    };
    // The buttons always stay on screen; text that does not fit above them is cut off there.
    const float buttons_y = std::min(y + h - m.tap_min - pad, m.viewport_h - m.tap_min - pad);
    dl->PushClipRect(ImVec2(0, 0), ImVec2(m.viewport_w, buttons_y - pad * 0.25f), true);
    put(heading, fonts_.bold, to_imgui(th.heading));
    for (const TextBlock& b : blocks) put(b, fonts_.regular, to_imgui(th.text));
    dl->PopClipRect();
    cy = buttons_y;
    const float gapw = pad * 0.5f;
    const float bw = (inner - gapw) * 0.5f;
    const bool go = card_button(dl, "remove-go", sheet_.ui_text("remove_confirm"), x + pad, cy, bw, ButtonStyle::Primary);
    const bool close =
        card_button(dl, "close", sheet_.ui_text("close"), x + pad + bw + gapw, cy, bw, ButtonStyle::Outline);
    const bool outside = tapped_above(y);
    ImGui::End();
    if (close || outside) card_ = Card::None;
    if (go) {
        card_ = Card::None;
        if (host_) host_->remove_from_phone();
    }
}

void App::draw_pieces(ImDrawList* dl, const TextBlock& tb, ImFont* font, float size, float x, float y,
                      unsigned int col) {
    for (const Piece& p : tb.pieces) {
        dl->AddText(font, size, ImVec2(x + p.x, y + p.y), col, p.text.c_str());
        drawn_texts_.push_back(p.text);
    }
}

bool App::card_button(ImDrawList* dl, const char* id, const std::string& label, float x, float y, float w,
                      ButtonStyle style) {
    const Metrics& m = metrics_;
    const bool pressed =
        draw_button(dl, id, label, x, y, w, m.tap_min, m.body_size, fonts_.bold, theme(theme_), style).pressed;
    hits_.push_back({x, y, w, m.tap_min, label});
    drawn_texts_.push_back(label);
    return pressed;
}

bool App::tapped_above(float card_y) const {
    const ImVec2 pressed_at = ImGui::GetIO().MouseClickedPos[0];
    return frames_ > popup_opened_frame_ && ImGui::IsMouseReleased(0) && pressed_at.y < card_y && pressed_at.y >= 0;
}

void App::draw_toast() {
    const Metrics& m = metrics_;
    const Theme& th = theme(theme_);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const TextStyle st{fonts_.bold, m.body_size, m.line_height};
    const float pad = m.body_size * 0.8f;
    const TextBlock tb = layout_plain(toast_, st, m.column_w - 2 * pad);
    const float w = tb.width + 2 * pad, h = tb.height + 2 * pad;
    const float x = (m.viewport_w - w) * 0.5f, y = m.viewport_h - h - m.margin * 2;
    // Inverted colours (text on heading colour) so the message stands out in every theme.
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), to_imgui(th.heading), pad * 0.6f);
    draw_pieces(dl, tb, st.font, st.size, x + pad, y + pad, to_imgui(th.background));
}

void App::draw_error_screen() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& th = theme(theme_);
    const Metrics& m = metrics_;
    if (!fonts_.regular) return;  // nothing can be written without a font; the page says why
    const TextStyle h{fonts_.bold, m.h2_size, m.h2_size * 1.3f};
    const TextStyle body{fonts_.regular, m.small_size, m.small_size * 1.45f};
    float y = m.margin;
    auto put = [&](const TextBlock& tb, const TextStyle& st, ImU32 c) {
        draw_pieces(dl, tb, st.font, st.size, m.column_x, y, c);
        y += tb.height + m.paragraph_gap * 0.5f;
    };
    put(layout_plain(kErrorTitle, h, m.column_w), h, to_imgui(th.heading));
    const size_t shown = std::min<size_t>(errors_.size(), 20);
    for (size_t i = 0; i < shown; ++i)
        put(layout_plain(content::format_error(errors_[i]), body, m.column_w), body, to_imgui(th.text));
    if (errors_.size() > shown)
        put(layout_plain("\xE2\x80\xA6 +" + std::to_string(errors_.size() - shown), body, m.column_w), body,
            to_imgui(th.muted));
}

}  // namespace factsheet::ui
