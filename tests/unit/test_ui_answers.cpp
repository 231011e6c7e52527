// test_ui_answers.cpp: answers first, in the app: a section shows its key points and main
// picture, its details behind one tap ("Read the details"), opened by a deep link into them or
// "Show all details"; a contact's number dials; Print offers the one-page key points; a timeline
// is a picture whose events each tell their date, words and source.
#include <doctest/doctest.h>

#include <string>

#include "ui_fixture.h"

namespace {

using factsheet::ui::ActionKind;

// The small fixture (tests/fixtures/small.json) built like a shipped content file.
test::Content fixture_content() {
    const std::string text = test::read_file(std::string(FACTSHEET_SOURCE_DIR) + "/tests/fixtures/small.json");
    const auto sheet = factsheet::content::load_sheet(text);
    REQUIRE(sheet.ok());
    const auto evidence =
        factsheet::content::load_evidence(test::read_file(std::string(FACTSHEET_SOURCE_DIR) + "/tests/fixtures/small.evidence.json"));
    REQUIRE(evidence.ok());
    return {factsheet::content::bundle(text, sheet.sheet, evidence.evidence, {{"en", "English"}})};
}

bool laid_out(const factsheet::ui::App& app, const std::string& needle) {
    for (const auto& t : app.document().texts)
        if (t.text.find(needle) != std::string::npos) return true;
    return false;
}
bool drawn(const factsheet::ui::App& app, const std::string& needle) {
    for (const std::string& t : app.last_texts())
        if (t.find(needle) != std::string::npos) return true;
    return false;
}
void tap_label(test::HeadlessApp& h, const std::string& label) {
    const auto* hit = h.hit(label);
    REQUIRE_MESSAGE(hit != nullptr, "no tap target " << label);
    h.tap(hit->x + hit->w / 2, hit->y + hit->h / 2);
}
// Jumps to a place and lets the page settle there.
void go(test::HeadlessApp& h, const std::string& id) {
    h.app.jump_to_section(id, false);
    h.settle();
}

}  // namespace

TEST_CASE("answers: a section shows its key points and main picture; its details open and close with one tap") {
    test::HeadlessApp h(390, 844, 3, fixture_content());
    CHECK(laid_out(h.app, "The library opened in 1998."));  // a key point
    CHECK_FALSE(laid_out(h.app, "More changes are planned."));  // a detail, folded
    CHECK_FALSE(laid_out(h.app, "What if I lose my card?"));
    int toggles = 0;
    for (const auto& t : h.app.document().targets) toggles += t.action == ActionKind::ToggleDetails;
    CHECK(toggles == 2);  // the two sections that fold; the reference sections show everything
    CHECK(h.app.document().pictures.size() == 3);  // the chart, the diagram and the timeline (a main picture)

    go(h, "changes");
    const float before = h.app.scroll_offset();
    tap_label(h, "Read the details");
    CHECK(h.app.details_open(3));
    CHECK(laid_out(h.app, "More changes are planned."));
    CHECK(h.app.scroll_offset() == doctest::Approx(before));  // what is above the button stays put
    CHECK(h.hit("Hide the details") != nullptr);
    tap_label(h, "Hide the details");
    CHECK_FALSE(h.app.details_open(3));
    CHECK_FALSE(laid_out(h.app, "More changes are planned."));
}

TEST_CASE("answers: a deep link or a jump into a detail opens it there") {
    test::HeadlessApp h(390, 844, 3, fixture_content());
    h.app.set_content(fixture_content().json, "help-desk");
    h.settle();
    CHECK(h.app.details_open(4));
    CHECK(drawn(h.app, "Help desk"));
    CHECK_FALSE(h.app.details_open(3));
    go(h, "changes-more");
    CHECK(h.app.details_open(3));
    CHECK(drawn(h.app, "More changes are planned."));
    // A key point is not in the details: nothing opens for it.
    h.app.set_all_details(false);
    h.settle();
    go(h, "help-key-points");
    CHECK_FALSE(h.app.details_open(4));
}

