// colour.cpp: relative luminance and contrast (WCAG 2), in embedded.js's order of operations.
#include "options/colour.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace factsheet::options {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

double luminance(std::string_view hex) {
    std::string h(hex.substr(1));
    if (h.size() == 3) h = std::string{h[0], h[0], h[1], h[1], h[2], h[2]};
    double c[3];
    for (int i = 0; i < 3; ++i) {
        const double v = (hex_value(h[2 * i]) * 16 + hex_value(h[2 * i + 1])) / 255.0;
        c[i] = v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

}  // namespace

bool is_hex_colour(std::string_view v) {
    if ((v.size() != 4 && v.size() != 7) || v[0] != '#') return false;
    return std::all_of(v.begin() + 1, v.end(), [](char c) { return hex_value(c) >= 0; });
}

double contrast(std::string_view a, std::string_view b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

AccentFit accent_fit(std::string_view hex) {
    AccentFit fit;
    fit.light = contrast(hex, "#ffffff") >= 4.5 && contrast(hex, "#f1f3f5") >= 4.5;
    fit.dark = contrast(hex, "#121417") >= 4.5 && contrast(hex, "#1e2227") >= 4.5;
    return fit;
}

}  // namespace factsheet::options
