// number.cpp: how the sheet writes numbers; no locale (the wasm build has none worth using).
#include "content/number.h"

#include <cmath>
#include <cstdio>

namespace factsheet::content {

std::string format_number(double value, std::string_view /*lang*/, int max_decimals) {
    if (!std::isfinite(value) || std::fabs(value) >= 1e15) return "?";
    if (max_decimals < 0) max_decimals = 0;
    if (max_decimals > 6) max_decimals = 6;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", max_decimals, std::fabs(value));
    std::string digits = buf;
    std::string decimals;
    const std::size_t dot = digits.find('.');
    if (dot != std::string::npos) {
        decimals = digits.substr(dot + 1);
        digits.resize(dot);
        while (!decimals.empty() && decimals.back() == '0') decimals.pop_back();
    }
    // US English and US Spanish readers both write "100,000" and "4.5" (not the RAE's
    // "100 000" and "4,5"), so every language the sheet has today groups with commas.
    const bool grouped = digits.size() > 3u;
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (grouped && i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    if (!decimals.empty()) out += '.' + decimals;
    if (value < 0 && out.find_first_not_of("0.,") != std::string::npos) out.insert(0, "-");
    return out;
}

std::string_view qualifier_sign(Qualifier q) {
    switch (q) {
        case Qualifier::About: return "\u2248";
        case Qualifier::MoreThan: return ">";
        case Qualifier::LessThan: return "<";
        case Qualifier::Exact: break;
    }
    return "";
}

}  // namespace factsheet::content
