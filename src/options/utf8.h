// utf8.h: UTF-8 as the WHATWG Encoding Standard reads it. Every string the options code keeps is
// valid UTF-8, so that it stands for exactly one JavaScript string.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace factsheet::options {

// "UTF-8 decode without BOM" (Encoding Standard): each ill-formed sequence (its maximal valid
// prefix) becomes one U+FFFD, as TextDecoder, URLSearchParams and a page read as UTF-8 do.
// A leading BOM is kept. The result is valid UTF-8.
std::string utf8_decode(std::string_view bytes);

// Appends the UTF-8 encoding of a scalar value (c <= 0x10FFFF and not a surrogate).
void append_utf8(std::string& out, char32_t c);

// The code point that starts at text[i] in valid UTF-8 (as utf8_decode returns); advances i.
char32_t next_code_point(std::string_view valid_utf8, std::size_t& i);

}  // namespace factsheet::options
