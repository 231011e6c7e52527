// test_content_answers.cpp: "answers first" in the content format: every topic opens with 2-4
// cited key points within their words, then at most one main picture, then details that are
// never empty; questions, contacts (a phone or an address, sourced like any claim) and timelines;
// the same in every language.
#include "test_content_support.h"

#include "content/evidence.h"
#include "content/loader.h"
#include "content/phone.h"
#include "content/rules.h"

using namespace factsheet::content;
using namespace content_test;

namespace {
constexpr int kChanges = 3, kHelp = 4;  // the fixture's topic and practical sections
std::string section(int s) { return "/sections/" + std::to_string(s); }
std::string block(int s, int b) { return section(s) + "/blocks/" + std::to_string(b); }
json evidence_fixture() { return json::parse(read_text(source_path("tests/fixtures/small.evidence.json"))); }
}  // namespace

TEST_CASE("answers: the fixture has key points, a folded section, a practical section and a reference section") {
    const LoadResult r = load(small_fixture());
    INFO(list_errors(r));
    REQUIRE(r.ok());
    const Section& changes = r.sheet.sections[kChanges];
    CHECK(changes.kind == SectionKind::Topic);
    CHECK(changes.summary_end() == 2);  // the key points and the timeline after them
    CHECK(changes.folds());
    const Section& help = r.sheet.sections[kHelp];
    CHECK(help.kind == SectionKind::Practical);
    CHECK(help.summary_end() == 1);  // no picture: the question and contact are the details
    CHECK(r.sheet.sections[1].kind == SectionKind::Reference);
    CHECK_FALSE(r.sheet.sections[1].folds());
    CHECK(r.sheet.find_block("help-desk").section == kHelp);
    CHECK(r.sheet.find_block("help-desk").block == 2);
    CHECK(r.sheet.find_block("nope").section == -1);
    const Block& desk = help.blocks[2];
    CHECK(desk.phone == "1-800-555-0199");
    CHECK(desk.url == "https://www.example.org/library/help");
}

TEST_CASE("answers: a topic opens with its key points, and only there") {
    json doc = small_fixture();
    doc["sections"][kChanges]["blocks"].erase(0);
    check_has_error(load(doc), block(kChanges, 0), "expected the section to open with its key points");
    doc = small_fixture();
    doc["sections"][kChanges]["blocks"].push_back(doc["sections"][kChanges]["blocks"][0]);
    doc["sections"][kChanges]["blocks"].back()["id"] = "again";
    check_has_error(load(doc), block(kChanges, 3), "expected key points only as a section's first block");
    // A reference section (the word list, "About") has none.
    doc = small_fixture();
    json kp = doc["sections"][kChanges]["blocks"][0];
    kp["id"] = "voices-points";
    doc["sections"][1]["blocks"].insert(doc["sections"][1]["blocks"].begin(), kp);
    check_has_error(load(doc), block(1, 0), "a reference section has no key points");
}

TEST_CASE("answers: the details are never empty") {
    json doc = small_fixture();
    doc["sections"][kChanges]["blocks"].erase(2);  // the key points and the main picture alone
    check_has_error(load(doc), block(kChanges, 0).substr(0, block(kChanges, 0).rfind('/')), "expected details after the key points");
    doc = small_fixture();
    doc["sections"][kHelp]["blocks"].erase(2);
    doc["sections"][kHelp]["blocks"].erase(1);
    check_has_error(load(doc), section(kHelp) + "/blocks", "a section's details are never empty");
}

TEST_CASE("answers: two to four key points, each cited and short") {
    const std::string items = block(kChanges, 0) + "/items";
    json doc = small_fixture();
    doc["sections"][kChanges]["blocks"][0]["items"].erase(1);
    check_has_error(load(doc), items, "at least 2");
    doc = small_fixture();
    for (int i = 0; i < 3; ++i) doc["sections"][kChanges]["blocks"][0]["items"].push_back("More.[^S1]");
    check_has_error(load(doc), items, "expected 2 to 4 key points, found 5");
    doc = small_fixture();
    doc["sections"][kChanges]["blocks"][0]["items"][0] = "The library opened in 1998.";
    check_single_error(load(doc), items + "/0", "every key point cites its source");
    // English: at most 20 words; a number counts as a word, a citation marker does not.
    doc = small_fixture();
    doc["sections"][kChanges]["blocks"][0]["items"][0] =
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen 18 19 20.[^S1]";
    CHECK(load(doc).ok());
    doc["sections"][kChanges]["blocks"][0]["items"][0] =
        "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen 18 19 20 21.[^S1]";
    check_single_error(load(doc), items + "/0", "a key point of 21 words (expected at most 20");
    // Spanish: at most 24.
    doc["lang"] = "es";
    CHECK(load(doc).ok());
}

