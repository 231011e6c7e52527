// app.cpp: frame building, gestures, the header, the source card and the error screen.
#include "ui/app.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "imgui.h"
#include "imgui_internal.h"  // InputEventsQueue: frames continue until queued input is consumed
#include "ui/text_layout.h"

namespace factsheet::ui {
namespace {

constexpr float kTouchSlop = 8.0f;  // CSS px a finger may wander before a tap becomes a scroll
const ImVec2 kFarAway(-FLT_MAX, -FLT_MAX);

// Error screen strings exist in code because they must show when no content loaded.
constexpr const char* kErrorTitle = "This fact sheet could not be loaded / No se pudo cargar esta hoja";

std::string domain_of(const std::string& url) {
    const std::string scheme = "https://";
    if (url.compare(0, scheme.size(), scheme) != 0) return url;
    const size_t end = url.find_first_of("/?#", scheme.size());
    std::string host = url.substr(scheme.size(), end == std::string::npos ? std::string::npos : end - scheme.size());
    if (host.compare(0, 4, "www.") == 0) host = host.substr(4);
    return host;
}

ImU32 col(ColorRole role, const Theme& th) {
    switch (role) {
        case ColorRole::Text: return to_imgui(th.text);
        case ColorRole::Muted: return to_imgui(th.muted);
        case ColorRole::Heading: return to_imgui(th.heading);
        case ColorRole::Accent: return to_imgui(th.accent);
        case ColorRole::Rule: return to_imgui(th.rule);
        case ColorRole::Surface: return to_imgui(th.surface);
    }
    return to_imgui(th.text);
}

}  // namespace

const std::vector<Language>& languages() {
    static const std::vector<Language> list{{"en", "English"}, {"es", "Espa\xC3\xB1ol"}};
    return list;
}

App::App(Host* host) : host_(host) {
    IMGUI_CHECKVERSION();
    ctx_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the sheet stores nothing on the reader's device
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTrickleEventQueue = true;  // a quick tap (down+up in one frame) still clicks
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;  // 1.92 dynamic font atlas
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowPadding = ImVec2(0, 0);
    style.WindowBorderSize = 0;
    style.ItemSpacing = ImVec2(0, 0);
    style.FontSizeBase = 17.0f;
}

App::~App() {
    ImGui::SetCurrentContext(ctx_);
    ImGui::DestroyContext(ctx_);
}

bool App::set_fonts(std::vector<unsigned char> regular, std::vector<unsigned char> bold) {
    ImGui::SetCurrentContext(ctx_);
    font_regular_ = std::move(regular);
    font_bold_ = std::move(bold);
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the vectors above own the bytes
    cfg.OversampleH = 1;               // 1.92 rasterises at the exact size and density needed
    cfg.OversampleV = 1;
    fonts_.regular = font_regular_.empty()
                         ? nullptr
                         : io.Fonts->AddFontFromMemoryTTF(font_regular_.data(), static_cast<int>(font_regular_.size()),
                                                          17.0f, &cfg);
    fonts_.bold = font_bold_.empty()
                      ? nullptr
                      : io.Fonts->AddFontFromMemoryTTF(font_bold_.data(), static_cast<int>(font_bold_.size()),
                                                       17.0f, &cfg);
    if (!fonts_.bold) fonts_.bold = fonts_.regular;
    layout_dirty_ = true;
    wake();
    return fonts_.regular != nullptr;
}

bool App::set_content(std::string_view json, const std::string& section) {
    content::LoadResult r = content::load_sheet(json);
    // Keep the reader's place across a language switch: same section, same distance into it.
    std::string keep = section;
    float within = 0;
    if (!keep.empty() && r.ok() && !r.sheet.find_section(keep) && keep != "sources") {
        keep.clear();  // an unknown deep link opens at the top, without fuss
    } else if (keep.empty()) {
        if (have_content_ && content_ok_ && !current_section_.empty()) {
            keep = current_section_;
            for (const Anchor& a : doc_.anchors)
                if (a.id == keep) within = scroller_.offset() + header_h() - a.y;
        }
    }
    errors_ = std::move(r.errors);
    content_ok_ = errors_.empty();
    have_content_ = true;
    popup_source_ = -1;
    if (content_ok_) sheet_ = std::move(r.sheet);
    layout_dirty_ = true;
    pending_section_ = keep;
    pending_within_ = within;
    if (keep.empty()) scroller_.scroll_to(0, false);
    wake();
    return content_ok_;
}

void App::set_viewport(float css_w, float css_h, float dpr) {
    if (css_w == metrics_.viewport_w && css_h == metrics_.viewport_h && dpr == dpr_) return;
    // A resize or rotation keeps the reader at the same section.
    if (!current_section_.empty() && pending_section_.empty()) {
        for (const Anchor& a : doc_.anchors)
            if (a.id == current_section_) {
                pending_section_ = a.id;
                pending_within_ = (scroller_.offset() + header_h() - a.y) * (metrics_.viewport_w > 0 ? 1.0f : 0.0f);
            }
    }
    metrics_ = compute_metrics(css_w, css_h, text_scale_);
    dpr_ = dpr > 0 ? dpr : 1;
    layout_dirty_ = true;
    wake();
}

void App::set_theme(ThemeId theme) {
    theme_ = theme;
    wake();
}

void App::set_text_scale(float scale) {
    text_scale_ = std::clamp(scale, kTextScaleMin, kTextScaleMax);
    metrics_ = compute_metrics(metrics_.viewport_w, metrics_.viewport_h, text_scale_);
    if (!current_section_.empty() && pending_section_.empty()) pending_section_ = current_section_;
    layout_dirty_ = true;
    wake();
}

void App::set_reduced_motion(bool on) {
    reduced_motion_ = on;
    scroller_.set_reduced_motion(on);
}

float App::header_h() const { return metrics_.header_h; }

void App::relayout() {
    ImGui::SetCurrentContext(ctx_);
    layout_dirty_ = false;
    if (!content_ok_ || !fonts_.regular || metrics_.viewport_w <= 0) {
        doc_ = Document{};
        return;
    }
    doc_ = build_document(sheet_, metrics_, fonts_, header_h());
    scroller_.set_limits(doc_.height - metrics_.viewport_h);
    if (!pending_section_.empty()) {
        keep_place_after_relayout(pending_section_, pending_within_);
        pending_section_.clear();
        pending_within_ = 0;
    }
}

void App::keep_place_after_relayout(const std::string& section, float within) {
    for (const Anchor& a : doc_.anchors) {
        if (a.id != section) continue;
        scroller_.scroll_to(a.y - header_h() + std::max(0.0f, within), false);
        current_section_ = a.id;
        return;
    }
}

void App::jump_to_section(const std::string& id, bool animate) {
    if (layout_dirty_) {
        pending_section_ = id;
        pending_within_ = 0;
        wake();
        return;
    }
    for (const Anchor& a : doc_.anchors) {
        if (a.id != id) continue;
        // A little air above the heading so it does not touch the header.
        scroller_.scroll_to(a.y - header_h() - metrics_.paragraph_gap * 0.5f, animate && !reduced_motion_);
        wake();
        return;
    }
    if (id.empty()) {  // unknown or empty section: the top
        scroller_.scroll_to(0, animate);
        wake();
    }
}

void App::wake(int frames) { settle_frames_ = std::max(settle_frames_, frames); }

bool App::wants_frame() const {
    if (settle_frames_ > 0 || layout_dirty_ || scroller_.moving()) return true;
    return ctx_ && ctx_->InputEventsQueue.Size > 0;
}

// --- input ---------------------------------------------------------------------------

void App::pointer_down(float x, float y, bool touch, double t) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    // A finger landing on a moving page stops it; that touch is not a tap.
    press_cancelled_ = scroller_.moving();
    scroller_.stop();
    pointer_down_ = true;
    pointer_touch_ = touch;
    gesture_scrolling_ = false;
    down_x_ = x;
    down_y_ = y;
    io.AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(press_cancelled_ ? kFarAway.x : x, press_cancelled_ ? kFarAway.y : y);
    io.AddMouseButtonEvent(0, true);
    (void)t;
    wake();
}

