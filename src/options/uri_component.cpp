// uri_component.cpp: ECMA-262's Decode (with an empty reserved set) and Encode.
#include "options/uri_component.h"

#include "options/utf8.h"

namespace factsheet::options {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The byte written "%XX" at s[k]; -1 when s[k] does not start a well-formed escape.
int escaped_byte(std::string_view s, std::size_t k) {
    if (k + 2 >= s.size() || s[k] != '%') return -1;
    const int hi = hex_value(s[k + 1]), lo = hex_value(s[k + 2]);
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

}  // namespace

std::optional<std::string> decode_uri_component(std::string_view text) {
    const std::string s = utf8_decode(text);
    std::string out;
    out.reserve(s.size());
    for (std::size_t k = 0; k < s.size(); ++k) {
        if (s[k] != '%') {
            out += s[k];
            continue;
        }
        const int b = escaped_byte(s, k);
        if (b < 0) return std::nullopt;
        k += 2;
        if (b < 0x80) {
            out += static_cast<char>(b);
            continue;
        }
        // The number of leading 1 bits gives the sequence's length; 1 or more than 4: an error.
        int n = 0;
        while (n < 8 && (b & (0x80 >> n))) ++n;
        if (n == 1 || n > 4) return std::nullopt;
        char32_t c = static_cast<char32_t>(b & (0xFF >> (n + 1)));
        for (int j = 1; j < n; ++j) {
            const int cont = escaped_byte(s, k + 1);
            if (cont < 0 || (cont & 0xC0) != 0x80) return std::nullopt;
            c = (c << 6) | static_cast<char32_t>(cont & 0x3F);
            k += 3;
        }
        static const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (c < smallest[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return std::nullopt;
        append_utf8(out, c);
    }
    return out;
}

std::string encode_uri_component(std::string_view s) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (const char ch : s) {
        const auto b = static_cast<unsigned char>(ch);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_' ||
            b == '.' || b == '!' || b == '~' || b == '*' || b == '\'' || b == '(' || b == ')') {
            out += ch;
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xF];
        }
    }
    return out;
}

}  // namespace factsheet::options