TEST_CASE("answers: the key points of a whole English sheet stay within 900 words") {
    json doc = small_fixture();
    const std::string twenty = "aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp qq rr ss tt.[^S1]";
    json section = doc["sections"][kChanges];
    for (int s = 0; s < 12; ++s) {  // 12 sections of 4 x 20 words, with the fixture's own: over 900
        json copy = section;
        copy["id"] = "more-" + std::to_string(s);
        for (json& b : copy["blocks"]) b["id"] = b["id"].get<std::string>() + "-" + std::to_string(s);
        copy["blocks"][0]["items"] = json::array({twenty, twenty, twenty, twenty});
        doc["sections"].push_back(copy);
    }
    check_single_error(load(doc), "/sections", "the key points of the whole sheet have");
    doc["lang"] = "es";  // Spanish has no total of its own
    CHECK(load(doc).ok());
}

TEST_CASE("answers: one practical section at most") {
    json doc = small_fixture();
    doc["sections"][kChanges]["kind"] = "practical";
    check_single_error(load(doc), section(kHelp) + "/kind", "a second practical section");
    doc["sections"][kChanges]["kind"] = "chapter";
    check_has_error(load(doc), section(kChanges) + "/kind", "expected one of");
}

TEST_CASE("answers: a question has its question and its answer; a contact a phone or an address") {
    json doc = small_fixture();
    doc["sections"][kHelp]["blocks"][1].erase("question");
    check_single_error(load(doc), block(kHelp, 1) + "/question", "required field \"question\" is missing");
    const std::string desk = block(kHelp, 2);
    doc = small_fixture();
    doc["sections"][kHelp]["blocks"][2].erase("phone");
    doc["sections"][kHelp]["blocks"][2].erase("url");
    check_single_error(load(doc), desk, "a contact needs a \"phone\" or a \"url\"");
    for (const char* bad : {"call us", "555-01", "1-800-555-0199-1234567", "+1 800 +555 0199", "1-800-555-019x", "-1-800-555-0199"}) {
        doc = small_fixture();
        doc["sections"][kHelp]["blocks"][2]["phone"] = bad;
        INFO(bad);
        check_single_error(load(doc), desk + "/phone", "expected a phone number as readers write it");
    }
    doc = small_fixture();
    doc["sections"][kHelp]["blocks"][2]["url"] = "http://www.example.org/help";
    check_single_error(load(doc), desk + "/url", "expected an https:// address");
    doc = small_fixture();
    doc["sections"][kHelp]["blocks"][2]["text"] = "Open on weekdays.";
    check_single_error(load(doc), desk + "/text", "a contact's number and address are claims");
}

TEST_CASE("answers: phone numbers as readers write them, and the tel: address that dials them") {
    CHECK(is_phone("1-888-351-4024"));
    CHECK(is_phone("+1 (800) 898-7180"));
    CHECK(is_phone("(209) 757-3733"));
    CHECK_FALSE(is_phone(""));
    CHECK_FALSE(is_phone("911"));
    CHECK_FALSE(is_phone("1-888-351-4024 ext. 2"));
    CHECK(tel_url("1-888-351-4024") == "tel:+18883514024");
    CHECK(tel_url("(209) 757-3733") == "tel:+12097573733");
    CHECK(tel_url("+52 55 1234 5678") == "tel:+525512345678");
    CHECK(tel_url("9233-4567") == "tel:92334567");
    CHECK(tel_url("javascript:alert(1)").empty());
    CHECK(phone_digits("1-888-351-4024") == "18883514024");
}

TEST_CASE("answers: words are counted as the plain-language stage counts them") {
    CHECK(count_words("ICE arrested more than 2,200 people in one day.") == 9);
    CHECK(count_words("  la niña — y él  ") == 4);  // a dash alone is no word
    CHECK(count_words("") == 0);
}