void App::pointer_move(float x, float y, bool touch, double t) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    if (pointer_down_ && touch && !gesture_scrolling_ && popup_source_ < 0 &&
        std::hypot(x - down_x_, y - down_y_) > kTouchSlop) {
        // From here on this touch scrolls: Dear ImGui sees the pointer leave, so no tap fires.
        gesture_scrolling_ = true;
        press_cancelled_ = true;
        scroller_.drag_begin(down_y_, t);
    }
    if (gesture_scrolling_) {
        scroller_.drag_move(y, t);
        io.AddMousePosEvent(kFarAway.x, kFarAway.y);
    } else if (!press_cancelled_) {
        io.AddMouseSourceEvent(touch ? ImGuiMouseSource_TouchScreen : ImGuiMouseSource_Mouse);
        io.AddMousePosEvent(x, y);
    }
    wake();
}

void App::pointer_up(float x, float y, bool touch, double t) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    if (gesture_scrolling_) scroller_.drag_end(t);
    if (press_cancelled_) {
        io.AddMousePosEvent(kFarAway.x, kFarAway.y);
    } else {
        io.AddMousePosEvent(x, y);
    }
    io.AddMouseButtonEvent(0, false);
    // A finger has no hover: after the tap, the pointer leaves.
    if (touch) io.AddMousePosEvent(kFarAway.x, kFarAway.y);
    pointer_down_ = false;
    gesture_scrolling_ = false;
    press_cancelled_ = false;
    wake();
}

