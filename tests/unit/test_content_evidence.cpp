// test_content_evidence.cpp: data/evidence.json's checks, one test per kind of error (missing,
// orphaned, too long, undated, unknown source), the bundle the app reads, and the passages in
// the HTML rendition.
#include "test_content_support.h"

#include "content/evidence.h"
#include "html/html.h"

using namespace factsheet::content;
using namespace factsheet::html;
using namespace content_test;

namespace {

json small_evidence() { return json::parse(read_text(source_path("tests/fixtures/small.evidence.json"))); }

Sheet small_sheet() {
    const LoadResult r = load(small_fixture());
    REQUIRE(r.ok());
    return r.sheet;
}

std::vector<EvidenceError> check(const json& evidence_doc) {
    const EvidenceResult ev = load_evidence(evidence_doc.dump());
    REQUIRE(ev.ok());
    const Sheet sheet = small_sheet();
    return check_evidence(ev.evidence, {&sheet});
}

void check_single(const std::vector<EvidenceError>& errors, const std::string& path, const std::string& part, int sheet) {
    std::string all;
    for (const auto& e : errors) all += "  " + format_error(e.error) + "\n";
    INFO("errors:\n" << all);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].error.path == path);
    CHECK(errors[0].error.message.find(part) != std::string::npos);
    CHECK(errors[0].sheet == sheet);
}

void check_single_load_error(const json& evidence_doc, const std::string& path, const std::string& part) {
    const EvidenceResult ev = load_evidence(evidence_doc.dump());
    std::string all;
    for (const auto& e : ev.errors) all += "  " + format_error(e) + "\n";
    INFO("errors:\n" << all);
    REQUIRE(ev.errors.size() == 1);
    CHECK(ev.errors[0].path == path);
    CHECK(ev.errors[0].message.find(part) != std::string::npos);
}

}  // namespace

TEST_CASE("evidence: every citation of the fixture has its passage") {
    CHECK(check(small_evidence()).empty());
}

TEST_CASE("evidence: places are named the same way for every kind of block") {
    std::vector<std::string> places;
    for (const Citation& c : citations(small_sheet())) places.push_back(c.at + " " + c.source_id);
    const std::vector<std::string> expected = {
        "intro S1", "intro S2", "loans S2", "services/2 S3", "librarian S3", "note-hours S1",
        "visits/adults/2023-04 S2", "visits/adults/2023-05 S2", "visits/children/2023-05 S2",
        "visits/children/2023-05 S3", "visits/children/2023-06 S3", "visits/note S2", "opening-day/open S1",
        "opening-day/night-return S2", "opening-day/night-return S3", "opening-day/rumour S2", "opening-day/note S3",
        // Key points and question steps like list items; timeline events like diagram items; a
        // question's answer and a contact like a paragraph.
        "changes-key-points/1 S1", "changes-key-points/2 S3", "history/opened S1", "history/tools S3", "history/note S1",
        "changes-more S2", "help-key-points/1 S1", "help-key-points/2 S2", "help-card S1", "help-card/1 S1",
        "help-card/2 S2", "help-desk S1"};
    CHECK(places == expected);
}

TEST_CASE("evidence: a citation without a passage is an error at the citation") {
    json doc = small_evidence();
    for (std::size_t i = 0; i < doc["evidence"].size(); ++i) {
        if (doc["evidence"][i]["at"] == "services/2") doc["evidence"].erase(i);
    }
    check_single(check(doc), "/sections/0/blocks/2/items/1", "the citation of S3 at \"services/2\" has no passage", 0);
}

TEST_CASE("evidence: a passage that supports no citation is an error at the passage") {
    json doc = small_evidence();
    json extra = doc["evidence"][0];
    extra["source"] = "S3";  // the fixture's intro cites S1 and S2 only
    doc["evidence"].push_back(extra);
    const std::string path = "/evidence/" + std::to_string(doc["evidence"].size() - 1);
    check_single(check(doc), path, "this passage supports no citation: no sheet cites S3 at \"intro\"", -1);
    doc["evidence"].back()["source"] = "S1";
    doc["evidence"].back()["at"] = "no-such-block";
    check_single(check(doc), path, "no sheet cites S1 at \"no-such-block\"", -1);
}

TEST_CASE("evidence: a passage over 300 characters is refused") {
    json doc = small_evidence();
    doc["evidence"][0]["passage"] = std::string(301, 'a');
    check_single_load_error(doc, "/evidence/0/passage", "too long: 301 characters (expected at most 300)");
    doc["evidence"][0]["passage"] = std::string(300, 'a');
    CHECK(load_evidence(doc.dump()).ok());
}

TEST_CASE("evidence: an undated passage is refused, and so is a date without its day") {
    json doc = small_evidence();
    doc["evidence"][0].erase("checked");
    check_single_load_error(doc, "/evidence/0/checked", "required field \"checked\" is missing");
    doc["evidence"][0]["checked"] = "2026-12";
    check_single_load_error(doc, "/evidence/0/checked", "expected a full date as YYYY-MM-DD");
}

