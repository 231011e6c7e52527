// host.cpp: https://url.spec.whatwg.org/#host-parsing for special URLs; where IDNA would be
// needed, a refusal marked unsure (see host.h).
#include "options/host.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "options/query.h"
#include "options/utf8.h"

namespace factsheet::options {
namespace {

using Address6 = std::array<std::uint16_t, 8>;

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// https://url.spec.whatwg.org/#concept-ipv6-parser
std::optional<Address6> parse_ipv6(std::string_view in) {
    Address6 address{};
    int piece = 0;
    int compress = -1;
    std::size_t p = 0;
    auto at = [&](std::size_t i) { return i < in.size() ? in[i] : '\0'; };
    auto eof = [&](std::size_t i) { return i >= in.size(); };
    if (at(p) == ':' && !eof(p)) {
        if (at(p + 1) != ':' || eof(p + 1)) return std::nullopt;
        p += 2;
        compress = ++piece;
    }
    while (!eof(p)) {
        if (piece == 8) return std::nullopt;
        if (in[p] == ':') {
            if (compress >= 0) return std::nullopt;
            ++p;
            compress = ++piece;
            continue;
        }
        unsigned value = 0;
        int length = 0;
        while (length < 4 && !eof(p) && hex_value(in[p]) >= 0) {
            value = value * 16 + static_cast<unsigned>(hex_value(in[p]));
            ++p;
            ++length;
        }
        if (!eof(p) && in[p] == '.') {
            if (length == 0) return std::nullopt;
            p -= static_cast<std::size_t>(length);
            if (piece > 6) return std::nullopt;
            int numbers_seen = 0;
            while (!eof(p)) {
                int ipv4_piece = -1;
                if (numbers_seen > 0) {
                    if (in[p] == '.' && numbers_seen < 4) ++p;
                    else return std::nullopt;
                }
                if (eof(p) || !is_digit(in[p])) return std::nullopt;
                while (!eof(p) && is_digit(in[p])) {
                    const int number = in[p] - '0';
                    if (ipv4_piece < 0) ipv4_piece = number;
                    else if (ipv4_piece == 0) return std::nullopt;
                    else ipv4_piece = ipv4_piece * 10 + number;
                    if (ipv4_piece > 255) return std::nullopt;
                    ++p;
                }
                address[piece] = static_cast<std::uint16_t>(address[piece] * 0x100 + ipv4_piece);
                ++numbers_seen;
                if (numbers_seen == 2 || numbers_seen == 4) ++piece;
            }
            if (numbers_seen != 4) return std::nullopt;
            break;
        } else if (!eof(p) && in[p] == ':') {
            ++p;
            if (eof(p)) return std::nullopt;
        } else if (!eof(p)) {
            return std::nullopt;
        }
        address[piece] = static_cast<std::uint16_t>(value);
        ++piece;
    }
    if (compress >= 0) {
        int swaps = piece - compress;
        piece = 7;
        while (piece != 0 && swaps > 0) {
            std::swap(address[piece], address[compress + swaps - 1]);
            --piece;
            --swaps;
        }
    } else if (piece != 8) {
        return std::nullopt;
    }
    return address;
}

// https://url.spec.whatwg.org/#concept-ipv6-serializer
std::string serialize_ipv6(const Address6& a) {
    int compress = -1, best = 1;
    for (int i = 0; i < 8;) {
        if (a[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && a[j] == 0) ++j;
        if (j - i > best) {
            best = j - i;
            compress = i;
        }
        i = j;
    }
    static const char hex[] = "0123456789abcdef";
    std::string out = "[";
    bool ignore0 = false;
    for (int i = 0; i < 8; ++i) {
        if (ignore0 && a[i] == 0) continue;
        ignore0 = false;
        if (compress == i) {
            out += i == 0 ? "::" : ":";
            ignore0 = true;
            continue;
        }
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const int d = (a[i] >> shift) & 0xF;
            if (d != 0 || started || shift == 0) {
                out += hex[d];
                started = true;
            }
        }
        if (i != 7) out += ':';
    }
    return out + "]";
}

// https://url.spec.whatwg.org/#ipv4-number-parser; values saturate above 2^32.
std::optional<std::uint64_t> parse_ipv4_number(std::string_view in) {
    if (in.empty()) return std::nullopt;
    unsigned radix = 10;
    if (in.size() >= 2 && in[0] == '0' && (in[1] == 'x' || in[1] == 'X')) {
        radix = 16;
        in.remove_prefix(2);
    } else if (in.size() >= 2 && in[0] == '0') {
        radix = 8;
        in.remove_prefix(1);
    }
    std::uint64_t value = 0;
    for (const char c : in) {
        const int d = hex_value(c);
        if (d < 0 || static_cast<unsigned>(d) >= radix) return std::nullopt;
        value = value * radix + static_cast<unsigned>(d);
        if (value > (std::uint64_t{1} << 33)) value = std::uint64_t{1} << 33;
    }
    return value;
}

std::vector<std::string_view> split_dots(std::string_view s) {
    std::vector<std::string_view> parts;
    while (true) {
        const std::size_t dot = s.find('.');
        parts.push_back(s.substr(0, dot));
        if (dot == std::string_view::npos) break;
        s.remove_prefix(dot + 1);
    }
    return parts;
}

// https://url.spec.whatwg.org/#ends-in-a-number-checker
bool ends_in_a_number(std::string_view domain) {
    std::vector<std::string_view> parts = split_dots(domain);
    if (parts.back().empty()) {
        if (parts.size() == 1) return false;
        parts.pop_back();
    }
    const std::string_view last = parts.back();
    bool digits = !last.empty();
    for (const char c : last) digits = digits && is_digit(c);
    return digits || parse_ipv4_number(last).has_value();
}

// https://url.spec.whatwg.org/#concept-ipv4-parser
std::optional<std::uint32_t> parse_ipv4(std::string_view domain) {
    std::vector<std::string_view> parts = split_dots(domain);
    if (parts.back().empty() && parts.size() > 1) parts.pop_back();
    if (parts.size() > 4) return std::nullopt;
    std::vector<std::uint64_t> numbers;
    for (const std::string_view part : parts) {
        const auto n = parse_ipv4_number(part);
        if (!n) return std::nullopt;
        numbers.push_back(*n);
    }
    for (std::size_t i = 0; i + 1 < numbers.size(); ++i) {
        if (numbers[i] > 255) return std::nullopt;
    }
    const std::size_t n = numbers.size();
    if (numbers.back() >= (std::uint64_t{1} << (8 * (5 - n)))) return std::nullopt;
    std::uint64_t ipv4 = numbers.back();
    for (std::size_t i = 0; i + 1 < n; ++i) ipv4 += numbers[i] << (8 * (3 - i));
    return static_cast<std::uint32_t>(ipv4);
}

bool forbidden_domain_code_point(unsigned char c) {
    switch (c) {
        case ' ': case '#': case '%': case '/': case ':': case '<': case '>': case '?': case '@': case '[':
        case '\\': case ']': case '^': case '|': case 0x7F:
            return true;
        default:
            return c < 0x20;
    }
}

HostResult failure(bool unsure) {
    HostResult r;
    r.unsure = unsure;
    return r;
}

}  // namespace

HostResult parse_special_host(std::string_view input) {
    if (!input.empty() && input.front() == '[') {
        if (input.back() != ']' || input.size() < 2) return failure(false);
        const auto address = parse_ipv6(input.substr(1, input.size() - 2));
        if (!address) return failure(false);
        HostResult r;
        r.kind = HostResult::Kind::IPv6;
        r.serialized = serialize_ipv6(*address);
        return r;
    }
    std::string domain = utf8_decode(percent_decode(input));
    bool ascii = true;
    for (char& c : domain) {
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    // Whatever IDNA would make of the rest, these stay failures: nothing, or a forbidden ASCII
    // character (UTS 46 maps no ASCII character but A-Z).
    if (domain.empty()) return failure(false);
    bool space = false;
    for (const char c : domain) {
        if (c == ' ') space = true;
        else if (forbidden_domain_code_point(static_cast<unsigned char>(c))) return failure(false);
    }
    // The standard refuses a space; Chromium takes it (as "%20").
    if (space || !ascii) return failure(true);
    for (const std::string_view label : split_dots(domain)) {
        if (label.substr(0, 4) == "xn--") return failure(true);
    }
    if (ends_in_a_number(domain)) {
        const auto ipv4 = parse_ipv4(domain);
        if (!ipv4) return failure(false);
        HostResult r;
        r.kind = HostResult::Kind::IPv4;
        for (int shift = 24; shift >= 0; shift -= 8) {
            r.serialized += std::to_string((*ipv4 >> shift) & 0xFF);
            if (shift > 0) r.serialized += '.';
        }
        return r;
    }
    // The standard's ASCII fast path: the lower-cased domain is the host (empty labels, a
    // trailing dot, hyphens anywhere, any length and characters such as _ $ ! included).
    HostResult r;
    r.kind = HostResult::Kind::Domain;
    r.serialized = domain;
    return r;
}

}  // namespace factsheet::options
