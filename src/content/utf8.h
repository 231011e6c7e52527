// utf8.h: UTF-8 checks and measures for the validator (byte-level, no locale).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace factsheet::content {

// Byte offset of the first ill-formed UTF-8 sequence (stray continuation byte, overlong form,
// surrogate, above U+10FFFF, truncated), or std::string_view::npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// Decodes the code point starting at text[i] and advances i past it. Never reads out of
// bounds: an ill-formed byte yields U+FFFD and advances by one.
char32_t next_code_point(std::string_view text, std::size_t& i);

// Number of code points (ill-formed bytes count one each).
std::size_t count_code_points(std::string_view text);

// True for C0 controls, DEL and C1 controls: invisible characters that have no place in
// one-line plain text (newlines included).
bool is_control(char32_t c);

// Text made safe to print in a message: control characters written as \u{..}, cut after
// max_code_points code points with "..." appended.
std::string printable(std::string_view text, std::size_t max_code_points);

// A short quoted excerpt for error messages: at most max_code_points code points, control
// characters written as \u{..}, "..." appended when cut.
std::string quote_excerpt(std::string_view text, std::size_t max_code_points = 40);

}  // namespace factsheet::content