void App::pointer_cancel(double t) {
    ImGui::SetCurrentContext(ctx_);
    if (gesture_scrolling_) scroller_.drag_end(t);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(kFarAway.x, kFarAway.y);
    io.AddMouseButtonEvent(0, false);
    pointer_down_ = gesture_scrolling_ = press_cancelled_ = false;
    wake();
}

void App::wheel(float dy_css, double t) {
    (void)t;
    if (popup_source_ >= 0) return;
    scroller_.scroll_by(dy_css, !reduced_motion_);
    wake();
}

void App::key(int imgui_key, bool down, bool shift, bool ctrl, bool alt, bool super) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Shift, shift);
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
    io.AddKeyEvent(ImGuiMod_Alt, alt);
    io.AddKeyEvent(ImGuiMod_Super, super);
    const ImGuiKey k = static_cast<ImGuiKey>(imgui_key);
    // Reading keys scroll the page; Tab, Enter and Space go to Dear ImGui's focus navigation.
    const float page = metrics_.viewport_h - header_h() - metrics_.line_height;
    bool handled = true;
    if (down && popup_source_ < 0) {
        switch (k) {
            case ImGuiKey_DownArrow: scroller_.scroll_by(metrics_.line_height * 2, true); break;
            case ImGuiKey_UpArrow: scroller_.scroll_by(-metrics_.line_height * 2, true); break;
            case ImGuiKey_PageDown: scroller_.scroll_by(page, true); break;
            case ImGuiKey_PageUp: scroller_.scroll_by(-page, true); break;
            case ImGuiKey_Home: scroller_.scroll_to(0, true); break;
            case ImGuiKey_End: scroller_.scroll_to(scroller_.max_offset(), true); break;
            case ImGuiKey_Space:
                if (!ImGui::GetIO().NavVisible) scroller_.scroll_by(shift ? -page : page, true);
                else handled = false;
                break;
            default: handled = false;
        }
    } else if (down && k == ImGuiKey_Escape) {
        popup_source_ = -1;
    } else {
        handled = false;
    }
    if (!handled) io.AddKeyEvent(k, down);
    wake();
}

void App::focus_changed(bool focused) {
    ImGui::SetCurrentContext(ctx_);
    ImGui::GetIO().AddFocusEvent(focused);
    wake();
}

// --- frame ---------------------------------------------------------------------------

