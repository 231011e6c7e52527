// app_document.cpp: the document under the header: its rects and texts on screen, its pictures
// among its tap targets in reading order (so Tab meets them where they are), every target
// submitted even off screen (so Tab reaches it, and brings it into view).
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/app.h"
#include "ui/widgets.h"

namespace factsheet::ui {

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
    for (Hit& h : ff.hits) hits_.push_back(std::move(h));
    for (std::string& s : ff.texts) drawn_texts_.push_back(std::move(s));
    if (ff.focus_moved) scroll_into_view(ff.focus_y, ff.focus_h);
    // A mark chosen or let go: the picture's panel changed height; what follows moves, and the
    // panel is brought on screen once laid out.
    if (ff.chosen_changed) {
        layout_dirty_ = true;
        reveal_after_layout_ = true;
        reveal_y_ = ff.panel_y;
        reveal_h_ = ff.panel_h;
        wake();
    }
    if (ff.open_source >= 0) show_source(ff.open_source, ff.open_place);
    if (ff.animating) wake(2);  // frames only while a picture grows in (this frame uses one)
    // Content height for Dear ImGui's own bookkeeping; our scroller moves the page.
    ImGui::SetCursorScreenPos(ImVec2(0, doc_.height - off));
    ImGui::Dummy(ImVec2(1, 1));
}

}  // namespace factsheet::ui
