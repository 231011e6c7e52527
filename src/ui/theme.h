// theme.h: the sheet's colour themes, from web/palette.json (written in by tools/constants.py;
// tests/tools/palette.test.mjs checks their contrast).
#pragma once

#include <cstdint>

#include "palette.inc"  // generated: FACTSHEET_THEME_FIELDS and one initialiser per theme

namespace factsheet::ui {

enum class ThemeId : std::uint8_t { Light, Dark, Contrast };

// Colours as 0xRRGGBB, one field per colour of web/palette.json, in its order; the roles
// (text on background and surface, accent for links and citation markers, series marks...)
// are described there.
struct Theme {
#define FACTSHEET_THEME_FIELD(name) std::uint32_t name;
    FACTSHEET_THEME_FIELDS(FACTSHEET_THEME_FIELD)
#undef FACTSHEET_THEME_FIELD
};

const Theme& theme(ThemeId id);

// 0xRRGGBB -> Dear ImGui's packed ABGR (IM_COL32) with the given alpha.
std::uint32_t to_imgui(std::uint32_t rgb, std::uint8_t alpha = 255);

}  // namespace factsheet::ui
