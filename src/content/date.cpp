// date.cpp: strict parsing of the three date forms FORMAT.md allows.
#include "content/date.h"

#include "content/utf8.h"

namespace factsheet::content {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int digits_value(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

}  // namespace

bool parse_date(std::string_view text, Date& out, std::string& why) {
    const std::size_t n = text.size();
    bool shape = n == 4 || n == 7 || n == 10;
    for (std::size_t i = 0; shape && i < n; ++i) {
        shape = (i == 4 || i == 7) ? text[i] == '-' : is_digit(text[i]);
    }
    if (!shape) {
        why = "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found " + quote_excerpt(text);
        return false;
    }
    Date d;
    d.year = digits_value(text.substr(0, 4));
    d.month = n >= 7 ? digits_value(text.substr(5, 2)) : 0;
    d.day = n == 10 ? digits_value(text.substr(8, 2)) : 0;
    d.text = std::string(text);
    if (d.year < min_year || d.year > max_year) {
        why = "year " + std::to_string(d.year) + " is out of range (expected 1900-2100), found \"" + d.text + "\"";
        return false;
    }
    if (n >= 7 && (d.month < 1 || d.month > 12)) {
        why = "month " + std::string(text.substr(5, 2)) + " does not exist (expected 01-12), found \"" + d.text + "\"";
        return false;
    }
    if (n == 10 && (d.day < 1 || d.day > days_in_month(d.year, d.month))) {
        why = "day " + std::string(text.substr(8, 2)) + " does not exist in " + std::string(text.substr(0, 7)) +
              " (expected a real calendar date), found \"" + d.text + "\"";
        return false;
    }
    out = d;
    return true;
}

int compare_dates(const Date& a, const Date& b) {
    if (a.year != b.year) return a.year < b.year ? -1 : 1;
    if (a.month != b.month) return a.month < b.month ? -1 : 1;
    if (a.day != b.day) return a.day < b.day ? -1 : 1;
    return 0;
}

}  // namespace factsheet::content
