// test_content_errors.cpp: one test per kind of validation error: the exact JSON pointer and the
// words a writer needs (what was expected, what was found).
#include "test_content_support.h"

#include "content/rules.h"

using namespace factsheet::content;
using namespace content_test;

namespace {

// The fixture's text with one substring replaced (for errors a json value cannot express).
std::string fixture_text_with(const std::string& from, const std::string& to) {
    std::string text = small_fixture().dump();
    const std::size_t at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, "fixture lacks " << from);
    return text.replace(at, from.size(), to);
}

json& chart_point(json& doc, int series, int point) { return doc["sections"][2]["blocks"][0]["series"][series]["points"][point]; }

}  // namespace

TEST_CASE("errors: JSON syntax error names line, column and byte") {
    const LoadResult r = load_sheet("{\n  \"format\": 1,\n  \"lang\": \"en\",,\n}");
    check_single_error(r, "", "invalid JSON at line 3, column 16 (byte 32)");
    CHECK(r.errors[0].message.find("syntax error") != std::string::npos);
    check_single_error(load_sheet(small_fixture().dump().substr(0, 200)), "", "invalid JSON at line 1");
    check_single_error(load_sheet(""), "", "invalid JSON");
}

TEST_CASE("errors: invalid UTF-8 names the byte") {
    const std::string text = fixture_text_with("Example Town library", "Example \xC3\x28 library");
    const LoadResult r = load_sheet(text);
    check_single_error(r, "", "invalid UTF-8 at line 1 (byte " + std::to_string(text.find('\xC3')) + ", 0xC3)");
    // Encoded surrogates and overlong forms are ill-formed too.
    check_single_error(load_sheet(fixture_text_with("Example Town library", "\xED\xA0\x80")), "", "invalid UTF-8");
    check_single_error(load_sheet(fixture_text_with("Example Town library", "\xC0\xAF")), "", "invalid UTF-8");
}

TEST_CASE("errors: the top level must be an object") {
    check_single_error(load_sheet("[]"), "", "expected the fact sheet (an object), found an empty array");
}

TEST_CASE("errors: wrong type names what was expected and found") {
    json doc = small_fixture();
    doc["meta"]["title"] = 7;
    check_single_error(load(doc), "/meta/title", "expected text of at most 120 characters, found the number 7");
    doc = small_fixture();
    doc["sections"][0]["blocks"][3]["ordered"] = "yes";
    check_single_error(load(doc), "/sections/0/blocks/3/ordered", "expected true or false, found the string \"yes\"");
    doc = small_fixture();
    doc["ui"]["menu"] = nullptr;
    check_single_error(load(doc), "/ui/menu", "expected the interface text (a string), found null");
    doc = small_fixture();
    doc["sections"][0]["blocks"][2]["items"][1] = json::array();
    check_single_error(load(doc), "/sections/0/blocks/2/items/1", "found an empty array");
    doc = small_fixture();
    doc["sections"][1] = "voices";
    check_has_error(load(doc), "/sections/1", "expected a section (an object), found the string \"voices\"");
}

TEST_CASE("errors: a missing required field is named") {
    json doc = small_fixture();
    doc["meta"].erase("subtitle");
    check_single_error(load(doc), "/meta/subtitle", "required field \"subtitle\" is missing");
    doc = small_fixture();
    doc["sections"][0]["blocks"][1].erase("as_of");
    check_single_error(load(doc), "/sections/0/blocks/1/as_of", "required field \"as_of\" is missing (expected a date");
    doc = small_fixture();
    chart_point(doc, 0, 0).erase("sources");
    check_single_error(load(doc), "/sections/2/blocks/0/series/0/points/0/sources", "required field \"sources\" is missing");
}

