// test_translation_note.cpp: every file but the original says how it was translated, and the sheet
// shows it in that language: at the top while no native speaker has reviewed it, and in About.
#include "test_content_support.h"
#include "ui_fixture.h"

#include "html/html.h"
#include "present/words.h"

using namespace factsheet::content;
using namespace content_test;

namespace {

Sheet loaded(const json& doc) {
    const LoadResult r = load(doc);
    const std::string first_error = r.errors.empty() ? std::string() : format_error(r.errors[0]);
    INFO(first_error);
    REQUIRE(r.ok());
    return r.sheet;
}

// The fixture's last section as the sheet's About (the one that says how the sheet was made).
json with_about(json doc) {
    doc["sections"].back()["id"] = about_section_id;
    return doc;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

const std::string kNotReviewed = "A native speaker has not yet reviewed this translation.";

}  // namespace

TEST_CASE("translation: the original has none, every other file says who translated it and from what") {
    const Sheet en = loaded(small_fixture());
    const Sheet es = loaded(as_translation(small_fixture(), "es"));
    CHECK(check_original(en).empty());
    CHECK(check_translation(en, es).empty());

    const Sheet unsaid = loaded([] { json d = small_fixture(); d["lang"] = "es"; return d; }());
    const auto missing = check_translation(en, unsaid);
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].path == "/meta/translation");
    CHECK(missing[0].message.find("whether a native speaker has reviewed it") != std::string::npos);

    json wrong = as_translation(small_fixture(), "es");
    wrong["meta"]["translation"]["from"] = "fr";
    const auto from = check_translation(en, loaded(wrong));
    REQUIRE(from.size() == 1);
    CHECK(from[0].path == "/meta/translation/from");

    const auto original = check_original(es);
    REQUIRE(original.size() == 1);
    CHECK(original[0].path == "/meta/translation");
}

TEST_CASE("translation: the review is stated, never assumed") {
    json doc = as_translation(small_fixture(), "es");
    doc["meta"]["translation"].erase("native_review");
    LoadResult r = load(doc);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "/meta/translation/native_review");

    doc = as_translation(small_fixture(), "es");
    doc["meta"]["translation"]["native_review"] = "yes";
    r = load(doc);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "/meta/translation/native_review");

    doc = as_translation(small_fixture(), "es");
    doc["meta"]["translation"]["reviewer"] = "someone";
    r = load(doc);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == "/meta/translation/reviewer");
}

TEST_CASE("translation: the HTML page says it at the top until reviewed, and always in About") {
    const json base = with_about(small_fixture());
    const std::string original = factsheet::html::render_html(loaded(base));
    CHECK(count(original, "class=\"translation\"") == 0);

    const Sheet unreviewed = loaded(as_translation(base, "es"));
    const std::string page = factsheet::html::render_html(unreviewed);
    CHECK(count(page, "Translated from English by the test. " + kNotReviewed) == 2);
    // First under the subtitle, before the contents; then at the end of About.
    const std::size_t top = page.find("class=\"translation\"");
    CHECK(top < page.find("id=\"contents_heading\""));
    const std::size_t about = page.find("<section id=\"about\"");
    REQUIRE(about != std::string::npos);
    CHECK(page.find("class=\"translation\"", top + 1) > about);

    json reviewed_doc = as_translation(base, "es");
    reviewed_doc["meta"]["translation"]["native_review"] = true;
    const std::string reviewed = factsheet::html::render_html(loaded(reviewed_doc));
    CHECK(count(reviewed, kNotReviewed) == 0);
    CHECK(count(reviewed, "A native speaker has reviewed this translation.") == 1);
    CHECK(reviewed.find("class=\"translation\"") > reviewed.find("<section id=\"about\""));
}

TEST_CASE("translation: the canvas says it under the title and in About, in the sheet's language") {
    const Sheet es = load_sheet(test::read_file(test::data_file("es.json"))).sheet;
    REQUIRE(es.meta.translation);
    CHECK_FALSE(es.meta.translation->native_review);  // no native speaker has reviewed it yet
    const std::string note = factsheet::present::translation_note(es);
    REQUIRE(!note.empty());

    test::HeadlessApp h(390, 844, 2, "es");
    h.settle();
    const auto& doc = h.app.document();
    // The note's first words, where the layout broke it into lines.
    const std::string start = note.substr(0, note.find(' ', 12));
    std::vector<float> at;
    for (const auto& t : doc.texts) {
        if (t.text.rfind(start, 0) == 0) at.push_back(t.y);
    }
    REQUIRE(at.size() == 2);
    CHECK(at[0] < doc.contents_y);
    float about_y = -1;
    for (const auto& a : doc.anchors) {
        if (a.id == about_section_id) about_y = a.y;
    }
    REQUIRE(about_y > 0);
    CHECK(at[1] > about_y);

    test::HeadlessApp original(390, 844, 2, "en");
    original.settle();
    for (const auto& t : original.app.document().texts) CHECK(t.text.find("native speaker") == std::string::npos);
}
