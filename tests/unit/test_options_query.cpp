// test_options_query.cpp: the address as URLSearchParams and decodeURIComponent read it
// (src/options/query.h, uri_component.h, js_string.h).
#include <doctest/doctest.h>

#include <string>

#include "options/js_string.h"
#include "options/query.h"
#include "options/uri_component.h"
#include "options/utf8.h"

using namespace factsheet::options;

TEST_CASE("a query splits on & and its first =, drops one leading ?, and skips empty pieces") {
    const Query q = Query::parse("?embed=1&&section=smartlink&x=a=b&flag&=v");
    REQUIRE(q.params().size() == 5);
    CHECK(q.params()[0] == Param{"embed", "1"});
    CHECK(q.params()[1] == Param{"section", "smartlink"});
    CHECK(q.params()[2] == Param{"x", "a=b"});
    CHECK(q.params()[3] == Param{"flag", ""});
    CHECK(q.params()[4] == Param{"", "v"});
    CHECK(Query::parse("??a=1").params()[0].name == "?a");
    CHECK(Query::parse("").params().empty());
}

TEST_CASE("'+' is a space, %2B a plus") {
    const Query q = Query::parse("cta_label=Firme+la+carta&sum=1%2B1");
    CHECK(q.get("cta_label") == "Firme la carta");
    CHECK(q.get("sum") == "1+1");
}

TEST_CASE("a malformed percent escape stays as written") {
    const Query q = Query::parse("a=%zz&b=%4&c=%&d=%%41&e=%4g");
    CHECK(q.get("a") == "%zz");
    CHECK(q.get("b") == "%4");
    CHECK(q.get("c") == "%");
    CHECK(q.get("d") == "%A");
    CHECK(q.get("e") == "%4g");
}

TEST_CASE("escaped bytes that are not UTF-8 read as U+FFFD, one per ill-formed sequence") {
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(Query::parse("o=Coalici%C3%B3n").get("o") == "Coalici\xC3\xB3n");
    CHECK(Query::parse("v=%C3%28").get("v") == fffd + "(");
    CHECK(Query::parse("v=%ED%A0%80").get("v") == fffd + fffd + fffd);  // a surrogate: three
    CHECK(Query::parse("v=%E2%82").get("v") == fffd);                   // a truncated sequence: one
    CHECK(Query::parse("v=%F4%90%80%80").get("v") == fffd + fffd + fffd + fffd);
    // Raw bytes too (a page's text is UTF-8), and a raw character next to a bad escape.
    CHECK(Query::parse("v=\xFF").get("v") == fffd);
    CHECK(Query::parse("v=\xC3\xA9%E9").get("v") == "\xC3\xA9" + fffd);
}

TEST_CASE("of duplicate keys, get() takes the first; set() keeps its place and drops the rest") {
    Query q = Query::parse("theme=dark&lang=es&theme=light");
    CHECK(q.get("theme") == "dark");
    CHECK(q.count("theme") == 2);
    q.set("theme", "auto");
    CHECK(q.to_string() == "theme=auto&lang=es");
    q.remove("lang");
    CHECK_FALSE(q.has("lang"));
    q.set("text", "150");
    CHECK(q.to_string() == "theme=auto&text=150");
    CHECK_FALSE(Query::parse("a=1").get("b").has_value());
}

TEST_CASE("toString writes what URLSearchParams writes, and reads back the same") {
    const Query q = Query::parse("cta=https%3A%2F%2Fexample.org%2Fact&cta_label=Firme la carta&o=Coalici%C3%B3n&s=*-._~!");
    CHECK(q.to_string() ==
          "cta=https%3A%2F%2Fexample.org%2Fact&cta_label=Firme+la+carta&o=Coalici%C3%B3n&s=*-._%7E%21");
    CHECK(Query::parse(q.to_string()) == q);
}

TEST_CASE("decodeURIComponent: every escape decoded, a malformed one is an error") {
    CHECK(decode_uri_component("alternative%2Dor%2Daddition") == "alternative-or-addition");
    CHECK(decode_uri_component("a+b%20c") == "a+b c");  // '+' stays
    CHECK(decode_uri_component("%e2%82%ac") == "\xE2\x82\xAC");
    CHECK(decode_uri_component("%F0%9F%98%80") == "\xF0\x9F\x98\x80");
    CHECK_FALSE(decode_uri_component("%").has_value());
    CHECK_FALSE(decode_uri_component("%4").has_value());
    CHECK_FALSE(decode_uri_component("%zz").has_value());
    CHECK_FALSE(decode_uri_component("%E9").has_value());           // a lead byte alone
    CHECK_FALSE(decode_uri_component("%80").has_value());           // a continuation byte first
    CHECK_FALSE(decode_uri_component("%E2%82").has_value());        // truncated
    CHECK_FALSE(decode_uri_component("%E2%82x").has_value());
    CHECK_FALSE(decode_uri_component("%C0%80").has_value());        // overlong
    CHECK_FALSE(decode_uri_component("%ED%A0%80").has_value());     // a surrogate
    CHECK_FALSE(decode_uri_component("%F4%90%80%80").has_value());  // above U+10FFFF
    CHECK_FALSE(decode_uri_component("%F8%80%80%80").has_value());
    CHECK(encode_uri_component("a b/\xC3\xA9!") == "a%20b%2F%C3%A9!");
}

TEST_CASE("the JavaScript string helpers count and trim as JavaScript does") {
    CHECK(utf16_length("abc") == 3);
    CHECK(utf16_length("\xC3\xA9") == 1);
    CHECK(utf16_length("\xF0\x9F\x98\x80") == 2);  // an emoji is two UTF-16 units
    CHECK(js_trim("\xC2\xA0 Join\t\xE2\x80\x83") == "Join");  // NBSP, space, tab, em space
    CHECK(js_trim("\xE2\x80\x8BJoin") == "\xE2\x80\x8BJoin");  // zero-width space is not white space
    CHECK(js_trim(" \n ").empty());
    CHECK(json_string("a\"b\\c\n\x01\x7F") == "\"a\\\"b\\\\c\\n\\u0001\x7F\"");
    const std::string emoji = "\xF0\x9F\x98\x80";
    CHECK(js_quoted("abc", 2) == "\"ab\"");
    CHECK(js_quoted("a" + emoji, 2) == "\"a\\ud83d\"");  // slice() cuts the pair; stringify escapes the half
    CHECK(utf8_decode("\xEF\xBB\xBFx") == "\xEF\xBB\xBFx");  // a BOM stays
}