TEST_CASE("errors: each unknown field is reported") {
    json doc = small_fixture();
    doc["extra"] = true;
    doc["sections"][0]["blocks"][0]["colour"] = "red";
    doc["sources"][0]["note"] = "x";
    const LoadResult r = load(doc);
    INFO(list_errors(r));
    CHECK(r.errors.size() == 3);
    check_has_error(r, "/extra", "unknown field \"extra\"");
    check_has_error(r, "/sections/0/blocks/0/colour", "unknown field \"colour\" (expected only \"id\", \"type\", \"text\")");
    check_has_error(r, "/sources/0/note", "unknown field \"note\"");
    // Keys with "/" or "~" are escaped in the pointer (RFC 6901).
    doc = small_fixture();
    doc["meta"]["a/b~c"] = 1;
    check_single_error(load(doc), "/meta/a~1b~0c", "unknown field \"a/b~c\"");
}

TEST_CASE("errors: a field allowed for another block type is unknown here") {
    json doc = small_fixture();
    doc["sections"][0]["blocks"][0]["sources"] = json::array({"S1"});  // paragraphs cite inline
    check_single_error(load(doc), "/sections/0/blocks/0/sources", "unknown field \"sources\"");
}

TEST_CASE("errors: ids must match their pattern") {
    json doc = small_fixture();
    doc["sections"][0]["id"] = "Over view";
    check_single_error(load(doc), "/sections/0/id", "expected an id of lowercase letters, digits and hyphens");
    doc = small_fixture();
    doc["sections"][0]["blocks"][0]["id"] = "-intro";
    check_single_error(load(doc), "/sections/0/blocks/0/id", "found the string \"-intro\"");
    doc = small_fixture();
    doc["sections"][0]["blocks"][1]["sources"][0] = "s2";
    check_has_error(load(doc), "/sections/0/blocks/1/sources/0", "expected a source id such as \"S26\", found the string \"s2\"");
    doc = small_fixture();
    doc["ui"]["Back-To-Top"] = "Top";
    check_single_error(load(doc), "/ui/Back-To-Top", "expected a ui key of lowercase letters, digits and _");
    doc = small_fixture();
    doc["sections"][0]["id"] = std::string(max_id_length + 1, 'a');
    check_single_error(load(doc), "/sections/0/id", "at most 64 characters");
}

TEST_CASE("errors: ids must be unique") {
    json doc = small_fixture();
    doc["sections"][1]["id"] = "overview";
    check_single_error(load(doc), "/sections/1/id", "duplicate id \"overview\", already used at /sections/0/id");
    doc = small_fixture();
    doc["sections"][1]["blocks"][0]["id"] = "intro";  // blocks: unique across the whole file
    check_single_error(load(doc), "/sections/1/blocks/0/id", "duplicate id \"intro\", already used at /sections/0/blocks/0/id");
    doc = small_fixture();
    doc["sections"][1]["blocks"][0]["id"] = "numbers";  // a block may not take a section's anchor
    check_single_error(load(doc), "/sections/2/id", "duplicate id \"numbers\", already used at /sections/1/blocks/0/id");
    doc = small_fixture();
    doc["sections"][2]["blocks"][0]["series"][1]["id"] = "adults";
    check_single_error(load(doc), "/sections/2/blocks/0/series/1/id", "duplicate series id \"adults\"");
    doc = small_fixture();
    doc["sources"][2]["id"] = "S2";
    const LoadResult r = load(doc);
    check_has_error(r, "/sources/2/id", "duplicate source id \"S2\", already listed at /sources/1");
}

TEST_CASE("errors: the sources anchor is reserved for the page") {
    json doc = small_fixture();
    doc["sections"][0]["id"] = "sources";
    check_single_error(load(doc), "/sections/0/id", "id \"sources\" is reserved");
}

TEST_CASE("errors: every cited source must exist") {
    json doc = small_fixture();
    doc["sections"][1]["blocks"][0]["sources"] = json::array({"S3", "S99"});
    const LoadResult r = load(doc);
    check_single_error(r, "/sections/1/blocks/0/sources/1", "");
    CHECK(r.errors[0].message == "unknown source \"S99\" (expected an id listed in /sources)");
    doc = small_fixture();
    doc["sections"][0]["blocks"][0]["text"] = "Opened in 1998.[^S42]";
    check_has_error(load(doc), "/sections/0/blocks/0/text", "unknown source \"S42\" in citation marker [^S42]");
    doc = small_fixture();
    doc["sections"][1]["blocks"][0]["sources"] = json::array({"S3", "S3"});
    check_single_error(load(doc), "/sections/1/blocks/0/sources/1", "source \"S3\" is listed twice");
}

