// utf8.cpp: the Encoding Standard's UTF-8 decoder (https://encoding.spec.whatwg.org/#utf-8-decoder).
#include "options/utf8.h"

namespace factsheet::options {

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string utf8_decode(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size());
    char32_t code_point = 0;
    int needed = 0, seen = 0;
    unsigned lower = 0x80, upper = 0xBF;
    std::size_t i = 0;
    while (i < bytes.size()) {
        const unsigned b = static_cast<unsigned char>(bytes[i]);
        if (needed == 0) {
            ++i;
            if (b <= 0x7F) {
                out += static_cast<char>(b);
            } else if (b >= 0xC2 && b <= 0xDF) {
                needed = 1;
                code_point = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                if (b == 0xE0) lower = 0xA0;
                if (b == 0xED) upper = 0x9F;
                needed = 2;
                code_point = b & 0xF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (b == 0xF0) lower = 0x90;
                if (b == 0xF4) upper = 0x8F;
                needed = 3;
                code_point = b & 0x7;
            } else {
                append_utf8(out, 0xFFFD);
            }
            continue;
        }
        if (b < lower || b > upper) {
            // The sequence so far is one error; this byte is read again as a new start.
            code_point = 0;
            needed = seen = 0;
            lower = 0x80;
            upper = 0xBF;
            append_utf8(out, 0xFFFD);
            continue;
        }
        ++i;
        lower = 0x80;
        upper = 0xBF;
        code_point = (code_point << 6) | (b & 0x3F);
        if (++seen == needed) {
            append_utf8(out, code_point);
            code_point = 0;
            needed = seen = 0;
        }
    }
    if (needed != 0) append_utf8(out, 0xFFFD);
    return out;
}

char32_t next_code_point(std::string_view s, std::size_t& i) {
    const unsigned b = static_cast<unsigned char>(s[i]);
    int extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
    char32_t c = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
    ++i;
    // Valid input has its continuation bytes; stop at the end all the same.
    for (; extra > 0 && i < s.size(); --extra, ++i) c = (c << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return c;
}

}  // namespace factsheet::options
