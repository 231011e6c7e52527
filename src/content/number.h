// number.h: chart values written for readers of a language ("96,574" in en, "96 574" in es).
#pragma once

#include <string>
#include <string_view>

#include "content/sheet.h"

namespace factsheet::content {

// Formats value with thousands grouping and at most max_decimals decimals (trailing zeros
// dropped): en "1,234.5" and "12,345"; es "1234,5" and "12 345" (a no-break space, as the es
// content writes numbers). Non-finite values and magnitudes of 1e15 or more come out as "?".
std::string format_number(double value, std::string_view lang, int max_decimals = 2);

// The sign readers see before a qualified value: "≈", ">", "<", or "" for exact.
std::string_view qualifier_sign(Qualifier q);

}  // namespace factsheet::content