TEST_CASE("errors: every source must be cited") {
    json doc = small_fixture();
    doc["sources"].push_back({{"id", "S4"}, {"publisher", "P"}, {"title", "Unused"}, {"date", "2020"}});
    check_single_error(load(doc), "/sources/3", "source \"S4\" is never cited");
}

TEST_CASE("errors: malformed citation markers") {
    json doc = small_fixture();
    auto text_error = [&](const std::string& text, const std::string& part) {
        doc = small_fixture();
        doc["sections"][0]["blocks"][0]["text"] = text + " Opened in 1998.[^S1][^S2]";
        check_single_error(load(doc), "/sections/0/blocks/0/text", part);
    };
    text_error("Unclosed [^S1 marker.", "citation marker \"[^S1\" is not closed");
    text_error("Ends with [^", "citation marker \"[^\" is not closed");
    text_error("Empty [^] marker.", "empty citation marker \"[^]\"");
    text_error("Lower case [^s1].", "malformed citation marker \"[^s1]\"");
    text_error("Hyphen [^S-1].", "malformed citation marker \"[^S-1]\"");
    doc = small_fixture();
    doc["sections"][0]["blocks"][0]["text"] = "[^S1][^S2]";
    check_single_error(load(doc), "/sections/0/blocks/0/text", "expected words besides the citation markers");
}

TEST_CASE("errors: markers are refused in plain text fields") {
    json doc = small_fixture();
    doc["meta"]["title"] = "Example[^S1]";
    check_single_error(load(doc), "/meta/title", "expected plain text, found a citation marker");
}

TEST_CASE("errors: addresses must be well-formed https") {
    auto url_error = [](const std::string& url, const std::string& part) {
        json doc = small_fixture();
        doc["sources"][0]["url"] = url;
        CAPTURE(url);
        check_single_error(load(doc), "/sources/0/url", part);
    };
    url_error("http://www.example.org/", "only https:// addresses are allowed");
    url_error("javascript:alert(1)", "only https:// addresses are allowed");
    url_error("HTTPS://www.example.org/", "only https:// addresses are allowed");
    url_error("https://www.example.org/a b", "a space or control character");
    url_error("https://www.example.org/\"onmouseover=\"x", "cannot appear in an address: \"");
    url_error("https://www.example.org/<script>", "cannot appear in an address: <");
    url_error("https://www.example.org/caf\xC3\xA9", "non-ASCII character");
    url_error("https://trusted.example@evil.example/", "a user@ part");
    url_error("https:///path", "no host");
    url_error("https://localhost/", "not a public domain name");
    url_error("https://www..example.org/", "not a valid domain name");
    url_error("https://www.example.org:99999/", "an invalid port");
    url_error("https://www.example.org/100%", "a % not followed by two hex digits");
    url_error("https://www.example.org/" + std::string(500, 'a'), "too long");
    json doc = small_fixture();
    doc["sources"][0]["url"] = "https://www.example.org:8443/a%20b?q=1&r=2#part";
    CHECK(load(doc).ok());
}

TEST_CASE("errors: lengths are counted in characters, not bytes") {
    json doc = small_fixture();
    doc["meta"]["title"] = std::string(121, 'x');
    check_single_error(load(doc), "/meta/title", "too long: 121 characters (expected at most 120)");
    std::string accented;
    for (int i = 0; i < 120; ++i) accented += "\xC3\xA9";  // 120 characters, 240 bytes
    doc["meta"]["title"] = accented;
    CHECK(load(doc).ok());
    doc = small_fixture();
    doc["sections"][0]["blocks"][1]["value"] = std::string(41, '9');
    check_single_error(load(doc), "/sections/0/blocks/1/value", "expected at most 40");
    doc = small_fixture();
    doc["sections"][0]["blocks"][0]["text"] = std::string(1996, 'w') + "[^S1]";  // markers count too
    check_single_error(load(doc), "/sections/0/blocks/0/text", "too long: 2001 characters");
}

