// words.h: how the sheet writes numbers, values, dates and hours, and fills in interface strings,
// in the sheet's language, for both renditions (the canvas in src/ui/, the HTML page in
// src/html/). Every word and format comes from the language's content file (ui keys:
// data/FORMAT.md, "How a language writes numbers and dates"); nothing here names a language.
#pragma once

#include <string>
#include <string_view>

#include "content/sheet.h"

namespace factsheet::present {

// "1,234.5": grouping and the decimal mark from the sheet, at most max_decimals decimals
// (trailing zeros dropped). Non-finite values and magnitudes of 1e15 or more come out as "?".
std::string number(const content::Sheet& s, double value, int max_decimals = 2);
// In words, for text: "about 183,000", "more than 100,000", "96,574".
std::string value(const content::Sheet& s, double value, content::Qualifier q);
// With a sign, for labels drawn on a picture: "~183,000", ">100,000".
std::string value_sign(const content::Sheet& s, double value, content::Qualifier q);
// An axis tick: "150k", "1.5M" (the sheet's abbreviations).
std::string tick(const content::Sheet& s, double value);
// "Jun 20, 2022", "Jun 2022", "2022" (the sheet's month names and date patterns).
std::string date(const content::Sheet& s, const content::Date& d);
// "6:30 am", "23:00", and the end of the day ("midnight").
std::string hour(const content::Sheet& s, double hours);
// A diagram item's hours: "9 am–5 pm, 11 pm".
std::string hours(const content::Sheet& s, const content::DiagramItem& item);
// A chart point's own label, else its date.
std::string point_label(const content::Sheet& s, const content::ChartPoint& p);

// How the sheet was translated (meta.translation), in its language: "Translated from English by
// the project team. A native speaker has not yet reviewed ...". Empty for the original.
std::string translation_note(const content::Sheet& s);
// Whether the sheet says at its top that its translation is unreviewed.
inline bool translation_unreviewed(const content::Sheet& s) {
    return s.meta.translation && !s.meta.translation->native_review;
}

// An interface string cut at its first {name}: what comes before and after, and whether the
// placeholder was there (an unvalidated sheet may lack it: the value then follows the text).
struct Template {
    std::string before, after;
    bool found = false;
};
Template split(const std::string& text, std::string_view name);
// The string with its first {name} replaced by value (appended after a space when absent).
std::string fill(const std::string& text, std::string_view name, const std::string& value);

}  // namespace factsheet::present
