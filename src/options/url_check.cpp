// url_check.cpp: the parts of the URL Standard's basic URL parser that decide whether an
// absolute http(s) address parses, and what its scheme, credentials, host and port are.
#include "options/url_check.h"

#include <string>

#include "options/host.h"

namespace factsheet::options {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The first ':' outside [brackets], as the host state finds it; npos when none.
std::size_t port_colon(std::string_view hostport) {
    bool inside = false;
    for (std::size_t i = 0; i < hostport.size(); ++i) {
        if (hostport[i] == '[') inside = true;
        else if (hostport[i] == ']') inside = false;
        else if (hostport[i] == ':' && !inside) return i;
    }
    return std::string_view::npos;
}

// The port state: digits only, at most 65535 (leading zeros allowed); empty is no port.
bool valid_port(std::string_view port) {
    unsigned long value = 0;
    for (const char c : port) {
        if (!is_digit(c)) return false;
        value = value * 10 + static_cast<unsigned long>(c - '0');
        if (value > 65535) return false;
    }
    return true;
}

UrlVerdict refused(bool unsure = false) {
    UrlVerdict v;
    v.unsure = unsure;
    return v;
}

}  // namespace

UrlVerdict check_https_address(std::string_view v) {
    // Leading and trailing C0 controls and spaces go; tabs and newlines go everywhere.
    std::size_t b = 0, e = v.size();
    while (b < e && static_cast<unsigned char>(v[b]) <= 0x20) ++b;
    while (e > b && static_cast<unsigned char>(v[e - 1]) <= 0x20) --e;
    std::string s;
    for (std::size_t i = b; i < e; ++i) {
        if (v[i] != '\t' && v[i] != '\n' && v[i] != '\r') s += v[i];
    }
    // Scheme: a letter, then letters, digits, + - . up to ':'; without one the address is
    // relative, which fails without a base.
    if (s.empty() || !is_alpha(s[0])) return refused();
    std::size_t i = 1;
    while (i < s.size() && (is_alpha(s[i]) || is_digit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) ++i;
    if (i == s.size() || s[i] != ':') return refused();
    std::string scheme = s.substr(0, i);
    for (char& c : scheme) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (scheme != "https") return refused();
    ++i;
    while (i < s.size() && (s[i] == '/' || s[i] == '\\')) ++i;
    const std::string_view rest = std::string_view(s).substr(i);
    std::string_view authority = rest.substr(0, rest.find_first_of("/\\?#"));
    const std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
        const std::string_view userinfo = authority.substr(0, at);
        if (!userinfo.empty() && userinfo != ":") return refused();  // a username or a password
        authority.remove_prefix(at + 1);
    }
    const std::size_t colon = port_colon(authority);
    const std::string_view host = authority.substr(0, colon);
    if (host.empty()) return refused();
    if (colon != std::string_view::npos && !valid_port(authority.substr(colon + 1))) return refused();
    const HostResult h = parse_special_host(host);
    if (!h.ok()) return refused(h.unsure);
    UrlVerdict ok;
    ok.ok = true;
    return ok;
}

UrlVerdict check_origin(std::string_view v) {
    std::string_view scheme;
    for (const std::string_view s : {std::string_view("http://"), std::string_view("https://")}) {
        if (v.substr(0, s.size()) == s) scheme = s;
    }
    if (scheme.empty()) return refused();
    const std::string_view hostport = v.substr(scheme.size());
    // An origin has nothing after the port, and no credentials; none of these can be in a host.
    if (hostport.find_first_of("/\\?#@") != std::string_view::npos) return refused();
    std::string_view host, port;
    bool has_port = false;
    if (!hostport.empty() && hostport.front() == '[') {
        const std::size_t close = hostport.find(']');
        if (close == std::string_view::npos) return refused();
        host = hostport.substr(0, close + 1);
        const std::string_view after = hostport.substr(close + 1);
        if (!after.empty() && after.front() != ':') return refused();
        has_port = !after.empty();
        if (has_port) port = after.substr(1);
    } else {
        const std::size_t colon = hostport.find(':');
        host = hostport.substr(0, colon);
        has_port = colon != std::string_view::npos;
        if (has_port) port = hostport.substr(colon + 1);
    }
    if (host.empty()) return refused();
    if (has_port) {
        // Serialized back only as written: digits without a leading zero, not the default.
        if (port.empty() || !valid_port(port) || (port.size() > 1 && port[0] == '0')) return refused();
        if (port == (scheme == "http://" ? "80" : "443")) return refused();
    }
    const HostResult h = parse_special_host(host);
    if (!h.ok()) {
        // Unsure only where the standard would serialize the host as written (a lower-case
        // ASCII host without escapes) and a browser might accept it.
        bool as_written = true;
        for (const char c : host) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x80 || c == '%' || (c >= 'A' && c <= 'Z')) as_written = false;
        }
        return refused(h.unsure && as_written);
    }
    if (h.serialized != host) return refused();
    // The standard keeps '*' in a host; Chromium writes it "%2A", so its origin is not v.
    if (host.find('*') != std::string_view::npos) return refused(true);
    UrlVerdict ok;
    ok.ok = true;
    return ok;
}

}  // namespace factsheet::options
