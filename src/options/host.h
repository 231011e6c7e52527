// host.h: the host of an http(s) address as the WHATWG URL Standard's host parser reads it
// (special schemes): what new URL() in web/embedded.js and web/embed.js accepts as a host.
#pragma once

#include <string>
#include <string_view>

namespace factsheet::options {

struct HostResult {
    enum class Kind { Failure, Domain, IPv4, IPv6 };
    Kind kind = Kind::Failure;
    // Only with Failure: refused here, though new URL() may accept it. These are the places
    // where this parser is stricter than new URL() in a browser:
    //  - a host that needs IDNA ("domain to ASCII" with UTS 46 mapping and punycode, not
    //    implemented here): one with a non-ASCII character once percent-decoded
    //    ("bücher.example", "%C3%A9.org"), or a label that starts with "xn--" in any case
    //    ("xn--bcher-kva.example");
    //  - a host with a space (raw or "%20"): a failure in the URL Standard, but Chromium (156)
    //    takes it and writes it "%20".
    // A forbidden ASCII character other than the space, or an empty host, settles it: no unsure.
    bool unsure = false;
    std::string serialized;  // Domain: lower-cased; IPv4: dotted decimal; IPv6: [compressed]
    bool ok() const { return kind != Kind::Failure; }
};

// The host parser for a special URL: input is the host as it stands in the address (between
// the authority's start, or its '@', and ':' or its end), valid UTF-8.
// Exact, but for IDNA, for everything else: IPv6 ("[...]": the standard's parser and
// serializer), IPv4 (decimal, octal, hex, fewer than four parts; a host ending in a number that
// is not one fails: "a.1", "1.2.3.4.5"), percent-decoding, forbidden code points, empty hosts,
// and ASCII domains, which the standard only lower-cases (so "a..b", "a.b.", "-a.org", "a_b.org"
// and "exa$mple.org" are hosts, as in Chromium, checked for every ASCII character).
HostResult parse_special_host(std::string_view input);

}  // namespace factsheet::options