void App::frame(double t) {
    ImGui::SetCurrentContext(ctx_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(std::max(1.0f, metrics_.viewport_w), std::max(1.0f, metrics_.viewport_h));
    io.DisplayFramebufferScale = ImVec2(dpr_, dpr_);  // fonts are rasterised at this density
    io.DeltaTime = last_time_ < 0 ? 1.0f / 60.0f : static_cast<float>(std::clamp(t - last_time_, 1e-4, 0.25));
    last_time_ = t;
    if (layout_dirty_) relayout();
    scroller_.update(t);

    hits_.clear();
    drawn_texts_.clear();
    ImGui::NewFrame();
    const Theme& th = theme(theme_);
    ImGuiStyle& style = ImGui::GetStyle();
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(to_imgui(th.background));
    style.Colors[ImGuiCol_NavCursor] = ImGui::ColorConvertU32ToFloat4(to_imgui(th.focus));
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(to_imgui(th.text));

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::Begin("sheet", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoBringToFrontOnFocus);
    if (!content_ok_ || !fonts_.regular) {
        draw_error_screen();
    } else {
        draw_document();
        draw_header();
        if (popup_source_ >= 0) draw_source_card();
    }
    ImGui::End();
    ImGui::Render();
    update_current_section();

    ++frames_;
    if (settle_frames_ > 0) --settle_frames_;
    // Hover and press states need a frame or two to settle after the last event.
    if (io.MouseDown[0] || scroller_.moving()) settle_frames_ = std::max(settle_frames_, 1);
}

ImDrawData* App::draw_data() const {
    ImGui::SetCurrentContext(ctx_);
    return ImGui::GetDrawData();
}

void App::update_current_section() {
    if (doc_.anchors.empty()) return;
    const float line = scroller_.offset() + header_h() + metrics_.line_height * 2;
    std::string id;
    std::string title;
    for (const Anchor& a : doc_.anchors) {
        if (a.y > line) break;
        id = a.id;
        title = a.title;
    }
    if (id != current_section_) {
        current_section_ = id;
        if (host_) host_->section_changed(id, title);
    }
}

void App::scroll_into_view(float doc_y, float h) {
    const float top = scroller_.offset() + header_h();
    const float bottom = scroller_.offset() + metrics_.viewport_h;
    if (doc_y < top) scroller_.scroll_to(doc_y - header_h() - metrics_.paragraph_gap, !reduced_motion_);
    else if (doc_y + h > bottom) scroller_.scroll_to(doc_y + h - metrics_.viewport_h + metrics_.paragraph_gap, !reduced_motion_);
}

void App::activate(const Target& t) {
    switch (t.action) {
        case ActionKind::JumpToSection: {
            const size_t i = static_cast<size_t>(t.arg);
            jump_to_section(i < sheet_.sections.size() ? sheet_.sections[i].id : std::string("sources"), true);
            break;
        }
        case ActionKind::ShowSource:
            popup_source_ = t.arg;
            popup_opened_frame_ = frames_;
            break;
    }
    wake();
}

void App::draw_document() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Theme& th = theme(theme_);
    const float off = scroller_.offset();
    const float top = off + header_h();  // doc coordinates visible under the header
    const float bottom = off + metrics_.viewport_h;
    // Snap to device pixels so glyph edges stay crisp at any devicePixelRatio.
    auto snap = [this](float v) { return std::round(v * dpr_) / dpr_; };

    for (const DrawRect& r : doc_.rects) {
        if (r.y + r.h < top || r.y > bottom) continue;
        dl->AddRectFilled(ImVec2(snap(r.x), snap(r.y - off)), ImVec2(snap(r.x + r.w), snap(r.y + r.h - off)),
                          col(r.color, th), r.rounding);
    }
    // Texts are sorted by y: find the first that can show.
    const float margin = metrics_.h1_size * 2;
    auto it = std::lower_bound(doc_.texts.begin(), doc_.texts.end(), top - margin,
                               [](const DrawText& d, float y) { return d.y < y; });
    for (; it != doc_.texts.end() && it->y < bottom; ++it) {
        ImFont* font = it->bold ? fonts_.bold : fonts_.regular;
        dl->AddText(font, it->size, ImVec2(snap(it->x), snap(it->y - off)), col(it->color, th), it->text.c_str());
        drawn_texts_.push_back(it->text);
    }

    // Tap targets: every one is submitted so Tab can reach those off screen too.
    const bool modal = popup_source_ >= 0;
    for (size_t i = 0; i < doc_.targets.size(); ++i) {
        const Target& t = doc_.targets[i];
        const ImVec2 pos(t.x, t.y - off);
        ImGui::SetCursorScreenPos(pos);
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginDisabled(modal);
        const bool pressed = ImGui::InvisibleButton("t", ImVec2(t.w, t.h));
        ImGui::EndDisabled();
        const bool visible = t.y + t.h > top && t.y < bottom;
        if (ImGui::IsItemActive() && ImGui::IsItemHovered())
            dl->AddRectFilled(pos, ImVec2(pos.x + t.w, pos.y + t.h), to_imgui(th.pressed, 160), metrics_.body_size * 0.3f);
        if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible) scroll_into_view(t.y, t.h);
        if (pressed) activate(t);
        if (visible) hits_.push_back({t.x, t.y - off, t.w, t.h, t.label});
        ImGui::PopID();
    }
    // Content height for Dear ImGui's own bookkeeping; our scroller moves the page.
    ImGui::SetCursorScreenPos(ImVec2(0, doc_.height - off));
    ImGui::Dummy(ImVec2(1, 1));
}

