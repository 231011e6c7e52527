// theme.h: the sheet's colour themes, from web/shared/palette.json (written in by tools/constants.py;
// tests/tools/palette.test.mjs checks their contrast).
#pragma once

#include <cstdint>
#include <optional>

#include "palette.inc"  // generated: FACTSHEET_THEME_FIELDS and one initialiser per theme

namespace factsheet::ui {

// The themes, in the palette's order: a theme added there is one here, in the menu (its label
// is the ui string theme_<name>) and in the picture runtime (the page names it by index).
#define FACTSHEET_THEME_ID(Id, name) Id,
enum class ThemeId : std::uint8_t { FACTSHEET_THEMES(FACTSHEET_THEME_ID) };
#undef FACTSHEET_THEME_ID
#define FACTSHEET_THEME_COUNT(Id, name) +1
constexpr int kThemeCount = 0 FACTSHEET_THEMES(FACTSHEET_THEME_COUNT);
#undef FACTSHEET_THEME_COUNT

// Colours as 0xRRGGBB, one field per colour of web/shared/palette.json, in its order; the roles
// (text on background and surface, accent for links and citation markers, series marks...)
// are described there.
struct Theme {
#define FACTSHEET_THEME_FIELD(name) std::uint32_t name;
    FACTSHEET_THEME_FIELDS(FACTSHEET_THEME_FIELD)
#undef FACTSHEET_THEME_FIELD
};

const Theme& theme(ThemeId id);
// Its name in the palette ("light"); the id of a name, or of an index from the page, or nullopt.
const char* theme_name(ThemeId id);
std::optional<ThemeId> theme_at(int index);

// 0xRRGGBB -> Dear ImGui's packed ABGR (IM_COL32) with the given alpha.
std::uint32_t to_imgui(std::uint32_t rgb, std::uint8_t alpha = 255);

}  // namespace factsheet::ui
