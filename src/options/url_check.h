// url_check.h: the two address checks web/embedded.js and web/embed.js make with new URL().
#pragma once

#include <string_view>

namespace factsheet::options {

struct UrlVerdict {
    bool ok = false;
    // Only when !ok: refused for one of the documented reasons (host.h, and '*' in an origin)
    // where new URL() in a browser may accept the address.
    bool unsure = false;
};

// The call to action's check, less its length limit: new URL(v) succeeds, its protocol is
// "https:", and it has no username and no password.
// As new URL() does: leading and trailing C0 controls and spaces are stripped and tabs and
// newlines removed anywhere; the scheme is any case ("HTTPS:"); any run of '/' and '\' follows
// it ("https:example.org", "https:\\example.org"); "user@" or "user:pass@" refuses it, a bare
// "@" or ":@" does not; the port must be digits up to 65535; path, query and fragment never fail.
UrlVerdict check_https_address(std::string_view valid_utf8);

// The origin option's check: new URL(v) succeeds, its protocol is http: or https:, and its
// origin serializes back to v exactly: "http(s)://host" or "http(s)://host:port" with a
// lower-case host in its serialized form (IPv4 dotted decimal, IPv6 compressed in brackets)
// and a port without leading zeros that is not the scheme's default. Stricter than the standard
// in one more place (unsure): a host with '*', which Chromium serializes as "%2A".
UrlVerdict check_origin(std::string_view valid_utf8);

}  // namespace factsheet::options