TEST_CASE("evidence: a passage of an unknown source is an error") {
    json doc = small_evidence();
    doc["evidence"].push_back(doc["evidence"][0]);
    doc["evidence"].back()["source"] = "S9";
    const std::string path = "/evidence/" + std::to_string(doc["evidence"].size() - 1);
    check_single(check(doc), path + "/source", "unknown source \"S9\"", -1);
    doc["evidence"].back()["source"] = "source nine";
    check_single_load_error(doc, path + "/source", "expected a source id such as \"S26\"");
}

TEST_CASE("evidence: where it was read and its language are required") {
    json doc = small_evidence();
    doc["evidence"][1].erase("url");
    check_single_load_error(doc, "/evidence/1/url", "required field \"url\" is missing");
    doc = small_evidence();
    doc["evidence"][1]["url"] = "javascript:alert(1)";
    check_single_load_error(doc, "/evidence/1/url", "invalid address");
    doc = small_evidence();
    doc["evidence"][1]["lang"] = "EN_us";
    check_single_load_error(doc, "/evidence/1/lang", "expected a language tag such as \"en\" or \"es-419\"");
    doc = small_evidence();
    doc["evidence"][1]["where"] = "";
    check_single_load_error(doc, "/evidence/1/where", "expected text, found an empty string");
}

TEST_CASE("evidence: the bundle carries the cited passages and loads as a sheet") {
    const std::string text = small_fixture().dump();
    const EvidenceResult ev = load_evidence(small_evidence().dump());
    json doc = small_evidence();
    doc["evidence"].push_back(doc["evidence"][0]);
    doc["evidence"].back()["at"] = "cited-only-in-another-language";
    const EvidenceResult with_other = load_evidence(doc.dump());
    const std::string bundled = bundle(text, small_sheet(), with_other.evidence);
    const LoadResult r = load_sheet(bundled);
    INFO(list_errors(r));
    REQUIRE(r.ok());
    CHECK(r.sheet.evidence.size() == ev.evidence.size());  // the other language's passage stays out
    const auto found = r.sheet.passages("services/2", "S3");
    REQUIRE(found.size() == 1);
    CHECK(found[0]->passage.find("services/2") != std::string::npos);
    CHECK(found[0]->checked.text == "2026-12-01");
    // A bundle that lacks a cited passage does not load: the app would have nothing to show.
    json broken = json::parse(bundled);
    broken["evidence"].erase(0);
    check_has_error(load(broken), "/sections/0/blocks/0/text", "the citation of S1 at \"intro\" has no passage");
}

TEST_CASE("evidence: the HTML source list quotes each passage in its language, with the place it supports") {
    const LoadResult r = load_sheet(bundle(small_fixture().dump(), small_sheet(), load_evidence(small_evidence().dump()).evidence));
    REQUIRE(r.ok());
    const std::string html = render_html(r.sheet);
    const std::size_t s3 = html.find("<li id=\"src-S3\">");
    REQUIRE(s3 != std::string::npos);
    const std::string item = html.substr(s3, html.find("</li>", s3) - s3);
    CHECK(item.find("<details class=\"evidence-list\"><summary>What the source says (8)</summary>") != std::string::npos);
    CHECK(item.find("<blockquote lang=\"en\" cite=\"https://library.example.org/about\"><p>The Example Town library "
                    "(fixture text for services/2).</p></blockquote>") != std::string::npos);
    CHECK(item.find("<figcaption>Supports: <a href=\"#services\">Overview</a>") != std::string::npos);
    CHECK(item.find("checked <time datetime=\"2026-12-01\">Dec 1, 2026</time>") != std::string::npos);
    // S3 is cited at eight places (a list item, a quote, two chart points, a diagram item, a note,
    // a key point and a timeline event).
    std::size_t n = 0;
    for (std::size_t at = item.find("<blockquote"); at != std::string::npos; at = item.find("<blockquote", at + 1)) ++n;
    CHECK(n == 8);
    // Without evidence the page has no evidence markup at all.
    CHECK(render_html(small_sheet()).find("evidence") == std::string::npos);
}

TEST_CASE("evidence: a source cited at a place in one language but not the other is an error") {
    const EvidenceResult ev = load_evidence(small_evidence().dump());
    REQUIRE(ev.ok());
    json other = as_translation(small_fixture(), "es");
    other["sections"][0]["blocks"][0]["text"] = "La biblioteca abrió en 1998.[^S1] Presta libros y herramientas.[^S1]";
    const LoadResult b = load(other);
    REQUIRE(b.ok());
    const Sheet a = small_sheet();
    check_single(check_evidence(ev.evidence, {&a, &b.sheet}), "/sections/0/blocks/0/text",
                 "S2 is cited at \"intro\" here but not in the es sheet", 0);
}