TEST_CASE("answers: Show all details in the menu, and key points only again") {
    test::HeadlessApp h(390, 844, 3, fixture_content());
    tap_label(h, "Menu");
    tap_label(h, "Show all details");
    CHECK(h.app.all_details_open());
    CHECK(laid_out(h.app, "More changes are planned."));
    CHECK(laid_out(h.app, "What if I lose my card?"));
    tap_label(h, "Menu");
    tap_label(h, "Show key points only");
    CHECK_FALSE(h.app.details_open(3));
    CHECK_FALSE(h.app.details_open(4));
}

TEST_CASE("answers: a contact's number dials, its address opens") {
    test::HeadlessApp h(390, 844, 3, fixture_content());
    go(h, "help-desk");
    tap_label(h, "Call 1-800-555-0199");
    REQUIRE_FALSE(h.host.urls.empty());
    CHECK(h.host.urls.back() == "tel:+18005550199");
    tap_label(h, "https://www.example.org/library/help");
    CHECK(h.host.urls.back() == "https://www.example.org/library/help");
}

TEST_CASE("answers: Print offers the key points on one page beside the whole sheet") {
    test::HeadlessApp h(390, 844, 3, fixture_content());
    tap_label(h, "Menu");
    tap_label(h, "Print");
    CHECK(h.app.open_card() == factsheet::ui::App::Card::Print);
    CHECK(h.hit("The whole fact sheet") != nullptr);
    tap_label(h, "Key points (one page)");
    REQUIRE(h.host.prints.size() == 1);
    CHECK(h.host.prints[0].key_points_only);
    CHECK(h.host.prints[0].address == h.host.address(""));
    CHECK(h.host.prints[0].qr_svg.rfind("<svg", 0) == 0);
    CHECK(h.app.open_card() == factsheet::ui::App::Card::None);
    tap_label(h, "Menu");
    tap_label(h, "Print");
    tap_label(h, "The whole fact sheet");
    REQUIRE(h.host.prints.size() == 2);
    CHECK_FALSE(h.host.prints[1].key_points_only);
}

TEST_CASE("answers: a timeline draws its events; a tap tells one's date, words and source") {
    test::HeadlessApp h(390, 844, 3, fixture_content());
    go(h, "changes");
    h.settle();
    CHECK(drawn(h.app, "The library opens"));
    CHECK(drawn(h.app, "Tools on loan"));
    const auto* mark = h.hit("Mar 1, 2022: Tools on loan");
    REQUIRE(mark != nullptr);
    h.tap(mark->x + mark->w / 2, mark->y + mark->h / 2);
    const auto* st = h.app.pictures().state("history");
    REQUIRE(st != nullptr);
    CHECK(st->selected == 1);
    CHECK(drawn(h.app, "Tools could be borrowed from March 2022."));
}

TEST_CASE("the menu scrolls where it is taller than a small phone's screen, and every entry is reachable") {
    for (float scale : {1.0f, 2.0f}) {
        test::HeadlessApp h(320, 568, 2, test::Content{test::shipped_content("en")});
        h.app.set_can_save_offline(true);  // as on the web
        h.app.set_text_scale(scale);
        h.settle();
        tap_label(h, "Menu");
        REQUIRE(h.app.menu_open());
        INFO("text scale " << scale);
        // Print, the last entry, is below the screen at first; a finger dragged up over the menu
        // brings it, and never taps.
        CHECK(h.hit("Print") == nullptr);
        for (int i = 0; i < 10 && !h.hit("Print"); ++i) {
            h.drag(160, 500, 250, 0.3);
            h.settle();
        }
        REQUIRE(h.hit("Print") != nullptr);
        CHECK(h.app.menu_open());
        CHECK(h.hit("Print")->y + h.hit("Print")->h <= 568.5f);  // on the screen, whole
        CHECK(h.hit(h.app.sheet().ui_text("details_all")) != nullptr);
        tap_label(h, "Print");
        CHECK(h.app.open_card() == factsheet::ui::App::Card::Print);
    }
}
