// imgui_setup.h: the sheet's Dear ImGui settings, once, for every context it makes (the app's and
// each picture view's): what a new context is set to, the fonts in an atlas, and the window a
// frame draws in (the whole display, in the theme's colours).
#pragma once

#include <vector>

#include "ui/document.h"  // Fonts
#include "ui/theme.h"

struct ImFontAtlas;
struct ImFontLoader;

namespace factsheet::ui {

// Sets up the current context: nothing stored on the device, quick taps still click, the 1.92
// dynamic font atlas, no padding or spacing. With keyboard_nav, Tab moves Dear ImGui's focus.
void configure_context(bool keyboard_nav);

// Adds the TrueType bytes to `atlas` (which does not own them: the caller keeps them alive).
// `bold` falls back to `regular`; both are null without a regular font.
Fonts add_fonts(ImFontAtlas* atlas, std::vector<unsigned char>& regular, std::vector<unsigned char>& bold);

// The two faces' weights, as CSS writes them: what a loader that asks the browser draws each with
// (it reads ImFontConfig::FontLoaderFlags).
constexpr unsigned font_weight_regular = 400;
constexpr unsigned font_weight_bold = 700;

// Adds the two faces to `atlas`, each drawn by `loader` (no font bytes: the web build's browser
// letters); both null without a loader.
Fonts add_loader_fonts(ImFontAtlas* atlas, const ImFontLoader* loader);

// Starts the window that covers the display, named `name`, in the theme's colours; End() closes it.
void begin_display_window(const char* name, const Theme& th);

}  // namespace factsheet::ui
