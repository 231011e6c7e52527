// card.cpp: the box and window every card over the page shares.
#include "ui/card.h"

#include <algorithm>

#include "imgui.h"

namespace factsheet::ui {

CardBox card_box(const Metrics& m) {
    const float w = std::min(m.viewport_w, m.column_w + 2 * m.margin);
    return {m.body_size, w, (m.viewport_w - w) * 0.5f, w - 2 * m.body_size};
}

ImDrawList* begin_card(const char* id, const Metrics& m, const Theme& th, float x, float y, float w, float pad) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(m.viewport_w, m.viewport_h));
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
    if (!ImGui::IsWindowFocused()) ImGui::SetWindowFocus();  // Tab stays inside while it is open
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(m.viewport_w, m.viewport_h), IM_COL32(0, 0, 0, 110));
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, m.viewport_h), to_imgui(th.background), pad * 0.6f,
                      ImDrawFlags_RoundCornersTop);
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + 4), to_imgui(th.accent), pad * 0.6f, ImDrawFlags_RoundCornersTop);
    return dl;
}

}  // namespace factsheet::ui