void App::draw_header() {
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const Theme& th = theme(theme_);
    const Metrics& m = metrics_;
    const float h = header_h();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(m.viewport_w, h), to_imgui(th.surface));
    dl->AddRectFilled(ImVec2(0, h - 1), ImVec2(m.viewport_w, h), to_imgui(th.rule));

    // Language switch on the right, named in the language it switches to.
    const Language* other = nullptr;
    for (const Language& l : languages())
        if (sheet_.lang != l.code) {
            other = &l;
            break;
        }
    float right = m.viewport_w - m.margin * 0.5f;
    if (other) {
        const float size = m.body_size;
        const float w = std::max(m.tap_min, measure(fonts_.bold, size, other->name) + size * 1.2f);
        const ImVec2 pos(right - w, (h - m.tap_min) * 0.5f);
        ImGui::SetCursorScreenPos(pos);
        const bool pressed = ImGui::InvisibleButton("lang", ImVec2(w, m.tap_min));
        const bool held = ImGui::IsItemActive() && ImGui::IsItemHovered();
        dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + m.tap_min), to_imgui(held ? th.pressed : th.background),
                          size * 0.3f);
        dl->AddRect(pos, ImVec2(pos.x + w, pos.y + m.tap_min), to_imgui(th.rule), size * 0.3f, 0, 1.5f);
        const float tw = measure(fonts_.bold, size, other->name);
        dl->AddText(fonts_.bold, size, ImVec2(std::round(pos.x + (w - tw) * 0.5f), std::round(pos.y + (m.tap_min - size * 1.36f) * 0.5f)),
                    to_imgui(th.accent), other->name);
        hits_.push_back({pos.x, pos.y, w, m.tap_min, other->name});
        if (pressed && host_) host_->request_language(other->code);
        right = pos.x - m.margin * 0.5f;
    }

    // The title, cut with an ellipsis when the phone is narrow.
    const float size = std::min(m.body_size * 1.05f, 22.0f);
    const float left = m.margin;
    const float avail = std::max(0.0f, right - left);
    std::string title = sheet_.meta.title;
    if (measure(fonts_.bold, size, title) > avail) {
        const std::string dots = "\xE2\x80\xA6";
        while (!title.empty() && measure(fonts_.bold, size, title + dots) > avail) {
            title.pop_back();
            while (!title.empty() && (static_cast<unsigned char>(title.back()) & 0xC0) == 0x80) title.pop_back();
        }
        title += dots;
    }
    dl->AddText(fonts_.bold, size, ImVec2(left, std::round((h - size * 1.36f) * 0.5f)), to_imgui(th.heading),
                title.c_str());
    drawn_texts_.insert(drawn_texts_.begin(), title);
}

