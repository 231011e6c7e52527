// test_options_url.cpp: the origin and call-to-action address checks (src/options/url_check.h,
// host.h), as new URL() decides them.
#include <doctest/doctest.h>

#include "options/host.h"
#include "options/url_check.h"

using namespace factsheet::options;

TEST_CASE("origin: only an origin exactly as the browser writes it") {
    CHECK(check_origin("https://example.org").ok);
    CHECK(check_origin("http://127.0.0.1:8080").ok);
    CHECK(check_origin("http://localhost:8080").ok);
    CHECK(check_origin("http://[::1]:8080").ok);
    CHECK(check_origin("https://a_b.example").ok);
    CHECK_FALSE(check_origin("https://example.org/").ok);       // a path
    CHECK_FALSE(check_origin("https://Example.org").ok);        // written lower-case
    CHECK_FALSE(check_origin("https://example.org:443").ok);    // the default port is left out
    CHECK_FALSE(check_origin("https://example.org:0443").ok);
    CHECK_FALSE(check_origin("https://example.org:").ok);
    CHECK_FALSE(check_origin("https://example.org:65536").ok);
    CHECK_FALSE(check_origin("HTTPS://example.org").ok);
    CHECK_FALSE(check_origin("ftp://example.org").ok);
    CHECK_FALSE(check_origin("https://user@example.org").ok);
    CHECK_FALSE(check_origin("http://[0:0::1]").ok);            // written [::1]
    CHECK_FALSE(check_origin("http://127.1").ok);               // written 127.0.0.1
    CHECK_FALSE(check_origin(" https://example.org").ok);
    CHECK_FALSE(check_origin("example.org").ok);
}

TEST_CASE("origin: hosts this check cannot vouch for are refused and marked unsure") {
    const UrlVerdict idn = check_origin("https://xn--bcher-kva.example");
    CHECK_FALSE(idn.ok);
    CHECK(idn.unsure);
    const UrlVerdict star = check_origin("https://a*b.example");  // Chromium writes it a%2Ab
    CHECK_FALSE(star.ok);
    CHECK(star.unsure);
    CHECK_FALSE(check_origin("https://b\xC3\xBC" "cher.example").unsure);  // written as punycode: surely not
}

TEST_CASE("call to action: any https address new URL() takes, without credentials") {
    CHECK(check_https_address("https://example.org/act").ok);
    CHECK(check_https_address("HTTPS://example.org").ok);
    CHECK(check_https_address("https:example.org").ok);          // slashes are optional
    CHECK(check_https_address("https:\\\\example.org\\a").ok);   // backslashes count as slashes
    CHECK(check_https_address(" https://example.org/a b ").ok);  // outer spaces go
    CHECK(check_https_address("ht\ttps://exa\nmple.org").ok);    // tabs and newlines go
    CHECK(check_https_address("https://@example.org").ok);       // an empty user is no user
    CHECK(check_https_address("https://[::ffff:1.2.3.4]:8443/").ok);
    CHECK(check_https_address("https://0x7f.1/").ok);            // 127.0.0.1
    CHECK(check_https_address("https://ex%61mple.org").ok);
    CHECK_FALSE(check_https_address("http://example.org").ok);
    CHECK_FALSE(check_https_address("javascript:alert(1)").ok);
    CHECK_FALSE(check_https_address("//example.org").ok);
    CHECK_FALSE(check_https_address("https://user@example.org").ok);
    CHECK_FALSE(check_https_address("https://:pass@example.org").ok);
    CHECK_FALSE(check_https_address("https://").ok);
    CHECK_FALSE(check_https_address("https://example.org:65536").ok);
    CHECK_FALSE(check_https_address("https://example.org:8o").ok);
    CHECK_FALSE(check_https_address("https://a.1/").ok);         // ends in a number, not IPv4
    CHECK_FALSE(check_https_address("https://256.0.0.1/").ok);
    CHECK_FALSE(check_https_address("https://[1::2::3]/").ok);
    CHECK_FALSE(check_https_address("https://a<b.org/").ok);
    CHECK_FALSE(check_https_address("https://ex%2Fample.org").ok);
}

TEST_CASE("call to action: a host that needs IDNA, or has a space, is refused and marked unsure") {
    CHECK(check_https_address("https://b\xC3\xBC" "cher.example").unsure);
    CHECK(check_https_address("https://a b.org").unsure);
    CHECK_FALSE(check_https_address("https://a<b.org").unsure);
}

TEST_CASE("hosts serialize as the URL Standard writes them") {
    CHECK(parse_special_host("EXAMPLE.org").serialized == "example.org");
    CHECK(parse_special_host("0x7f.1").serialized == "127.0.0.1");
    CHECK(parse_special_host("1.2.3").serialized == "1.2.0.3");
    CHECK(parse_special_host("017.0.0.1").serialized == "15.0.0.1");
    CHECK(parse_special_host("[2001:DB8:0:0:1:0:0:1]").serialized == "[2001:db8::1:0:0:1]");
    CHECK(parse_special_host("[::ffff:1.2.3.4]").serialized == "[::ffff:102:304]");
    CHECK(parse_special_host("[1:0:0:2:0:0:0:3]").serialized == "[1:0:0:2::3]");
    CHECK(parse_special_host("a..b").kind == HostResult::Kind::Domain);
    CHECK_FALSE(parse_special_host("").ok());
    CHECK_FALSE(parse_special_host("1.2.3.4.5").ok());
    CHECK_FALSE(parse_special_host("[::1").ok());
}
