// widgets.cpp: buttons drawn with the theme's colours; Dear ImGui decides hover, press and focus.
#include "ui/widgets.h"

#include <cfloat>
#include <cmath>

#include "imgui.h"
#include "ui/text_layout.h"

namespace factsheet::ui {

unsigned int role_color(ColorRole role, const Theme& th) {
    switch (role) {
        case ColorRole::Text: return to_imgui(th.text);
        case ColorRole::Muted: return to_imgui(th.muted);
        case ColorRole::Heading: return to_imgui(th.heading);
        case ColorRole::Accent: return to_imgui(th.accent);
        case ColorRole::Rule: return to_imgui(th.rule);
        case ColorRole::Surface: return to_imgui(th.surface);
        case ColorRole::Background: return to_imgui(th.background);
    }
    return to_imgui(th.text);
}

void draw_focus_ring(ImDrawList* dl, float x, float y, float w, float h, const Theme& th) {
    if (!ImGui::IsItemFocused() || !ImGui::GetIO().NavVisible) return;
    dl->AddRect(ImVec2(x - 2, y - 2), ImVec2(x + w + 2, y + h + 2), to_imgui(th.focus), 6.0f, 0, 3.0f);
}

ButtonResult draw_button(ImDrawList* dl, const char* id, const std::string& label, float x, float y, float w, float h,
                         float size, ImFont* font, const Theme& th, ButtonStyle style) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    ButtonResult r;
    r.pressed = ImGui::InvisibleButton(id, ImVec2(w, h), ImGuiButtonFlags_EnableNav);
    r.held = ImGui::IsItemActive() && ImGui::IsItemHovered();
    const float rounding = size * 0.3f;
    const ImVec2 a(x, y), b(x + w, y + h);
    std::uint32_t fill = th.background, text = th.accent;
    switch (style) {
        case ButtonStyle::Plain: fill = th.surface; text = th.accent; break;
        case ButtonStyle::Outline: fill = th.background; text = th.accent; break;
        case ButtonStyle::Primary: fill = th.accent; text = th.accent_text; break;
        case ButtonStyle::Selected: fill = th.accent; text = th.accent_text; break;
    }
    dl->AddRectFilled(a, b, to_imgui(fill), rounding);
    if (style == ButtonStyle::Outline || style == ButtonStyle::Plain)
        dl->AddRect(a, b, to_imgui(th.rule), rounding, 0, 1.5f);
    if (r.held) {
        // Pressed: the pressed fill on plain buttons, a darker veil on filled ones.
        if (style == ButtonStyle::Primary || style == ButtonStyle::Selected)
            dl->AddRectFilled(a, b, IM_COL32(0, 0, 0, 70), rounding);
        else
            dl->AddRectFilled(a, b, to_imgui(th.pressed), rounding);
    }
    const float tw = measure(font, size, label);
    const float th_px = font ? font->CalcTextSizeA(size, FLT_MAX, 0, "Ag").y : size;
    dl->AddText(font, size, ImVec2(std::round(x + (w - tw) * 0.5f), std::round(y + (h - th_px) * 0.5f)),
                to_imgui(text), label.c_str());
    draw_focus_ring(dl, x, y, w, h, th);
    return r;
}

}  // namespace factsheet::ui
