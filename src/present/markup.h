// markup.h: text made safe in HTML and SVG markup, for both renditions' markup (the HTML page,
// the QR code's SVG).
#pragma once

#include <string>
#include <string_view>

namespace factsheet::present {

// text with &, <, >, " and ' replaced by character references: safe in text and in quoted
// attribute values.
std::string escape_html(std::string_view text);

}  // namespace factsheet::present
