// part.cpp: the parts' shared drawing: recorded text and buttons, and the one card frame.
#include "ui/parts/part.h"

#include <algorithm>

#include "imgui.h"

namespace factsheet::ui {

void Part::pieces(ImDrawList* dl, const TextBlock& tb, ImFont* font, float size, float x, float y, unsigned int col) const {
    for (const Piece& p : tb.pieces) {
        dl->AddText(font, size, ImVec2(x + p.x, y + p.y), col, p.text.c_str());
        texts.push_back(p.text);
    }
}

bool Part::button(ImDrawList* dl, const char* id, const std::string& label, float x, float y, float w, ButtonStyle style) const {
    const bool pressed = draw_button(dl, id, label, x, y, w, m.tap_min, m.body_size, fonts.bold, th, style).pressed;
    hits.push_back({x, y, w, m.tap_min, label});
    texts.push_back(label);
    return pressed;
}

float Part::button_width(const std::string& label, float min_w) const {
    return std::max(min_w, measure(fonts.bold, m.body_size, label) + m.body_size * 1.2f);
}

float CardFrame::inner_width(const Metrics& m) {
    return std::min(m.viewport_w, m.column_w + 2 * m.margin) - 2 * padding(m);
}

CardFrame::CardFrame(const Part& p, const char* id, float height, bool opened_now) : opened_now_(opened_now) {
    const Metrics& m = p.m;
    w = std::min(m.viewport_w, m.column_w + 2 * m.margin);
    x = (m.viewport_w - w) * 0.5f;
    pad = padding(m);
    inner = w - 2 * pad;
    y = std::max(0.0f, m.viewport_h - height);
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(m.viewport_w, m.viewport_h));
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
    if (!ImGui::IsWindowFocused()) ImGui::SetWindowFocus();  // Tab stays inside while it is open
    dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(m.viewport_w, m.viewport_h), IM_COL32(0, 0, 0, 110));
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, m.viewport_h), to_imgui(p.th.background), pad * 0.6f,
                      ImDrawFlags_RoundCornersTop);
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + 4), to_imgui(p.th.accent), pad * 0.6f, ImDrawFlags_RoundCornersTop);
}

CardFrame::~CardFrame() { ImGui::End(); }

bool CardFrame::tapped_above() const {
    const ImVec2 pressed_at = ImGui::GetIO().MouseClickedPos[0];
    return !opened_now_ && ImGui::IsMouseReleased(0) && pressed_at.y < y && pressed_at.y >= 0;
}

}  // namespace factsheet::ui
