// date.h: the content's dates ("2021", "2021-05", "2021-05-14"): parsing and ordering.
#pragma once

#include <string>
#include <string_view>

#include "content/sheet.h"

namespace factsheet::content {

constexpr int min_year = 1900;
constexpr int max_year = 2100;

// Parses YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date, years 1900-2100) into out.
// On failure returns false and sets why to what was expected and what was found.
bool parse_date(std::string_view text, Date& out, std::string& why);

// Orders dates by year, then month, then day; a missing month or day sorts first
// ("2021" < "2021-01" < "2021-01-01"). Negative, zero or positive like strcmp.
int compare_dates(const Date& a, const Date& b);

}  // namespace factsheet::content
