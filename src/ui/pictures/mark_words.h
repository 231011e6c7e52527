// mark_words.h: the words a picture says about its marks: the confidence key, a mark's label
// and its detail (numbers, dates and hours come from present/words.h).
#pragma once

#include <string>

#include "content/sheet.h"

namespace factsheet::ui {

struct Mark;
struct MarkDetail;

const char* confidence_key(content::Confidence c);  // the ui text's key
// What tests and assistive tech call a mark.
std::string mark_label(const content::Block& b, const content::Sheet& sheet, const Mark& mk);
// What the panel says about a mark.
MarkDetail mark_detail(const content::Block& b, const content::Sheet& sheet, const Mark& mk);

}  // namespace factsheet::ui