TEST_CASE("errors: empty and control characters in text") {
    json doc = small_fixture();
    doc["sections"][0]["title"] = "";
    check_single_error(load(doc), "/sections/0/title", "expected text, found an empty string");
    doc["sections"][0]["title"] = "   ";
    check_single_error(load(doc), "/sections/0/title", "found only spaces");
    doc["sections"][0]["title"] = "Over\nview";
    check_single_error(load(doc), "/sections/0/title", "control character U+000A at character 5");
    doc["sections"][0]["title"] = std::string("Over\0view", 9);
    check_single_error(load(doc), "/sections/0/title", "control character U+0000");
}

TEST_CASE("errors: dates must be real and in range") {
    auto date_error = [](const std::string& date, const std::string& part) {
        json doc = small_fixture();
        doc["sources"][0]["date"] = date;
        CAPTURE(date);
        check_single_error(load(doc), "/sources/0/date", part);
    };
    date_error("2021-13", "month 13 does not exist");
    date_error("2021-00", "month 00 does not exist");
    date_error("2023-02-29", "day 29 does not exist in 2023-02");
    date_error("2021-04-31", "day 31 does not exist");
    date_error("1899", "year 1899 is out of range");
    date_error("2101-01-01", "year 2101 is out of range");
    date_error("21-05", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"21-05\"");
    date_error("2021/05/01", "expected a date as YYYY");
    date_error("May 2021", "expected a date as YYYY");
    json doc = small_fixture();
    doc["meta"]["reviewed"] = "2026-11";
    check_single_error(load(doc), "/meta/reviewed", "expected a full date as YYYY-MM-DD, found \"2026-11\"");
    doc["meta"]["reviewed"] = 2026;
    check_single_error(load(doc), "/meta/reviewed", "found the number 2026");
}

TEST_CASE("errors: chart values must be finite and positive") {
    auto value_error = [](const json& value, const std::string& part) {
        json doc = small_fixture();
        chart_point(doc, 0, 1)["value"] = value;
        CAPTURE(value.dump());
        check_single_error(load(doc), "/sections/2/blocks/0/series/0/points/1/value", part);
    };
    value_error(0, "expected a finite number greater than 0, found the number 0");
    value_error(-5.5, "found the number -5.5");
    value_error("950", "expected a number greater than 0, found the string \"950\"");
    value_error(true, "found true");
    // 1e999 is valid JSON syntax but no double holds it: refused where it is read.
    const std::string text = fixture_text_with("950.5", "1e999");
    check_single_error(load_sheet(text), "", "number overflow parsing '1e999'");
}

TEST_CASE("errors: enums name the allowed values") {
    json doc = small_fixture();
    chart_point(doc, 0, 1)["qualifier"] = "roughly";
    check_single_error(load(doc), "/sections/2/blocks/0/series/0/points/1/qualifier",
                       "expected one of \"exact\", \"about\", \"more_than\", \"less_than\", found the string \"roughly\"");
    doc = small_fixture();
    doc["sections"][2]["blocks"][0]["kind"] = "pie";
    check_single_error(load(doc), "/sections/2/blocks/0/kind", "expected one of \"bar\", \"line\", found the string \"pie\"");
    doc = small_fixture();
    doc["sections"][0]["blocks"][0]["type"] = "table";
    check_single_error(load(doc), "/sections/0/blocks/0/type", "expected one of \"paragraph\", \"figure\"");
    doc = small_fixture();
    doc["lang"] = "english";  // a language's name, not its tag
    check_single_error(load(doc), "/lang", "expected a language tag such as \"en\" or \"es-419\", found the string \"english\"");
}

