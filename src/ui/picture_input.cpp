// picture_input.cpp: a picture's mark controls, as Dear ImGui invisible buttons.
#include "ui/picture_controls.h"

#include <algorithm>

#include "imgui_internal.h"  // NavMoveRequestCancel
#include "ui/widgets.h"

namespace factsheet::ui {

void PictureControls::note_focus(float item_doc_y, float h) {
    if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible && ImGui::GetItemID() != focused) {
        focused = ImGui::GetItemID();
        f.focus_moved = true;
        f.focus_y = item_doc_y;
        f.focus_h = h;
    }
}

void PictureControls::add_hit(float x, float y, float w, float h, const std::string& label) {
    if (visible && y + h > f.top - f.offset && y < f.bottom - f.offset) f.hits.push_back({x, y, w, h, label});
}

namespace {

// A mouse moving over the item (not a finger, not a press) chooses as it goes.
bool hovering(const ImGuiIO& io) {
    return ImGui::IsItemHovered() && io.MouseSource == ImGuiMouseSource_Mouse && !io.MouseDown[0] &&
           (io.MouseDelta.x != 0 || io.MouseDelta.y != 0);
}

}  // namespace

void take_mark_input(const Picture& pic, PictureControls& c) {
    ImGuiIO& io = ImGui::GetIO();
    const std::vector<Mark>& marks = pic.marks();
    const int n = static_cast<int>(marks.size());
    const ImVec2 o = c.origin;
    int& selected = c.st.selected;
    if (!pic.one_control()) {
        // Each item is its own control (a row of the phone, a lane of the day).
        for (int k = 0; k < n; ++k) {
            const Mark& mk = marks[static_cast<size_t>(k)];
            ImGui::PushID(k);
            ImGui::SetCursorScreenPos(ImVec2(o.x + mk.x, o.y + mk.y));
            if (ImGui::InvisibleButton("item", ImVec2(mk.w, mk.h), ImGuiButtonFlags_EnableNav)) selected = k;
            if (hovering(io) && c.visible) selected = k;
            draw_focus_ring(c.f.dl, o.x + mk.x, o.y + mk.y, mk.w, mk.h, *c.f.theme);
            c.note_focus(c.doc_y + mk.y, mk.h);
            c.add_hit(o.x + mk.x, o.y + mk.y, mk.w, mk.h, mk.label);
            ImGui::PopID();
        }
        return;
    }
    // One control over the plot.
    const float px = pic.plot_x(), py = pic.plot_y(), pw = pic.plot_w(), ph = pic.plot_h();
    ImGui::SetCursorScreenPos(ImVec2(o.x + px, o.y + py));
    const bool pressed = ImGui::InvisibleButton("plot", ImVec2(std::max(1.0f, pw), std::max(1.0f, ph)), ImGuiButtonFlags_EnableNav);
    auto nearest = [&](ImVec2 at) { return pic.hit(at.x - o.x, at.y - o.y); };
    if (pressed) {
        const bool keyboard = ImGui::IsItemFocused() && io.NavVisible && !ImGui::IsMouseReleased(0);
        selected = keyboard ? step_mark(selected, std::max(1, n), +1) : nearest(io.MouseClickedPos[0]);
    }
    // Left and Right step through the marks while the plot has the keyboard focus (instead of
    // moving the focus sideways, which Dear ImGui's navigation would do with them).
    if (ImGui::IsItemFocused() && io.NavVisible && n > 0) {
        const bool back = ImGui::IsKeyPressed(ImGuiKey_LeftArrow), on = ImGui::IsKeyPressed(ImGuiKey_RightArrow);
        if (back || on) {
            ImGui::NavMoveRequestCancel();
            selected = step_mark(selected, n, on ? +1 : -1);
        }
    }
    if (hovering(io)) selected = nearest(io.MousePos);
    draw_focus_ring(c.f.dl, o.x + px, o.y + py, pw, ph, *c.f.theme);
    c.note_focus(c.doc_y + py, ph);
    for (const Mark& mk : marks) c.add_hit(o.x + mk.x, o.y + mk.y, mk.w, mk.h, mk.label);
}

}  // namespace factsheet::ui
