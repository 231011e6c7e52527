// fuzz_query.cpp: libFuzzer target for the address parsers under web/'s option code
// (src/options/query.h, uri_component.h, js_string.h, host.h, url_check.h, boot_options.h).
// Any bytes are a query string, a #hash, a host and an address in turn. Invariants (a violation
// aborts): the parse is deterministic; names and values are valid UTF-8; toString() writes only
// the characters URLSearchParams writes and reads back to the same pairs; get/set/delete keep
// their rules; decodeURIComponent yields valid UTF-8 and round-trips through
// encodeURIComponent, and is the identity without '%'; the string helpers keep their bounds; a
// host that parses serializes to a host that parses to itself; an accepted origin is its own
// scheme://host[:port] and, for https, an accepted call-to-action address; pickLanguage gives
// en or es.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "options/boot_options.h"
#include "options/host.h"
#include "options/js_string.h"
#include "options/query.h"
#include "options/uri_component.h"
#include "options/url_check.h"
#include "options/utf8.h"

namespace {

using namespace factsheet::options;

void check(bool ok) {
    if (!ok) std::abort();
}

bool valid_utf8(const std::string& s) { return utf8_decode(s) == s; }

void query_invariants(std::string_view input) {
    const Query q = Query::parse(input);
    check(Query::parse(input) == q);
    for (const Param& p : q.params()) check(valid_utf8(p.name) && valid_utf8(p.value));
    const std::string written = q.to_string();
    for (const char c : written) {
        check((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '-' ||
              c == '.' || c == '_' || c == '%' || c == '+' || c == '=' || c == '&');
    }
    check(Query::parse(written) == q);
    check(Query::parse("?" + written) == q);
    for (const Param& p : q.params()) {
        // get() is the first pair of that name.
        for (const Param& first : q.params()) {
            if (first.name == p.name) {
                check(q.get(p.name) == first.value);
                break;
            }
        }
        Query changed = q;
        changed.set(p.name, "x y");
        check(changed.count(p.name) == 1 && changed.get(p.name) == std::string("x y"));
        check(changed.params().size() == q.params().size() - q.count(p.name) + 1);
        changed.remove(p.name);
        check(!changed.has(p.name));
    }
}

void uri_invariants(std::string_view input) {
    const std::string text = utf8_decode(input);
    const auto decoded = decode_uri_component(input);
    check(decode_uri_component(input) == decoded);
    if (text.find('%') == std::string::npos) check(decoded == text);
    if (decoded) {
        check(valid_utf8(*decoded));
        const std::string encoded = encode_uri_component(*decoded);
        check(decode_uri_component(encoded) == decoded);
    }
    check(section_from_hash("#" + std::string(input)) == decoded.value_or(std::string()));
}

void string_invariants(std::string_view input) {
    const std::string text = utf8_decode(input);
    const std::string trimmed = js_trim(text);
    check(js_trim(trimmed) == trimmed);
    check(utf16_length(trimmed) <= utf16_length(text));
    check(text.find(trimmed) != std::string::npos);
    const std::string json = json_string(text);
    check(json.size() >= 2 && json.front() == '"' && json.back() == '"' && valid_utf8(json));
    for (const char c : json) check(static_cast<unsigned char>(c) >= 0x20);
    const std::string quoted = js_quoted(text);
    check(quoted.size() >= 2 && valid_utf8(quoted) && quoted.size() <= json.size() + 4);
}

void url_invariants(std::string_view input) {
    const std::string text = utf8_decode(input);
    const HostResult host = parse_special_host(text);
    if (host.ok()) {
        check(!host.unsure);
        const HostResult again = parse_special_host(host.serialized);
        check(again.ok() && again.serialized == host.serialized);
    }
    const UrlVerdict origin = check_origin(text);
    check(!(origin.ok && origin.unsure));
    if (origin.ok) {
        const bool https = text.rfind("https://", 0) == 0;
        check(https || text.rfind("http://", 0) == 0);
        const std::string hostport = text.substr(https ? 8 : 7);
        check(hostport.find_first_of("/?#@\\ ") == std::string::npos);
        if (https) check(check_https_address(text).ok);
    }
    const UrlVerdict address = check_https_address(text);
    check(!(address.ok && address.unsure));
    if (address.ok) {
        // Outer spaces and inner tabs and newlines are not part of an address.
        check(check_https_address(" \t" + text + "\n ").ok);
    }
    // As an origin or address built around it, the text as a host decides the same.
    if (text.find_first_of(std::string(":/?#@\\[]\t\n\r")) == std::string::npos && !text.empty()) {
        const UrlVerdict as_host = check_https_address("https://" + text + "/");
        check(as_host.ok == host.ok());
    }
}

void boot_invariants(std::string_view input) {
    const std::string lang = pick_language(input, {std::string(input)});
    check(lang == "en" || lang == "es");
    const auto asked = Query::parse(input).get("lang");
    if (asked == std::string("en") || asked == std::string("es")) check(lang == *asked);
    check(render_continuous(input) == (Query::parse(input).get("render") == std::string("continuous")));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    query_invariants(input);
    uri_invariants(input);
    string_invariants(input);
    url_invariants(input);
    boot_invariants(input);
    return 0;
}
