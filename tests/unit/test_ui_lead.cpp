// test_ui_lead.cpp: the canvas starts from its content file's lead (the sections' key points and
// main pictures, without their details) and takes the whole sheet after its first frame: the
// lead is a valid sheet of its own, much smaller; details opened meanwhile say they are loading;
// when the whole sheet arrives the reader stays at her line, and a link into the details that
// waited for them goes there. The picture runtime starts from the lead too.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "content/evidence.h"
#include "ui/picture_view.h"
#include "ui_fixture.h"

namespace {

using factsheet::content::load_sheet;

bool laid_out(const factsheet::ui::App& app, const std::string& needle) {
    for (const auto& t : app.document().texts)
        if (t.text.find(needle) != std::string::npos) return true;
    return false;
}

// Whether a block is laid out on the page.
bool has_block(const factsheet::ui::App& app, const std::string& id) {
    for (const auto& b : app.document().blocks)
        if (b.id == id) return true;
    return false;
}

int section_index(const factsheet::content::Sheet& sheet, const std::string& id) {
    for (std::size_t i = 0; i < sheet.sections.size(); ++i)
        if (sheet.sections[i].id == id) return static_cast<int>(i);
    return -1;
}

}  // namespace

TEST_CASE("the lead: each language's sheet without its details, valid on its own and well under the whole's bytes") {
    for (const auto& l : test::data_languages()) {
        CAPTURE(l.lang);
        const auto built = test::shipped_content_apart(l.lang);
        const auto whole = load_sheet(built.sheet);
        const auto lead = load_sheet(built.lead);
        REQUIRE(whole.ok());
        REQUIRE(lead.ok());
        CHECK_FALSE(whole.sheet.details_later());
        CHECK(lead.sheet.details_later());
        CHECK(built.lead.size() * 3 < built.sheet.size() * 2);
        REQUIRE(lead.sheet.sections.size() == whole.sheet.sections.size());
        for (std::size_t i = 0; i < whole.sheet.sections.size(); ++i) {
            const auto& w = whole.sheet.sections[i];
            const auto& s = lead.sheet.sections[i];
            CAPTURE(w.id);
            CHECK(s.id == w.id);
            CHECK(s.folds() == w.folds());
            CHECK(s.details_later == w.folds());
            // What a reader sees before a tap is all there, the same.
            REQUIRE(s.blocks.size() == w.summary_end());
            for (std::size_t b = 0; b < s.blocks.size(); ++b) CHECK(s.blocks[b].id == w.blocks[b].id);
        }
        // Every source, in its place: a citation's number (its source's place in the list) is the
        // same in the lead, the whole sheet and the page.
        REQUIRE(lead.sheet.sources.size() == whole.sheet.sources.size());
        for (std::size_t i = 0; i < whole.sheet.sources.size(); ++i) CHECK(lead.sheet.sources[i].id == whole.sheet.sources[i].id);
        std::set<std::string> cited;
        for (const auto& c : factsheet::content::citations(lead.sheet)) cited.insert(c.source_id);
        CHECK(cited.size() < whole.sheet.sources.size());  // the details cite the others
    }
}

TEST_CASE("the lead: details_later only where the build leaves details out") {
    const auto built = test::shipped_content_apart("en");
    auto root = nlohmann::json::parse(built.sheet);
    // On a section that still has its details: refused, with the reason.
    root["sections"][1]["details_later"] = true;
    auto r = load_sheet(root.dump());
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors[0].path == "/sections/1/details_later");
    CHECK(r.errors[0].message.find("lead file") != std::string::npos);
    // On a reference section (nothing folds there): refused too.
    root = nlohmann::json::parse(built.lead);
    const int glossary = section_index(load_sheet(built.sheet).sheet, "glossary");
    REQUIRE(glossary >= 0);
    root["sections"][glossary]["details_later"] = true;
    CHECK_FALSE(load_sheet(root.dump()).ok());
}

