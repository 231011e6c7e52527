// utf8.cpp: UTF-8 well-formedness per RFC 3629 and the small measures the validator needs.
#include "content/utf8.h"

#include <cstdio>

namespace factsheet::content {
namespace {

// Length of the well-formed sequence at text[i], or 0 when it is ill-formed.
std::size_t sequence_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0) lo = 0xA0;  // overlong
        if (b0 == 0xED) hi = 0x9F;  // surrogates
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0) lo = 0x90;  // overlong
        if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
    } else {
        return 0;
    }
    if (i + len > text.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    }
    return len;
}

}  // namespace

std::size_t find_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t len = sequence_length(text, i);
        if (len == 0) return i;
        i += len;
    }
    return std::string_view::npos;
}

char32_t next_code_point(std::string_view text, std::size_t& i) {
    if (i >= text.size()) return 0;
    const std::size_t len = sequence_length(text, i);
    const auto b0 = static_cast<unsigned char>(text[i]);
    if (len == 0) {
        ++i;
        return 0xFFFD;
    }
    char32_t c = len == 1 ? b0 : len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += len;
    return c;
}

std::size_t count_code_points(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++n) next_code_point(text, i);
    return n;
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

namespace {

std::string excerpt(std::string_view text, std::size_t max_code_points, bool escape_quotes) {
    std::string out;
    std::size_t i = 0, n = 0;
    while (i < text.size() && n < max_code_points) {
        const std::size_t start = i;
        const char32_t c = next_code_point(text, i);
        if (is_control(c) || c == 0xFFFD) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "\\u{%X}", static_cast<unsigned>(c));
            out += buf;
        } else if (escape_quotes && (c == '"' || c == '\\')) {
            out += '\\';
            out += static_cast<char>(c);
        } else {
            out.append(text.substr(start, i - start));
        }
        ++n;
    }
    if (i < text.size()) out += "...";
    return out;
}

}  // namespace

std::string printable(std::string_view text, std::size_t max_code_points) {
    return excerpt(text, max_code_points, false);
}

std::string quote_excerpt(std::string_view text, std::size_t max_code_points) {
    return '"' + excerpt(text, max_code_points, true) + '"';
}

}  // namespace factsheet::content
