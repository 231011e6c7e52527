// js_string.cpp: String.prototype.length, trim and JSON.stringify over UTF-8.
#include "options/js_string.h"

#include "options/utf8.h"

namespace factsheet::options {
namespace {

// ECMA-262 WhiteSpace (with Unicode's Zs as V8 has it) and LineTerminator.
bool is_js_space(char32_t c) {
    switch (c) {
        case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
        case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
            return true;
        default:
            return c >= 0x2000 && c <= 0x200A;
    }
}

// \uxxxx with lower-case hex, for a UTF-16 code unit.
void append_unit_escape(std::string& out, unsigned unit) {
    static const char hex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(unit >> shift) & 0xF];
}

// Appends c as JSON.stringify writes it.
void append_json(std::string& out, char32_t c) {
    switch (c) {
        case '"': out += "\\\""; return;
        case '\\': out += "\\\\"; return;
        case '\b': out += "\\b"; return;
        case '\f': out += "\\f"; return;
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        default: break;
    }
    if (c < 0x20) append_unit_escape(out, static_cast<unsigned>(c));
    else append_utf8(out, c);
}

}  // namespace

std::size_t utf16_length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) n += next_code_point(s, i) > 0xFFFF ? 2 : 1;
    return n;
}

std::string js_trim(std::string_view s) {
    std::size_t begin = 0, end = 0;  // [begin, end): from the first to past the last non-space
    bool any = false;
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t at = i;
        if (!is_js_space(next_code_point(s, i))) {
            if (!any) begin = at;
            any = true;
            end = i;
        }
    }
    return any ? std::string(s.substr(begin, end - begin)) : std::string();
}

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size();) append_json(out, next_code_point(s, i));
    out += '"';
    return out;
}

std::string js_quoted(std::string_view s, std::size_t max_units) {
    std::string out = "\"";
    std::size_t units = 0;
    for (std::size_t i = 0; i < s.size() && units < max_units;) {
        const char32_t c = next_code_point(s, i);
        if (c > 0xFFFF && units + 2 > max_units) {
            // slice() keeps the high surrogate alone; JSON.stringify escapes it.
            append_unit_escape(out, 0xD800 + ((c - 0x10000) >> 10));
            ++units;
            break;
        }
        append_json(out, c);
        units += c > 0xFFFF ? 2 : 1;
    }
    out += '"';
    return out;
}

}  // namespace factsheet::options
