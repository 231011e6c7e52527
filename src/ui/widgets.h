// widgets.h: the few controls the sheet draws itself (buttons with a pressed state and a focus
// ring), on top of Dear ImGui's item and navigation machinery.
#pragma once

#include <string>

#include "ui/document.h"
#include "ui/theme.h"

struct ImDrawList;

namespace factsheet::ui {

enum class ButtonStyle { Plain, Outline, Primary, Selected };

struct ButtonResult {
    bool pressed = false;
    bool held = false;
};

// A button at (x, y) of size (w, h) in screen CSS px, labelled in bold at `size`.
// Draws into `dl`; the label is centred; keyboard focus shows a ring in the theme's focus colour.
ButtonResult draw_button(ImDrawList* dl, const char* id, const std::string& label, float x, float y, float w, float h,
                         float size, ImFont* font, const Theme& th, ButtonStyle style);

// A colour role's value in a theme, packed for Dear ImGui.
unsigned int role_color(ColorRole role, const Theme& th);

// The keyboard focus ring around the last submitted item, when keyboard navigation is in use.
void draw_focus_ring(ImDrawList* dl, float x, float y, float w, float h, const Theme& th);

}  // namespace factsheet::ui
