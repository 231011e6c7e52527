// imgui_setup.h: the sheet's Dear ImGui settings, once, for every context it makes (the app's and
// each picture view's): what a new context is set to, the fonts in an atlas, and the window a
// frame draws in (the whole display, in the theme's colours).
#pragma once

#include <vector>

#include "ui/document.h"  // Fonts
#include "ui/theme.h"

struct ImFontAtlas;

namespace factsheet::ui {

// Sets up the current context: nothing stored on the device, quick taps still click, the 1.92
// dynamic font atlas, no padding or spacing. With keyboard_nav, Tab moves Dear ImGui's focus.
void configure_context(bool keyboard_nav);

// Adds the TrueType bytes to `atlas` (which does not own them: the caller keeps them alive).
// `bold` falls back to `regular`; both are null without a regular font.
Fonts add_fonts(ImFontAtlas* atlas, std::vector<unsigned char>& regular, std::vector<unsigned char>& bold);

// Starts the window that covers the display, named `name`, in the theme's colours; End() closes it.
void begin_display_window(const char* name, const Theme& th);

}  // namespace factsheet::ui
