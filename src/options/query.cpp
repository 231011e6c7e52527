// query.cpp: URLSearchParams's parser and serializer
// (https://url.spec.whatwg.org/#concept-urlencoded-parser and -serializer).
#include "options/query.h"

#include <algorithm>

#include "options/utf8.h"

namespace factsheet::options {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string decode_part(std::string_view part) {
    std::string plus_as_space(part);
    std::replace(plus_as_space.begin(), plus_as_space.end(), '+', ' ');
    return utf8_decode(percent_decode(plus_as_space));
}

void append_encoded(std::string& out, std::string_view s) {
    static const char hex[] = "0123456789ABCDEF";
    for (const char ch : s) {
        const auto b = static_cast<unsigned char>(ch);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '*' || b == '-' ||
            b == '.' || b == '_') {
            out += ch;
        } else if (b == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xF];
        }
    }
}

}  // namespace

std::string percent_decode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 && hex_value(s[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

Query Query::parse(std::string_view text) {
    const std::string input = utf8_decode(text);
    std::string_view rest(input);
    if (!rest.empty() && rest.front() == '?') rest.remove_prefix(1);
    Query q;
    while (true) {
        const std::size_t amp = rest.find('&');
        const std::string_view piece = rest.substr(0, amp);
        if (!piece.empty()) {
            const std::size_t eq = piece.find('=');
            Param p;
            p.name = decode_part(piece.substr(0, eq));
            if (eq != std::string_view::npos) p.value = decode_part(piece.substr(eq + 1));
            q.params_.push_back(std::move(p));
        }
        if (amp == std::string_view::npos) break;
        rest.remove_prefix(amp + 1);
    }
    return q;
}

std::optional<std::string> Query::get(std::string_view name) const {
    for (const Param& p : params_) {
        if (p.name == name) return p.value;
    }
    return std::nullopt;
}

bool Query::has(std::string_view name) const { return count(name) > 0; }

std::size_t Query::count(std::string_view name) const {
    return static_cast<std::size_t>(
        std::count_if(params_.begin(), params_.end(), [&](const Param& p) { return p.name == name; }));
}

void Query::append(std::string_view name, std::string_view value) {
    params_.push_back(Param{std::string(name), std::string(value)});
}

void Query::set(std::string_view name, std::string_view value) {
    auto first = std::find_if(params_.begin(), params_.end(), [&](const Param& p) { return p.name == name; });
    if (first == params_.end()) {
        append(name, value);
        return;
    }
    first->value = std::string(value);
    params_.erase(std::remove_if(first + 1, params_.end(), [&](const Param& p) { return p.name == name; }),
                  params_.end());
}

void Query::remove(std::string_view name) {
    params_.erase(std::remove_if(params_.begin(), params_.end(), [&](const Param& p) { return p.name == name; }),
                  params_.end());
}

std::string Query::to_string() const {
    std::string out;
    for (std::size_t i = 0; i < params_.size(); ++i) {
        if (i > 0) out += '&';
        append_encoded(out, params_[i].name);
        out += '=';
        append_encoded(out, params_[i].value);
    }
    return out;
}

}  // namespace factsheet::options