TEST_CASE("errors: format must be 1") {
    json doc = small_fixture();
    doc["format"] = 2;
    check_single_error(load(doc), "/format", "unsupported format: expected the number 1, found the number 2");
    doc["format"] = "1";
    check_single_error(load(doc), "/format", "found the string \"1\"");
    doc.erase("format");
    check_single_error(load(doc), "/format", "required field \"format\" is missing");
}

TEST_CASE("errors: required ui keys and their placeholders") {
    json doc = small_fixture();
    doc["ui"].erase("menu");
    check_single_error(load(doc), "/ui/menu", "required ui key \"menu\" is missing");
    doc = small_fixture();
    doc["ui"]["as_of"] = "as of";
    check_single_error(load(doc), "/ui/as_of", "expected the placeholder {date} in this text, found \"as of\"");
    doc = small_fixture();
    doc["ui"]["leaving_to"] = "Leaving to {dominio}";
    check_single_error(load(doc), "/ui/leaving_to", "expected the placeholder {domain}");
    doc = small_fixture();
    doc["ui"]["extra_key"] = "Allowed";  // more keys are fine (parity checks them)
    CHECK(load(doc).ok());
}

TEST_CASE("errors: arrays that need items") {
    json doc = small_fixture();
    doc["sections"][0]["blocks"][1]["sources"] = json::array();
    check_single_error(load(doc), "/sections/0/blocks/1/sources", "expected an array of at least 1 item, found an empty array");
    doc = small_fixture();
    doc["sections"] = json::array();
    check_has_error(load(doc), "/sections", "expected an array of at least 1 item");
    doc = small_fixture();
    doc["sections"][2]["blocks"][0]["series"][1]["points"] = json::object();
    check_has_error(load(doc), "/sections/2/blocks/0/series/1/points", "found an empty object");
}

TEST_CASE("errors: chart points go in time order") {
    json doc = small_fixture();
    chart_point(doc, 1, 1)["date"] = "2023-05";
    check_single_error(load(doc), "/sections/2/blocks/0/series/1/points/1/date",
                       "expected a date after \"2023-05\" (points go in time order, one per date)");
}

TEST_CASE("errors: duplicate keys in an object") {
    const std::string text = fixture_text_with("\"title\":\"Example Town library\"",
                                               "\"title\":\"Example Town library\",\"title\":\"Other\"");
    check_single_error(load_sheet(text), "/meta/title", "duplicate key \"title\"");
}

TEST_CASE("errors: nesting is bounded") {
    const std::string deep = "{\"sections\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
    const LoadResult r = load_sheet(deep);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("nesting is deeper than 32 levels") != std::string::npos);
}

TEST_CASE("errors: all errors are collected, up to a cap") {
    json doc = small_fixture();
    doc["meta"]["title"] = 1;
    doc["sections"][0]["blocks"][1]["as_of"] = "2021-13";
    doc["sources"][0]["url"] = "http://www.example.org/";
    const LoadResult r = load(doc);
    INFO(list_errors(r));
    CHECK(r.errors.size() == 3);
    check_has_error(r, "/meta/title", "expected text");
    check_has_error(r, "/sections/0/blocks/1/as_of", "month 13");
    check_has_error(r, "/sources/0/url", "https");

    doc = small_fixture();
    for (int i = 0; i < 300; ++i) doc["meta"]["x" + std::to_string(i)] = i;
    const LoadResult many = load(doc);
    REQUIRE(many.errors.size() == max_errors + 1);
    CHECK(many.errors.back().message == "too many errors; stopped after 200");
}

TEST_CASE("errors: oversized input is refused before parsing") {
    const LoadResult r = load_sheet(std::string(max_file_bytes + 1, ' '));
    check_single_error(r, "", "file too large");
}

TEST_CASE("errors: format_error puts the path first") {
    CHECK(format_error({"/sections/2/blocks/0/sources/1", "unknown source"}) == "/sections/2/blocks/0/sources/1: unknown source");
    CHECK(format_error({"", "invalid JSON"}) == "invalid JSON");
}