void App::draw_source_card() {
    const content::Source& s = sheet_.sources[static_cast<size_t>(popup_source_)];
    const Metrics& m = metrics_;
    const Theme& th = theme(theme_);
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    // Dim the page; a tap outside the card closes it.
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(m.viewport_w, m.viewport_h), IM_COL32(0, 0, 0, 110));

    const float pad = m.body_size;
    const float w = std::min(m.viewport_w, m.column_w + 2 * m.margin);
    const float x = (m.viewport_w - w) * 0.5f;
    const float inner = w - 2 * pad;
    const TextStyle body{fonts_.regular, m.body_size, m.line_height};
    const TextStyle bold{fonts_.bold, m.body_size, m.line_height};
    const TextStyle small{fonts_.regular, m.small_size, m.small_size * 1.45f};

    struct Line {
        TextBlock tb;
        const TextStyle* st;
        bool bold;
        ColorRole color;
    };
    std::vector<Line> lines;
    lines.push_back({layout_plain(fill(sheet_.ui_text("citation_label"), "n", std::to_string(popup_source_ + 1)), small, inner), &small, false, ColorRole::Muted});
    lines.push_back({layout_plain(s.publisher, bold, inner), &bold, true, ColorRole::Heading});
    lines.push_back({layout_plain(s.title, body, inner), &body, false, ColorRole::Text});
    std::string meta = format_date(s.date, sheet_.lang);
    if (!s.author.empty()) meta = s.author + " \xC2\xB7 " + meta;
    lines.push_back({layout_plain(meta, small, inner), &small, false, ColorRole::Muted});
    if (!s.url.empty())
        lines.push_back({layout_plain(fill(sheet_.ui_text("leaving_to"), "domain", domain_of(s.url)), small, inner), &small, false, ColorRole::Muted});

    float content_h = 0;
    for (const Line& l : lines) content_h += l.tb.height;
    const float buttons_h = m.tap_min + pad;
    const float h = pad + content_h + pad * 0.5f + buttons_h + pad * 0.5f;
    const float y = std::max(0.0f, m.viewport_h - h);

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(m.viewport_w, m.viewport_h));
    ImGui::Begin("source-card", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
    ImDrawList* wl = ImGui::GetWindowDrawList();
    wl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, m.viewport_h), to_imgui(th.background), pad * 0.6f,
                      ImDrawFlags_RoundCornersTop);
    wl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + 4), to_imgui(th.accent), pad * 0.6f, ImDrawFlags_RoundCornersTop);
    float cy = y + pad;
    for (const Line& l : lines) {
        for (const Piece& p : l.tb.pieces) {
            wl->AddText(l.bold ? fonts_.bold : fonts_.regular, l.st->size, ImVec2(x + pad + p.x, cy + p.y),
                        col(l.color, th), p.text.c_str());
            drawn_texts_.push_back(p.text);
        }
        cy += l.tb.height;
    }
    cy += pad * 0.5f;

    // Buttons: "Open source" (when there is an address) and "Close".
    auto button = [&](const char* id, const std::string& label, float bx, float bw, bool primary) {
        ImGui::SetCursorScreenPos(ImVec2(bx, cy));
        const bool pressed = ImGui::InvisibleButton(id, ImVec2(bw, m.tap_min));
        const bool held = ImGui::IsItemActive() && ImGui::IsItemHovered();
        const ImU32 fill_col = to_imgui(primary ? th.accent : (held ? th.pressed : th.surface));
        wl->AddRectFilled(ImVec2(bx, cy), ImVec2(bx + bw, cy + m.tap_min), fill_col, m.body_size * 0.3f);
        if (held && primary) wl->AddRectFilled(ImVec2(bx, cy), ImVec2(bx + bw, cy + m.tap_min), IM_COL32(0, 0, 0, 60), m.body_size * 0.3f);
        const float tw = measure(fonts_.bold, m.body_size, label);
        wl->AddText(fonts_.bold, m.body_size, ImVec2(bx + (bw - tw) * 0.5f, cy + (m.tap_min - m.body_size * 1.36f) * 0.5f),
                    to_imgui(primary ? th.accent_text : th.text), label.c_str());
        hits_.push_back({bx, cy, bw, m.tap_min, label});
        drawn_texts_.push_back(label);
        return pressed;
    };
    const float gapw = pad * 0.5f;
    const bool has_url = !s.url.empty();
    const float bw = has_url ? (inner - gapw) * 0.5f : inner;
    if (has_url && button("open", sheet_.ui_text("open_source"), x + pad, bw, true) && host_) host_->open_url(s.url);
    const bool close = button("close", sheet_.ui_text("close"), x + pad + (has_url ? bw + gapw : 0), bw, false);
    // A tap on the dimmed page above the card closes it too.
    // (Not in the frame that opened it: that release belongs to the tap on the marker.)
    const ImVec2 pressed_at = ImGui::GetIO().MouseClickedPos[0];
    const bool outside = frames_ > popup_opened_frame_ && ImGui::IsMouseReleased(0) && pressed_at.y < y &&
                         pressed_at.y >= 0;
    ImGui::End();
    if (close || outside) popup_source_ = -1;
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
        for (const Piece& p : tb.pieces) {
            dl->AddText(st.font, st.size, ImVec2(m.column_x + p.x, y + p.y), c, p.text.c_str());
            drawn_texts_.push_back(p.text);
        }
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
