// mark_words.h: the words a picture says about its marks: hours, short values, point labels,
// the confidence key, a mark's label and its detail. Kept apart so one presentation layer can
// take them over.
#pragma once

#include <string>

#include "content/sheet.h"

namespace factsheet::ui {

struct Mark;
struct MarkDetail;

std::string hour_text(double h, const std::string& lang);                           // "11 pm", "23:00"
std::string hours_text(const content::DiagramItem& item, const std::string& lang);  // "11 pm–5 am"
const char* confidence_key(content::Confidence c);                                  // the ui text's key
// A short value for a label on the picture: "~183,000", ">100,000".
std::string short_value(const content::ChartPoint& p, const std::string& lang);
std::string point_label(const content::ChartPoint& p, const std::string& lang);  // its label, or its date
// What tests and assistive tech call a mark.
std::string mark_label(const content::Block& b, const content::Sheet& sheet, const Mark& mk);
// What the panel says about a mark.
MarkDetail mark_detail(const content::Block& b, const content::Sheet& sheet, const Mark& mk);

}  // namespace factsheet::ui