TEST_CASE("the canvas from its lead: details opened meanwhile say Loading; the whole sheet keeps the reader at her line") {
    const auto built = test::shipped_content_apart("en");
    const auto whole = load_sheet(built.sheet).sheet;
    test::HeadlessApp h(390, 844, 3, test::Content{built.lead});
    REQUIRE(h.app.content_ok());
    REQUIRE(h.app.sheet().details_later());
    REQUIRE(whole.sections[1].folds());
    const std::string detail = whole.sections[1].blocks[whole.sections[1].summary_end()].id;

    // The first section's details, opened before they arrived: "Loading…" in their place.
    h.app.set_details_open(1, true);
    h.settle();
    CHECK(laid_out(h.app, h.app.sheet().ui_text("loading")));
    CHECK_FALSE(has_block(h.app, detail));

    // The reader reads further down, a little into a later section's key points.
    h.app.jump_to_section("smartlink", false);
    h.settle();
    h.app.wheel(60, h.t);
    h.settle();
    const auto before = h.app.place();
    const float offset_before = h.app.scroll_offset();
    REQUIRE_FALSE(before.id.empty());

    // Another language's file, or nonsense, changes nothing.
    CHECK_FALSE(h.app.set_details(test::shipped_content_apart("es").sheet));
    CHECK_FALSE(h.app.set_details("{}"));
    CHECK(h.app.sheet().details_later());

    REQUIRE(h.app.set_details(built.sheet));
    h.settle();
    CHECK_FALSE(h.app.sheet().details_later());
    CHECK(has_block(h.app, detail));  // the open details are there now
    CHECK_FALSE(laid_out(h.app, h.app.sheet().ui_text("loading")));
    CHECK(h.app.details_open(1));
    const auto after = h.app.place();
    CHECK(after.id == before.id);
    CHECK(after.fraction == doctest::Approx(before.fraction).epsilon(0.02));
    CHECK(h.app.scroll_offset() > offset_before + 200);  // the details above her grew; she did not move
    CHECK(h.app.sheet().sources.size() == whole.sources.size());
    // Once whole, the sheet takes no second helping.
    CHECK_FALSE(h.app.set_details(built.sheet));
}

TEST_CASE("the canvas from its lead: a link into the details waits for them, then goes there") {
    const auto built = test::shipped_content_apart("en");
    const auto whole = load_sheet(built.sheet).sheet;
    const auto& section = whole.sections[2];
    REQUIRE(section.folds());
    const std::string block = section.blocks.back().id;
    test::HeadlessApp h(390, 844, 3, test::Content{built.lead});
    h.app.jump_to_section(block, false);
    h.settle();
    CHECK(h.app.scroll_offset() == 0);  // nowhere to go yet: the page stays
    REQUIRE(h.app.set_details(built.sheet));
    h.settle();
    CHECK(h.app.details_open(2));
    CHECK(h.app.current_section() == section.id);
    bool on_screen = false;
    for (const auto& b : h.app.document().blocks)
        if (b.id == block) on_screen = b.y >= h.app.scroll_offset() && b.y < h.app.scroll_offset() + 844;
    CHECK(on_screen);
}

TEST_CASE("the picture runtime from its lead: the main pictures at once, those in the details once the whole sheet comes") {
    const auto built = test::shipped_content_apart("en");
    const auto whole = load_sheet(built.sheet).sheet;
    std::string main_picture, detail_picture;
    for (const auto& s : whole.sections)
        for (std::size_t b = 0; b < s.blocks.size(); ++b) {
            if (!factsheet::content::is_picture(s.blocks[b])) continue;
            std::string& id = b < s.summary_end() ? main_picture : detail_picture;
            if (id.empty()) id = s.blocks[b].id;
        }
    REQUIRE_FALSE(main_picture.empty());
    REQUIRE_FALSE(detail_picture.empty());

    factsheet::ui::PictureSet set;
    REQUIRE(set.set_fonts(test::read_bytes(std::string(FACTSHEET_FONT_DIR) + "/NotoSans-Regular.ttf"),
                          test::read_bytes(std::string(FACTSHEET_FONT_DIR) + "/NotoSans-Bold.ttf")));
    REQUIRE(set.set_content(built.lead));
    factsheet::ui::PictureView first(set, main_picture);
    CHECK(first.ok());
    const float h = first.layout(390, 1, 2);
    CHECK(h > 0);
    CHECK_FALSE(factsheet::ui::PictureView(set, detail_picture).ok());  // its details are not here yet

    CHECK_FALSE(set.set_details(test::shipped_content_apart("es").sheet));  // another language: nothing changes
    CHECK_FALSE(factsheet::ui::PictureView(set, detail_picture).ok());
    REQUIRE(set.set_details(built.sheet));
    factsheet::ui::PictureView later(set, detail_picture);
    CHECK(later.ok());
    CHECK(later.layout(390, 1, 2) > 0);
    // The view made from the lead still draws its own picture, at the same height.
    CHECK(first.ok());
    CHECK(first.layout(390, 1, 2) == doctest::Approx(h));
    CHECK_FALSE(set.set_details(built.sheet));  // whole already
}
