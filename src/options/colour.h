// colour.h: the accent option: its form, and whether it reads on the embedded sheet's
// backgrounds (web/embedded.js; the backgrounds are web/style.css's page and box colours).
#pragma once

#include <string_view>

namespace factsheet::options {

// /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/
bool is_hex_colour(std::string_view v);

// WCAG contrast ratio of two colours given as is_hex_colour accepts, computed step by step as
// embedded.js does (so that the 4.5 threshold falls the same way).
double contrast(std::string_view a, std::string_view b);

struct AccentFit {
    bool light = false;  // at least 4.5:1 against #ffffff and #f1f3f5
    bool dark = false;   // at least 4.5:1 against #121417 and #1e2227
};
AccentFit accent_fit(std::string_view hex_colour);

}  // namespace factsheet::options
