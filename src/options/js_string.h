// js_string.h: the few JavaScript string operations the options code mirrors, on valid UTF-8
// (see utf8.h): lengths count UTF-16 code units as String.prototype.length does.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace factsheet::options {

// String.prototype.length: UTF-16 code units (a code point above U+FFFF counts two).
std::size_t utf16_length(std::string_view valid_utf8);

// String.prototype.trim: strips JavaScript's WhiteSpace and LineTerminator code points
// (tab, VT, FF, space, NBSP, BOM, the Zs category, LF, CR, LS, PS) from both ends.
std::string js_trim(std::string_view valid_utf8);

// JSON.stringify(s): the quoted string, escaping ", \, \b \f \n \r \t, other controls below
// U+0020 as \u00xx, and lone surrogates as \udxxx.
std::string json_string(std::string_view valid_utf8);

// The warnings' quoted(v): JSON.stringify(String(v).slice(0, max_units)); a cut through a
// surrogate pair leaves its lone high half, written \udxxx.
std::string js_quoted(std::string_view valid_utf8, std::size_t max_units = 80);

}  // namespace factsheet::options