TEST_CASE("answers: a timeline's events are dated, labelled, cited and in order") {
    const std::string events = block(kChanges, 1) + "/events";
    json doc = small_fixture();
    doc["sections"][kChanges]["blocks"][1]["events"][1]["date"] = "1997";
    check_single_error(load(doc), events + "/1/date", "expected the events in date order");
    doc = small_fixture();
    doc["sections"][kChanges]["blocks"][1]["events"][1]["id"] = "opened";
    check_single_error(load(doc), events + "/1/id", "duplicate event id");
    doc = small_fixture();
    doc["sections"][kChanges]["blocks"][1]["events"][0]["text"] = "It opened.";
    check_single_error(load(doc), events + "/0/text", "every event cites its source");
    doc = small_fixture();
    doc["sections"][kChanges]["blocks"][1]["events"].erase(1);
    check_has_error(load(doc), events, "at least 2");
    doc = small_fixture();
    doc["sections"][kChanges]["blocks"][1]["events"][0]["label"] = std::string(41, 'x');
    check_single_error(load(doc), events + "/0/label", "at most 40");
}

TEST_CASE("answers: a contact's number and address are sourced: a passage at it holds them") {
    const LoadResult sheet = load(small_fixture());
    REQUIRE(sheet.ok());
    auto errors_with = [&](const std::string& passage, const std::string& read_at) {
        json doc = evidence_fixture();
        for (json& e : doc["evidence"])
            if (e["at"] == "help-desk") {
                e["passage"] = passage;
                e["url"] = read_at;
            }
        const EvidenceResult ev = load_evidence(doc.dump());
        REQUIRE(ev.ok());
        std::vector<std::string> out;
        for (const EvidenceError& e : check_evidence(ev.evidence, {&sheet.sheet})) out.push_back(e.error.path + " " + e.error.message);
        return out;
    };
    CHECK(errors_with("Call 1-800-555-0199, or see www.example.org/library/help.", "https://library.example.org/about").empty());
    // Without the country code, in another layout: still the number.
    CHECK(errors_with("Call (800) 555 0199.", "https://www.example.org/library/help").empty());
    const auto wrong = errors_with("Call 1-800-555-0198 on weekdays.", "https://library.example.org/about");
    REQUIRE(wrong.size() == 2);
    CHECK(wrong[0].find(block(kHelp, 2) + "/phone no passage at \"help-desk\" holds the number 1-800-555-0199") == 0);
    CHECK(wrong[1].find(block(kHelp, 2) + "/url no passage at \"help-desk\" names www.example.org") == 0);
}

TEST_CASE("answers: every language has the same kinds, key points, numbers, addresses and events") {
    const json en = small_fixture();
    auto parity = [&](const json& other) { return parity_errors(en, other); };
    json es = as_translation(en, "es");
    CHECK(parity(es).empty());
    json other = es;
    other["sections"][kChanges]["kind"] = "topic";
    other["sections"][kHelp]["blocks"][2]["phone"] = "+1 (800) 555-0199";  // the same number, written otherwise
    CHECK(parity(other).empty());
    other = es;
    other["sections"][kHelp]["blocks"][2]["phone"] = "1-800-555-0198";
    auto e = parity(other);
    REQUIRE(e.size() == 1);
    CHECK(e[0].path == block(kHelp, 2) + "/phone");
    other = es;
    other["sections"][kHelp]["blocks"][2]["url"] = "https://www.example.org/library/other";
    e = parity(other);
    REQUIRE(e.size() == 1);
    CHECK(e[0].path == block(kHelp, 2) + "/url");
    other = es;
    other["sections"][kChanges]["blocks"][1]["events"][1]["date"] = "2022-04-01";
    e = parity(other);
    REQUIRE(e.size() == 1);
    CHECK(e[0].path == block(kChanges, 1) + "/events/1/date");
    other = es;
    other["sections"][kChanges]["blocks"][0]["items"].push_back("Also this.[^S1]");
    e = parity(other);
    REQUIRE(e.size() == 1);
    CHECK(e[0].path == block(kChanges, 0) + "/items");
    other = es;
    other["sections"][kHelp]["kind"] = "topic";
    e = parity(other);
    REQUIRE(e.size() == 1);
    CHECK(e[0].path == section(kHelp) + "/kind");
}
