// theme.cpp: the themes by id, and colours in Dear ImGui's packing.
#include "ui/theme.h"

namespace factsheet::ui {

namespace {

#define FACTSHEET_THEME_NAME(Id, name) #name,
const char* const kNames[] = {FACTSHEET_THEMES(FACTSHEET_THEME_NAME)};
#undef FACTSHEET_THEME_NAME

}  // namespace

const Theme& theme(ThemeId id) {
#define FACTSHEET_THEME_INIT(Id, name) Theme FACTSHEET_THEME_COLOURS_##Id,
    static const Theme themes[] = {FACTSHEET_THEMES(FACTSHEET_THEME_INIT)};
#undef FACTSHEET_THEME_INIT
    const auto i = static_cast<int>(id);
    return themes[i >= 0 && i < kThemeCount ? i : 0];
}

const char* theme_name(ThemeId id) {
    const auto i = static_cast<int>(id);
    return kNames[i >= 0 && i < kThemeCount ? i : 0];
}

std::optional<ThemeId> theme_at(int index) {
    if (index < 0 || index >= kThemeCount) return std::nullopt;
    return static_cast<ThemeId>(index);
}

std::uint32_t to_imgui(std::uint32_t rgb, std::uint8_t alpha) {
    const std::uint32_t r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
    return (static_cast<std::uint32_t>(alpha) << 24) | (b << 16) | (g << 8) | r;
}

}  // namespace factsheet::ui
