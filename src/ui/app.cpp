// app.cpp: the app's lifecycle, input and gestures, frame building and the document view.
// The header, menu, source card, messages and error screen are in app_overlays.cpp.
#include "ui/app.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "content/evidence.h"
#include "imgui.h"
#include "imgui_internal.h"  // InputEventsQueue: frames continue until queued input is consumed
#include "ui/imgui_setup.h"
#include "ui/text_layout.h"
#include "ui/widgets.h"

namespace factsheet::ui {
namespace {

constexpr float kTouchSlop = 8.0f;  // CSS px a finger may wander before a tap becomes a scroll
const ImVec2 kFarAway(-FLT_MAX, -FLT_MAX);

}  // namespace

App::App(Host* host) : host_(host) {
    IMGUI_CHECKVERSION();
    ctx_ = ImGui::CreateContext();
    configure_context(true);
}

App::~App() {
    ImGui::SetCurrentContext(ctx_);
    ImGui::DestroyContext(ctx_);
}

bool App::set_fonts(std::vector<unsigned char> regular, std::vector<unsigned char> bold) {
    ImGui::SetCurrentContext(ctx_);
    font_regular_ = std::move(regular);
    font_bold_ = std::move(bold);
    fonts_ = add_fonts(ImGui::GetIO().Fonts, font_regular_, font_bold_);
    layout_dirty_ = true;
    wake();
    return fonts_.regular != nullptr;
}

bool App::set_content(std::string_view json, const std::string& section) {
    content::LoadResult r = content::load_sheet(json);
    // Keep the reader's place across a language switch: same section, same distance into it.
    std::string keep = section;
    float within = 0;
    if (!keep.empty() && r.ok() && !r.sheet.find_section(keep) && r.sheet.find_block(keep).section < 0 && keep != "sources") {
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
    menu_open_ = false;
    card_ = Card::None;
    if (content_ok_) {
        sheet_ = std::move(r.sheet);
        passages_ = sheet_.evidence.empty() ? Passages::Missing : Passages::Ready;
        // Every language has the same sections in the same order: what was open stays open.
        details_open_.resize(sheet_.sections.size(), false);
        open_details_for(keep);
    }
    layout_dirty_ = true;
    pending_section_ = keep;
    pending_within_ = within;
    if (keep.empty()) scroller_.scroll_to(0, false);
    wake();
    return content_ok_;
}

bool App::set_passages(const std::string& lang, std::string_view json) {
    if (!content_ok_ || lang != sheet_.lang) return false;
    content::EvidenceResult r = content::load_evidence(json);
    if (!r.errors.empty()) {
        passages_ = Passages::Failed;
    } else {
        sheet_.evidence = std::move(r.evidence);
        passages_ = Passages::Ready;
    }
    wake();
    return passages_ == Passages::Ready;
}

void App::passages_failed() {
    if (passages_ == Passages::Asked) passages_ = Passages::Failed;
    wake();
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
    theme_chosen_ = true;
    wake();
}

void App::set_system_dark(bool dark) {
    if (theme_chosen_) return;
    theme_ = dark ? ThemeId::Dark : ThemeId::Light;
    wake();
}

void App::notify(const std::string& ui_key, double t) {
    toast_ = sheet_.ui_text(ui_key);
    toast_until_ = t + 3.0;
    wake();
}

double App::next_wake() const { return toast_.empty() ? -1.0 : toast_until_; }

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
    doc_ = build_document(sheet_, metrics_, fonts_, header_h(), details_open_);
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
    for (const BlockAnchor& b : doc_.blocks) {  // a deep link to a block
        if (b.id != section) continue;
        scroller_.scroll_to(b.y - header_h() - metrics_.paragraph_gap * 0.5f + std::max(0.0f, within), false);
        return;
    }
}

// A block in a section's details is shown by opening them (a deep link or a citation into it).
bool App::open_details_for(const std::string& id) {
    const content::Sheet::BlockAt at = sheet_.find_block(id);
    if (at.section < 0) return false;
    const size_t s = static_cast<size_t>(at.section);
    if (at.block < sheet_.sections[s].summary_end() || details_open(s)) return false;
    details_open_[s] = true;
    layout_dirty_ = true;
    return true;
}

void App::jump_to_section(const std::string& id, bool animate) {
    if (open_details_for(id) || layout_dirty_) {
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
    for (const BlockAnchor& b : doc_.blocks) {
        if (b.id != id) continue;
        scroller_.scroll_to(b.y - header_h() - metrics_.paragraph_gap * 0.5f, animate && !reduced_motion_);
        wake();
        return;
    }
    if (id.empty()) {  // unknown or empty section: the top
        scroller_.scroll_to(0, animate);
        wake();
    }
}

// Opening or closing details changes only what lies below the button that does it, so the page
// stays where it is; a reader inside details that close is brought back to their button.
void App::set_details_open(size_t section, bool open) {
    if (section >= details_open_.size() || details_open_[section] == open) return;
    details_open_[section] = open;
    if (!open && current_section_ == sheet_.sections[section].id) {
        for (const Target& t : doc_.targets) {
            if (t.action != ActionKind::ToggleDetails || static_cast<size_t>(t.arg) != section) continue;
            if (scroller_.offset() + header_h() > t.y) scroller_.scroll_to(t.y - metrics_.viewport_h * 0.5f, false);
        }
    }
    layout_dirty_ = true;
    wake();
}

void App::set_all_details(bool open) {
    // Keep the reader at the same section, the same distance into it.
    if (!current_section_.empty() && pending_section_.empty()) {
        for (const Anchor& a : doc_.anchors)
            if (a.id == current_section_) {
                pending_section_ = a.id;
                pending_within_ = open ? scroller_.offset() + header_h() - a.y : 0;
            }
    }
    std::fill(details_open_.begin(), details_open_.end(), open);
    layout_dirty_ = true;
    wake();
}

bool App::all_details_open() const {
    for (size_t i = 0; i < sheet_.sections.size() && i < details_open_.size(); ++i)
        if (sheet_.sections[i].folds() && !details_open_[i]) return false;
    return true;
}

void App::wake(int frames) { settle_frames_ = std::max(settle_frames_, frames); }

bool App::wants_frame() const {
    if (continuous_ || settle_frames_ > 0 || layout_dirty_ || scroller_.moving()) return true;
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
    // A finger moving over an open menu taller than the screen scrolls the menu, and never taps.
    if (pointer_down_ && touch && menu_open_ && menu_scroll_max_ > 0 && !menu_dragging_ && std::hypot(x - down_x_, y - down_y_) > kTouchSlop) {
        menu_dragging_ = true;
        press_cancelled_ = true;
        menu_drag_y_ = y;
    }
    if (menu_dragging_) {
        menu_scroll_ = std::clamp(menu_scroll_ - (y - menu_drag_y_), 0.0f, menu_scroll_max_);
        menu_drag_y_ = y;
        io.AddMousePosEvent(kFarAway.x, kFarAway.y);
        wake();
        return;
    }
    if (pointer_down_ && touch && !gesture_scrolling_ && !modal() && std::hypot(x - down_x_, y - down_y_) > kTouchSlop) {
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
    menu_dragging_ = false;
    wake();
}

void App::pointer_cancel(double t) {
    ImGui::SetCurrentContext(ctx_);
    if (gesture_scrolling_) scroller_.drag_end(t);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(kFarAway.x, kFarAway.y);
    io.AddMouseButtonEvent(0, false);
    pointer_down_ = gesture_scrolling_ = press_cancelled_ = menu_dragging_ = false;
    wake();
}

void App::wheel(float dy_css, double t) {
    (void)t;
    if (menu_open_) {
        menu_scroll_ = std::clamp(menu_scroll_ + dy_css, 0.0f, menu_scroll_max_);
        wake();
        return;
    }
    if (modal()) return;
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
    if (down && !modal()) {
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
        menu_open_ = false;
        card_ = Card::None;
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
    if (!toast_.empty() && t >= toast_until_) toast_.clear();
    if (layout_dirty_) relayout();
    scroller_.update(t);

    hits_.clear();
    drawn_texts_.clear();
    qr_rect_ = Hit{0, 0, 0, 0, ""};
    ImGui::NewFrame();
    begin_display_window("sheet", theme(theme_));
    // Keyboard focus lives in the page unless the menu or a source card is open (then in it),
    // so Tab works from the first key press, with no click needed first. (After Begin, so the
    // window's focus scope exists: SetNextWindowFocus on its first frame leaves it unset.)
    if (!modal() && !ImGui::IsWindowFocused()) ImGui::SetWindowFocus();
    if (!content_ok_ || !fonts_.regular) {
        draw_error_screen();
    } else {
        // The header first: its controls come first in Tab order and win taps over the page
        // scrolling beneath them (it paints on the foreground list, so it still shows on top).
        draw_header();
        draw_document();
        if (menu_open_) draw_menu();
        if (popup_source_ >= 0) draw_source_card();
        if (card_ == Card::Qr) draw_qr_card();
        if (card_ == Card::Remove) draw_remove_card();
        if (card_ == Card::Print) draw_print_card();
        if (!toast_.empty()) draw_toast();
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
    if (jumping_) {
        if (scroller_.moving()) return;  // report where a jump lands, not what it passes
        jumping_ = false;
        current_section_ = id;
        if (host_) host_->section_changed(id, title, true);
        return;
    }
    if (id != current_section_) {
        current_section_ = id;
        if (host_) host_->section_changed(id, title, false);
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
            jumping_ = true;
            menu_open_ = false;
            break;
        }
        case ActionKind::ShowSource:
            show_source(t.arg, t.place);
            break;
        case ActionKind::ToggleDetails:
            set_details_open(static_cast<size_t>(t.arg), !details_open(static_cast<size_t>(t.arg)));
            break;
        case ActionKind::OpenLink:
            if (host_ && static_cast<size_t>(t.arg) < doc_.links.size()) host_->open_url(doc_.links[static_cast<size_t>(t.arg)]);
            break;
    }
    wake();
}

void App::show_source(int index, const std::string& place) {
    popup_source_ = index;
    popup_place_ = place;
    popup_opened_frame_ = frames_;
    if (passages_ == Passages::Failed) passages_ = Passages::Missing;  // the card asks again
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
                          role_color(r.color, th), r.rounding);
    }
    // Texts are sorted by y: find the first that can show.
    const float margin = metrics_.h1_size * 2;
    auto it = std::lower_bound(doc_.texts.begin(), doc_.texts.end(), top - margin,
                               [](const DrawText& d, float y) { return d.y < y; });
    for (; it != doc_.texts.end() && it->y < bottom; ++it) {
        ImFont* font = it->bold ? fonts_.bold : fonts_.regular;
        dl->AddText(font, it->size, ImVec2(snap(it->x), snap(it->y - off)), role_color(it->color, th), it->text.c_str());
        drawn_texts_.push_back(it->text);
    }

    // Tap targets: every one is submitted so Tab can reach those off screen too.
    const bool modal = this->modal();
    // Pictures (pictures.h) are submitted in reading order among the targets, so Tab meets
    // their controls where they are on the page.
    PictureFrame ff;
    ff.sheet = &sheet_;
    ff.metrics = &metrics_;
    ff.fonts = &fonts_;
    ff.theme = &th;
    ff.dl = dl;
    ff.offset = off;
    ff.top = top;
    ff.bottom = bottom;
    ff.dpr = dpr_;
    ff.now = last_time_;
    ff.reduced_motion = reduced_motion_;
    ff.modal = modal;
    size_t next_picture = 0;
    for (size_t i = 0; i < doc_.targets.size(); ++i) {
        const Target& t = doc_.targets[i];
        while (next_picture < doc_.pictures.size() && doc_.pictures[next_picture].y <= t.y) pictures_.draw(doc_, next_picture++, ff);
        const ImVec2 pos(t.x, t.y - off);
        ImGui::SetCursorScreenPos(pos);
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginDisabled(modal);
        const bool pressed = ImGui::InvisibleButton("t", ImVec2(t.w, t.h), ImGuiButtonFlags_EnableNav);
        ImGui::EndDisabled();
        const bool visible = t.y + t.h > top && t.y < bottom;
        if (ImGui::IsItemActive() && ImGui::IsItemHovered())
            dl->AddRectFilled(pos, ImVec2(pos.x + t.w, pos.y + t.h), to_imgui(th.pressed, 160), metrics_.body_size * 0.3f);
        draw_focus_ring(dl, pos.x, pos.y, t.w, t.h, th);
        // Tab onto something off screen brings it into view, once, when focus arrives.
        if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible && focused_target_ != static_cast<int>(i)) {
            focused_target_ = static_cast<int>(i);
            scroll_into_view(t.y, t.h);
        }
        if (pressed) activate(t);
        if (visible) hits_.push_back({t.x, t.y - off, t.w, t.h, t.label});
        ImGui::PopID();
    }
    while (next_picture < doc_.pictures.size()) pictures_.draw(doc_, next_picture++, ff);
    for (PictureHit& h : ff.hits) hits_.push_back({h.x, h.y, h.w, h.h, std::move(h.label)});
    for (std::string& s : ff.texts) drawn_texts_.push_back(std::move(s));
    if (ff.focus_moved) scroll_into_view(ff.focus_y, ff.focus_h);
    if (ff.open_source >= 0) show_source(ff.open_source, ff.open_place);
    if (ff.animating) wake(2);  // frames only while a picture grows in (this frame uses one)
    // Content height for Dear ImGui's own bookkeeping; our scroller moves the page.
    ImGui::SetCursorScreenPos(ImVec2(0, doc_.height - off));
    ImGui::Dummy(ImVec2(1, 1));
}

}  // namespace factsheet::ui
