// url.cpp: a strict https address check; strict because the address becomes a link readers follow.
#include "content/url.h"

#include "content/utf8.h"

namespace factsheet::content {
namespace {

constexpr std::string_view scheme = "https://";

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// The authority ends at the first '/', '?' or '#'.
std::size_t authority_end(std::string_view url) {
    const std::size_t end = url.find_first_of("/?#", scheme.size());
    return end == std::string_view::npos ? url.size() : end;
}

bool check_host(std::string_view host, std::string& why) {
    if (host.empty()) {
        why = "no host (expected https://host/...)";
        return false;
    }
    if (host.find('.') == std::string_view::npos) {
        why = "host " + quote_excerpt(host) + " is not a public domain name (expected e.g. www.example.org)";
        return false;
    }
    std::size_t label_start = 0;
    for (std::size_t i = 0; i <= host.size(); ++i) {
        if (i == host.size() || host[i] == '.') {
            const std::string_view label = host.substr(label_start, i - label_start);
            if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') {
                why = "host " + quote_excerpt(host) + " is not a valid domain name";
                return false;
            }
            label_start = i + 1;
        } else if (!is_alnum(host[i]) && host[i] != '-') {
            why = "host " + quote_excerpt(host) + " has a character a domain name cannot have";
            return false;
        }
    }
    return true;
}

}  // namespace

bool check_https_url(std::string_view url, std::string& why) {
    if (url.substr(0, scheme.size()) != scheme) {
        why = "only https:// addresses are allowed (expected https://host/...)";
        return false;
    }
    for (std::size_t i = 0; i < url.size(); ++i) {
        const char c = url[i];
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7F) {
            why = u >= 0x80 ? "a non-ASCII character (percent-encode it)"
                            : "a space or control character at position " + std::to_string(i);
            return false;
        }
        if (c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`') {
            why = std::string("a character that cannot appear in an address: ") + c;
            return false;
        }
        if (c == '%' && (i + 2 >= url.size() || !is_hex(url[i + 1]) || !is_hex(url[i + 2]))) {
            why = "a % not followed by two hex digits";
            return false;
        }
    }
    std::string_view authority = url.substr(scheme.size(), authority_end(url) - scheme.size());
    if (authority.find('@') != std::string_view::npos) {
        why = "a user@ part (write the address without it)";
        return false;
    }
    std::string_view host = authority;
    const std::size_t colon = authority.find(':');
    if (colon != std::string_view::npos) {
        host = authority.substr(0, colon);
        const std::string_view port = authority.substr(colon + 1);
        bool digits = !port.empty() && port.size() <= 5;
        long number = 0;
        for (char c : port) {
            digits = digits && c >= '0' && c <= '9';
            number = number * 10 + (c - '0');
        }
        if (!digits || number < 1 || number > 65535) {
            why = "an invalid port " + quote_excerpt(port);
            return false;
        }
    }
    return check_host(host, why);
}

std::string url_host(std::string_view url) {
    if (url.substr(0, scheme.size()) != scheme) return {};
    std::string_view authority = url.substr(scheme.size(), authority_end(url) - scheme.size());
    const std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos) authority = authority.substr(at + 1);
    authority = authority.substr(0, authority.find(':'));
    std::string host(authority);
    for (char& c : host) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return host;
}

}  // namespace factsheet::content
