// theme.cpp: colour values chosen to pass WCAG 2.2 AA in every pairing (tests/unit/test_theme.cpp).
#include "ui/theme.h"

#include <cmath>

namespace factsheet::ui {

const Theme& theme(ThemeId id) {
    //                        background surface   text      muted     heading   accent    accent_text rule     pressed   focus     series a  series b  series c
    static const Theme light{0xFFFFFF, 0xF1F3F5, 0x1B1E22, 0x4A5361, 0x0E1116, 0x0B57B0, 0xFFFFFF, 0x6B7480, 0xD6DEE8, 0xB3261E, 0x0B57B0, 0xA8430A, 0x1F7A4D};
    static const Theme dark{0x121417, 0x1E2227, 0xE8EAED, 0xB4BAC3, 0xFFFFFF, 0x8AB4F8, 0x0B1320, 0x8A929C, 0x33404F, 0xF6AE2D, 0x8AB4F8, 0xF5A15C, 0x6FD08C};
    static const Theme contrast{0x000000, 0x000000, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFEB3B, 0x000000, 0xFFFFFF, 0x333333, 0x00E5FF, 0xFFEB3B, 0xFF9E80, 0xB9F6CA};
    switch (id) {
        case ThemeId::Dark: return dark;
        case ThemeId::Contrast: return contrast;
        case ThemeId::Light: break;
    }
    return light;
}

namespace {
double channel(std::uint32_t v) {
    const double c = static_cast<double>(v & 0xFF) / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
}  // namespace

double relative_luminance(std::uint32_t rgb) {
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
}

double contrast_ratio(std::uint32_t a, std::uint32_t b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

std::uint32_t to_imgui(std::uint32_t rgb, std::uint8_t alpha) {
    const std::uint32_t r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
    return (static_cast<std::uint32_t>(alpha) << 24) | (b << 16) | (g << 8) | r;
}

}  // namespace factsheet::ui
