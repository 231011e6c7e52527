// theme.h: the sheet's colour themes and the WCAG contrast arithmetic that checks them.
#pragma once

#include <cstdint>

namespace factsheet::ui {

enum class ThemeId : std::uint8_t { Light, Dark, Contrast };

// Colours as 0xRRGGBB. Every text colour is read against `background` and `surface`;
// `accent` marks links, citation markers and the focus ring.
struct Theme {
    std::uint32_t background;
    std::uint32_t surface;       // header, figure and callout boxes
    std::uint32_t text;
    std::uint32_t muted;         // captions, dates, source lines
    std::uint32_t heading;
    std::uint32_t accent;        // links, citation markers
    std::uint32_t accent_text;   // text on an accent-filled button
    std::uint32_t rule;          // quote bars, separators (non-text: 3:1 against background)
    std::uint32_t pressed;       // pressed state fill of a control
    std::uint32_t focus;         // keyboard focus ring (3:1 against background and surface)
    // Chart and diagram marks (3:1 against background and surface; never the only carrier:
    // each series also has its own pattern or marker shape, and labels).
    std::uint32_t series_a;
    std::uint32_t series_b;
    std::uint32_t series_c;
};

const Theme& theme(ThemeId id);

// WCAG 2.2 relative luminance and contrast ratio of two 0xRRGGBB colours.
double relative_luminance(std::uint32_t rgb);
double contrast_ratio(std::uint32_t a, std::uint32_t b);

// 0xRRGGBB -> Dear ImGui's packed ABGR (IM_COL32) with the given alpha.
std::uint32_t to_imgui(std::uint32_t rgb, std::uint8_t alpha = 255);

}  // namespace factsheet::ui
