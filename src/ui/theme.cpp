// theme.cpp: the themes by id, and colours in Dear ImGui's packing.
#include "ui/theme.h"

namespace factsheet::ui {

const Theme& theme(ThemeId id) {
    static const Theme light FACTSHEET_THEME_LIGHT;
    static const Theme dark FACTSHEET_THEME_DARK;
    static const Theme contrast FACTSHEET_THEME_CONTRAST;
    switch (id) {
        case ThemeId::Dark: return dark;
        case ThemeId::Contrast: return contrast;
        case ThemeId::Light: break;
    }
    return light;
}

std::uint32_t to_imgui(std::uint32_t rgb, std::uint8_t alpha) {
    const std::uint32_t r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
    return (static_cast<std::uint32_t>(alpha) << 24) | (b << 16) | (g << 8) | r;
}

}  // namespace factsheet::ui
