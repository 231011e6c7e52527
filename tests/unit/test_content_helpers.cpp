// test_content_helpers.cpp: the small pieces the loader and renderer rely on: UTF-8, dates,
// addresses, citation markers, number formatting.
#include "test_content_support.h"

#include "content/date.h"
#include "content/rich_text.h"
#include "content/url.h"
#include "content/utf8.h"

using namespace factsheet::content;

TEST_CASE("helpers: UTF-8 well-formedness") {
    CHECK(find_invalid_utf8("plain ascii") == std::string_view::npos);
    CHECK(find_invalid_utf8("Espa\xC3\xB1ol \xE2\x89\x88 \xF0\x9F\x93\x8A") == std::string_view::npos);
    CHECK(find_invalid_utf8("ab\x80") == 2);              // stray continuation byte
    CHECK(find_invalid_utf8("a\xC0\xAF") == 1);           // overlong "/"
    CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);        // surrogate U+D800
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);    // above U+10FFFF
    CHECK(find_invalid_utf8("ok\xE2\x89") == 2);          // truncated at the end
    CHECK(count_code_points("Espa\xC3\xB1ol") == 7);
    CHECK(quote_excerpt("a\nb\"c") == "\"a\\u{A}b\\\"c\"");
    CHECK(quote_excerpt(std::string(50, 'x'), 5) == "\"xxxxx...\"");
}

TEST_CASE("helpers: dates and leap years") {
    Date d;
    std::string why;
    CHECK(parse_date("2000-02-29", d, why));  // divisible by 400: leap
    CHECK_FALSE(parse_date("1900-02-29", d, why));  // divisible by 100: not leap
    CHECK(parse_date("2100-12-31", d, why));
    CHECK(parse_date("1900", d, why));
    CHECK(d.year == 1900);
    CHECK_FALSE(parse_date("2021-5", d, why));
    CHECK_FALSE(parse_date("２０２１", d, why));  // full-width digits are not digits
    Date a, b, c;
    REQUIRE(parse_date("2021", a, why));
    REQUIRE(parse_date("2021-01", b, why));
    REQUIRE(parse_date("2021-01-01", c, why));
    CHECK(compare_dates(a, b) < 0);
    CHECK(compare_dates(b, c) < 0);
    CHECK(compare_dates(c, c) == 0);
}

TEST_CASE("helpers: https addresses and their host") {
    std::string why;
    CHECK(check_https_url("https://www.ice.gov/doclib/detention/FY2021.pdf", why));
    CHECK(check_https_url("https://example.org", why));
    CHECK_FALSE(check_https_url("https://example.org/a\tb", why));
    CHECK(url_host("https://WWW.Example.org:8443/path?x#y") == "www.example.org");
    CHECK(url_host("https://example.org") == "example.org");
    CHECK(url_host("http://example.org/") == "");
}

TEST_CASE("helpers: citation markers split text and keep malformed ones visible") {
    std::vector<std::string> problems;
    RichText t = parse_rich_text("A.[^S1] B.[^S22][^S3]", problems);
    CHECK(problems.empty());
    REQUIRE(t.size() == 5);
    CHECK(t[0].text == "A.");
    CHECK(t[1].source_id == "S1");
    CHECK(t[2].text == " B.");
    CHECK(t[3].source_id == "S22");
    CHECK(t[4].source_id == "S3");
    CHECK(plain_text(t) == "A. B.");

    problems.clear();
    t = parse_rich_text("Open [^S1 and [^] and [x] and a^b", problems);
    CHECK(problems.size() == 2);
    REQUIRE(t.size() == 1);
    CHECK(t[0].text == "Open [^S1 and [^] and [x] and a^b");  // nothing the writer typed disappears
}
