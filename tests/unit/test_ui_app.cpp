// test_ui_app.cpp: the headless app as a reader meets it: frames only on change, a tap jumps,
// a scroll never taps, a fling glides and stops, citations open their source, errors show.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "imgui.h"
#include "ui_fixture.h"

namespace {
bool drawn(const factsheet::ui::App& app, const std::string& needle) {
    for (const std::string& t : app.last_texts())
        if (t.find(needle) != std::string::npos) return true;
    return false;
}

// Scrolls until a citation marker is on screen and taps it; false when none was found.
bool tap_a_citation(test::HeadlessApp& h) {
    for (int i = 0; i < 40; ++i) {
        for (const auto& hit : h.app.last_hits())
            if (hit.label.find(':') != std::string::npos && hit.y > h.app.metrics().header_h + 10 &&
                hit.y + hit.h < 844 && hit.w < 100) {
                h.tap(hit.x + hit.w / 2, hit.y + hit.h / 2);
                return h.app.open_source() >= 0;
            }
        h.app.wheel(300, h.t);
        h.settle();
    }
    return false;
}

void tap_label(test::HeadlessApp& h, const std::string& label) {
    const auto* hit = h.hit(label);
    REQUIRE(hit != nullptr);
    h.tap(hit->x + hit->w / 2, hit->y + hit->h / 2);
}
}  // namespace

TEST_CASE("render on demand: no frames are wanted once the sheet has settled") {
    test::HeadlessApp h;
    CHECK_FALSE(h.app.wants_frame());
    const auto frames = h.app.frame_count();
    CHECK(frames > 0);
    CHECK(frames < 20);  // settles in a handful of frames, not a 60 fps loop
    // Input wakes it, and it settles again.
    h.app.pointer_move(100, 400, false, h.t);
    CHECK(h.app.wants_frame());
    CHECK(h.settle() < 10);
    CHECK_FALSE(h.app.wants_frame());
}

TEST_CASE("the title and the first section's heading are drawn") {
    test::HeadlessApp h;
    const auto& sheet = h.app.sheet();
    const std::string first_word = sheet.meta.title.substr(0, sheet.meta.title.find(' '));
    CHECK(drawn(h.app, first_word));
}

TEST_CASE("tapping a contents entry jumps to that section") {
    test::HeadlessApp h;
    const auto& sheet = h.app.sheet();
    REQUIRE(sheet.sections.size() >= 3);
    const auto& target = sheet.sections[2];
    // Scroll so the contents entry is on screen, then tap its centre.
    const auto* hit = h.hit(target.title);
    REQUIRE(hit != nullptr);
    h.tap(hit->x + hit->w / 2, hit->y + hit->h / 2);
    CHECK(h.app.current_section() == target.id);
    CHECK(h.app.scroll_offset() > 0);
    CHECK(std::find(h.host.sections.begin(), h.host.sections.end(), target.id) != h.host.sections.end());
}

TEST_CASE("a swipe scrolls, keeps gliding after release, stops, and never taps") {
    test::HeadlessApp h;
    const auto& sheet = h.app.sheet();
    const auto* hit = h.hit(sheet.sections[2].title);
    REQUIRE(hit != nullptr);
    // Start the swipe on a contents entry: it must scroll, not jump.
    const float x = hit->x + hit->w / 2, y = hit->y + hit->h / 2;
    h.drag(x, y, y - 300, 0.15, false);
    const float at_release = h.app.scroll_offset();
    CHECK(at_release == doctest::Approx(300).epsilon(0.05));
    h.app.pointer_up(x, y - 300, true, h.t);
    CHECK(h.app.scrolling());
    const auto frames_before = h.app.frame_count();
    const int glide = h.settle();
    CHECK(glide > 10);                          // momentum took frames to run out
    CHECK(h.app.scroll_offset() > at_release + 100);  // and carried the page on
    CHECK_FALSE(h.app.scrolling());
    CHECK_FALSE(h.app.wants_frame());           // then the frames stop
    CHECK(h.app.frame_count() > frames_before);
    CHECK(h.app.current_section() != sheet.sections[2].id);  // the entry under the finger did not fire
}

TEST_CASE("the wheel and Page Down scroll; Home returns to the top") {
    test::HeadlessApp h;
    h.app.wheel(400, h.t);
    h.settle();
    CHECK(h.app.scroll_offset() == doctest::Approx(400));
    h.app.key(ImGuiKey_PageDown, true, false, false, false, false);
    h.app.key(ImGuiKey_PageDown, false, false, false, false, false);
    h.settle();
    CHECK(h.app.scroll_offset() > 900);
    h.app.key(ImGuiKey_Home, true, false, false, false, false);
    h.settle();
    CHECK(h.app.scroll_offset() == 0);
}

TEST_CASE("tapping a citation marker shows its source, what it says there, and an Open source action") {
    test::HeadlessApp h;
    // Find a citation marker on screen: scroll until one is hit-testable.
    REQUIRE(tap_a_citation(h));
    const auto& src = h.app.sheet().sources[static_cast<size_t>(h.app.open_source())];
    CHECK(drawn(h.app, src.publisher.substr(0, src.publisher.find(' '))));
    // The passage of the source that supports this citation, under "What the source says".
    const auto passages = h.app.sheet().passages(h.app.open_place(), src.id);
    REQUIRE_FALSE(passages.empty());
    CHECK(drawn(h.app, h.app.sheet().ui_text("source_says")));
    const std::string& passage = passages[0]->passage;
    CHECK(drawn(h.app, passage.substr(0, std::min<size_t>(passage.find(' '), 12))));
    CHECK(drawn(h.app, passages[0]->where));
    if (!src.url.empty()) {
        const auto* open = h.hit(h.app.sheet().ui_text("open_source"));
        REQUIRE(open != nullptr);
        h.tap(open->x + open->w / 2, open->y + open->h / 2);
        REQUIRE(h.host.urls.size() == 1);
        CHECK(h.host.urls[0] == src.url);
    }
    const auto* close = h.hit(h.app.sheet().ui_text("close"));
    REQUIRE(close != nullptr);
    h.tap(close->x + close->w / 2, close->y + close->h / 2);
    CHECK(h.app.open_source() == -1);
}

TEST_CASE("content shipped without its passages: the first card asks the page for them, says so while they come, and shows them") {
    const auto en = test::shipped_content_apart("en");
    test::HeadlessApp h(390, 844, 3, test::Content{en.sheet});
    const auto& ui = h.app.sheet().ui;
    CHECK(h.app.passages() == factsheet::ui::App::Passages::Missing);
    CHECK(h.host.passages_asked.empty());  // nothing is fetched before a reader opens a source
    REQUIRE(tap_a_citation(h));
    REQUIRE(h.host.passages_asked == std::vector<std::string>{"en"});
    CHECK(drawn(h.app, ui.at("source_says")));
    CHECK(drawn(h.app, ui.at("loading")));
    // Another language's passages (a switch came between) are not this sheet's.
    CHECK_FALSE(h.app.set_passages("es", test::shipped_content_apart("es").passages));
    CHECK(h.app.passages() == factsheet::ui::App::Passages::Asked);
    // They could not be fetched: the card says so; the next card asks again.
    h.app.passages_failed();
    h.settle();
    CHECK(drawn(h.app, ui.at("source_says_unavailable").substr(0, 20)));
    CHECK_FALSE(drawn(h.app, ui.at("loading")));
    tap_label(h, ui.at("close"));
    CHECK(h.app.open_source() == -1);
    REQUIRE(tap_a_citation(h));
    CHECK(h.host.passages_asked.size() == 2);
    // They arrive while the card is open: it shows the passage for this citation.
    CHECK(h.app.set_passages("en", en.passages));
    h.settle();
    const auto& src = h.app.sheet().sources[static_cast<size_t>(h.app.open_source())];
    const auto passages = h.app.sheet().passages(h.app.open_place(), src.id);
    REQUIRE_FALSE(passages.empty());
    const std::string& passage = passages[0]->passage;
    CHECK(drawn(h.app, passage.substr(0, std::min<size_t>(passage.find(' '), 12))));
    CHECK(drawn(h.app, passages[0]->where));
    CHECK_FALSE(drawn(h.app, ui.at("loading")));
    CHECK(h.host.passages_asked.size() == 2);  // asked once per need, not per frame
    // The other language's content comes without them too: asked for again, in that language.
    h.app.set_content(test::shipped_content_apart("es").sheet);
    h.settle();
    CHECK(h.app.passages() == factsheet::ui::App::Passages::Missing);
}

TEST_CASE("passages that do not load lose nothing: the card says so and the sheet keeps working") {
    const auto en = test::shipped_content_apart("en");
    test::HeadlessApp h(390, 844, 3, test::Content{en.sheet});
    REQUIRE(tap_a_citation(h));
    for (const char* bad : {"", "{", "[]", "{\"format\":1,\"evidence\":[{\"source\":3}]}", "\xff\xfe"}) {
        CHECK_FALSE(h.app.set_passages("en", bad));
        CHECK(h.app.passages() == factsheet::ui::App::Passages::Failed);
        h.settle();
        CHECK(drawn(h.app, h.app.sheet().ui.at("source_says_unavailable").substr(0, 20)));
    }
    CHECK(h.app.content_ok());
    tap_label(h, h.app.sheet().ui.at("close"));
    CHECK(h.app.open_source() == -1);
}

TEST_CASE("the language switch asks the page for the other language and keeps the place") {
    test::HeadlessApp h;
    const auto* list = h.hit(h.app.sheet().ui_text("languages"));  // the header's language button
    REQUIRE(list != nullptr);
    h.tap(list->x + list->w / 2, list->y + list->h / 2);
    const auto* es = h.hit("Espa\xC3\xB1ol");
    REQUIRE(es != nullptr);
    h.tap(es->x + es->w / 2, es->y + es->h / 2);
    REQUIRE(h.host.languages.size() == 1);
    CHECK(h.host.languages[0] == "es");
    // The page loads es.json and hands it over; the reader stays at the same section.
    const auto& sheet = h.app.sheet();
    h.app.jump_to_section(sheet.sections[3].id, false);
    h.settle();
    CHECK(h.app.current_section() == sheet.sections[3].id);
    h.app.set_content(test::shipped_content("es"));
    h.settle();
    CHECK(h.app.sheet().lang == "es");
    CHECK(h.app.current_section() == h.app.sheet().sections[3].id);
    const auto* list_es = h.hit(h.app.sheet().ui_text("languages"));
    REQUIRE(list_es != nullptr);
    h.tap(list_es->x + list_es->w / 2, list_es->y + list_es->h / 2);
    CHECK(h.hit("English") != nullptr);
}

TEST_CASE("a deep link opens at its section; an unknown one opens at the top") {
    test::HeadlessApp h;
    h.app.set_content(test::read_file(test::data_file("en.json")), "smartlink");
    h.settle();
    CHECK(h.app.current_section() == "smartlink");
    CHECK(h.app.scroll_offset() > 0);
    h.app.set_content(test::read_file(test::data_file("en.json")), "no-such-section");
    h.settle();
    CHECK(h.app.scroll_offset() == 0);
}

TEST_CASE("handing over: the canvas opens at the block and the line the reader was at, with her open details") {
    // One reader, two screens: where one app is (a block inside open details, part way down it),
    // another app of another width is put, as the page hands the first paint's place over.
    test::HeadlessApp first(390, 844, 3);
    const auto& sheet = first.app.sheet();
    const auto& details_section = sheet.sections[1];
    REQUIRE(details_section.folds());
    const std::string inside = details_section.blocks[details_section.summary_end() + 1].id;
    first.app.jump_to_section(inside, false);
    first.settle();
    first.app.wheel(60, first.t);
    first.settle();
    const factsheet::ui::Place was = first.app.place();
    CHECK(was.id == inside);
    CHECK(was.fraction > 0.0f);
    CHECK(was.fraction < 1.0f);

    test::HeadlessApp second(320, 640, 2);
    CHECK(second.app.scroll_offset() == 0);
    const std::string also_open = sheet.sections[3].id;
    second.app.go_to_place(was, {also_open});
    second.settle();
    const factsheet::ui::Place now = second.app.place();
    CHECK(now.id == was.id);
    CHECK(now.fraction == doctest::Approx(was.fraction).epsilon(0.01));
    CHECK(second.app.details_open(1));  // the place lies in them
    CHECK(second.app.details_open(3));  // the reader had opened them
    CHECK_FALSE(second.app.details_open(2));
    CHECK(second.app.current_section() == details_section.id);

    // A section heading is a place too.
    second.app.go_to_place({sheet.sections[2].id, 0.5f}, {});
    second.settle();
    CHECK(second.app.place().id == sheet.sections[2].id);
    CHECK(second.app.place().fraction == doctest::Approx(0.5f).epsilon(0.01));

    // Above the first section there is none (the title and the contents); an unknown id changes
    // no place.
    test::HeadlessApp third;
    CHECK(third.app.place().id.empty());
    third.app.go_to_place({"no-such-block", 0.5f}, {});
    third.settle();
    CHECK(third.app.scroll_offset() == 0);
}

TEST_CASE("broken content shows an error screen that says what and where, and keeps running") {
    test::HeadlessApp h;
    CHECK_FALSE(h.app.set_content(R"({"format": 1, "lang": "en", "meta": 5})"));
    h.settle();
    CHECK_FALSE(h.app.content_ok());
    CHECK(drawn(h.app, "could not be loaded"));
    CHECK(drawn(h.app, "/meta"));
    CHECK_FALSE(h.app.wants_frame());
    // Good content afterwards recovers.
    CHECK(h.app.set_content(test::read_file(test::data_file("en.json"))));
    h.settle();
    CHECK(h.app.content_ok());
}

TEST_CASE("the menu changes text size within 100-200% and the layout reflows") {
    test::HeadlessApp h(320, 640, 2, "es");
    const auto& ui = h.app.sheet().ui;
    const float height_100 = h.app.document().height;
    const auto* menu = h.hit(ui.at("menu"));
    REQUIRE(menu != nullptr);
    h.tap(menu->x + menu->w / 2, menu->y + menu->h / 2);
    REQUIRE(h.app.menu_open());
    for (int i = 0; i < 6; ++i) {  // more presses than steps: it stops at 200%
        const auto* larger = h.hit(ui.at("text_larger"));
        REQUIRE(larger != nullptr);
        h.tap(larger->x + larger->w / 2, larger->y + larger->h / 2);
    }
    CHECK(h.app.text_scale() == doctest::Approx(2.0f));
    CHECK(h.app.document().height > height_100 * 1.6f);
    CHECK(h.app.document().widest <= 320.0f);
    CHECK(drawn(h.app, "200 %"));
    for (int i = 0; i < 6; ++i) {
        const auto* smaller = h.hit(ui.at("text_smaller"));
        REQUIRE(smaller != nullptr);
        h.tap(smaller->x + smaller->w / 2, smaller->y + smaller->h / 2);
    }
    CHECK(h.app.text_scale() == doctest::Approx(1.0f));
}

TEST_CASE("the reader's theme choice wins over the system's") {
    test::HeadlessApp h;
    h.app.set_system_dark(true);
    h.settle();
    CHECK(h.app.theme_id() == factsheet::ui::ThemeId::Dark);
    const auto& ui = h.app.sheet().ui;
    const auto* menu = h.hit(ui.at("menu"));
    h.tap(menu->x + menu->w / 2, menu->y + menu->h / 2);
    const auto* contrast = h.hit(ui.at("theme_contrast"));
    REQUIRE(contrast != nullptr);
    h.tap(contrast->x + contrast->w / 2, contrast->y + contrast->h / 2);
    CHECK(h.app.theme_id() == factsheet::ui::ThemeId::Contrast);
    h.app.set_system_dark(false);
    CHECK(h.app.theme_id() == factsheet::ui::ThemeId::Contrast);
}

TEST_CASE("Exit is on screen at every width and asks the page to leave; Share passes the section") {
    for (float w : {320.0f, 390.0f, 1280.0f}) {
        test::HeadlessApp h(w, 700, 2, "es");
        const auto& ui = h.app.sheet().ui;
        const auto* exit = h.hit(ui.at("exit"));
        REQUIRE(exit != nullptr);
        CHECK(exit->x + exit->w <= w);
        h.tap(exit->x + exit->w / 2, exit->y + exit->h / 2);
        CHECK(h.host.exits == 1);
    }
    test::HeadlessApp h;
    h.app.jump_to_section("smartlink", false);
    h.settle();
    const auto& ui = h.app.sheet().ui;
    const auto* menu = h.hit(ui.at("menu"));
    h.tap(menu->x + menu->w / 2, menu->y + menu->h / 2);
    const auto* share = h.hit(ui.at("share"));
    REQUIRE(share != nullptr);
    h.tap(share->x + share->w / 2, share->y + share->h / 2);
    REQUIRE(h.host.shares.size() == 1);
    CHECK(h.host.shares[0] == "smartlink");
    // The page reports back; the message shows, then leaves on a timer without frames between.
    h.app.notify("link_copied", h.t);
    h.settle();
    CHECK(drawn(h.app, ui.at("link_copied").substr(0, 4)));
    CHECK_FALSE(h.app.wants_frame());
    CHECK(h.app.next_wake() > h.t);
    h.t = h.app.next_wake() + 0.01;
    h.app.frame_due();
    h.settle();
    CHECK(h.app.toast().empty());
    CHECK(h.app.next_wake() < 0);
}

TEST_CASE("a contents jump is reported once, where it lands, as a jump (a history entry)") {
    test::HeadlessApp h;
    const auto& target = h.app.sheet().sections[4];
    const auto* entry = h.hit(target.title);
    REQUIRE(entry != nullptr);
    h.tap(entry->x + entry->w / 2, entry->y + entry->h / 2);
    REQUIRE(h.host.jumps.size() == 1);
    CHECK(h.host.jumps[0] == target.id);
    // Sections passed on the way were not reported.
    CHECK(std::count(h.host.sections.begin(), h.host.sections.end(), h.app.sheet().sections[2].id) == 0);
}

TEST_CASE("keyboard: Tab goes through the header, then the section list; Enter activates") {
    test::HeadlessApp h;
    auto press = [&](int key, bool shift = false) {
        h.app.key(key, true, shift, false, false, false);
        h.frame();
        h.app.key(key, false, shift, false, false, false);
        h.settle();
    };
    // Menu, language, Exit, then the first contents entry.
    for (int i = 0; i < 4; ++i) press(ImGuiKey_Tab);
    press(ImGuiKey_Enter);
    REQUIRE(h.host.jumps.size() == 1);
    CHECK(h.host.jumps[0] == h.app.sheet().sections[0].id);
    CHECK(h.host.exits == 0);
    CHECK(h.host.languages.empty());
}

TEST_CASE("keyboard: Space on the focused menu button opens the menu, Escape closes it") {
    test::HeadlessApp k;
    k.app.key(ImGuiKey_Tab, true, false, false, false, false);
    k.frame();
    k.app.key(ImGuiKey_Tab, false, false, false, false, false);
    k.settle();
    k.app.key(ImGuiKey_Space, true, false, false, false, false);
    k.frame();
    k.app.key(ImGuiKey_Space, false, false, false, false, false);
    k.settle();
    CHECK(k.app.menu_open());
    k.app.key(ImGuiKey_Escape, true, false, false, false, false);
    k.settle();
    CHECK_FALSE(k.app.menu_open());
}

TEST_CASE("Save for offline shows only when the page has a copy to offer, and asks the page for it") {
    test::HeadlessApp h;
    const auto& ui = h.app.sheet().ui;
    const auto* menu = h.hit(ui.at("menu"));
    h.tap(menu->x + menu->w / 2, menu->y + menu->h / 2);
    CHECK(h.hit(ui.at("save_offline")) == nullptr);
    h.app.set_can_save_offline(true);
    h.settle();
    const auto* save = h.hit(ui.at("save_offline"));
    REQUIRE(save != nullptr);
    CHECK(save->y + save->h <= 844.0f);
    h.tap(save->x + save->w / 2, save->y + save->h / 2);
    CHECK(h.host.saves == 1);
    CHECK_FALSE(h.app.menu_open());
}

TEST_CASE("the language button lists every language in its own name, at 320 px, and each works from any other") {
    const auto languages = test::data_languages();
    REQUIRE(languages.size() == 4);
    for (const auto& from : languages) {
        CAPTURE(from.lang);
        test::HeadlessApp h(320, 568, 2, from.lang);
        const auto* button = h.hit(h.app.sheet().ui_text("languages"));
        REQUIRE(button != nullptr);
        CHECK(button->x + button->w <= 320.0f);
        const float bx = button->x + button->w / 2, by = button->y + button->h / 2;  // hits change each frame
        h.tap(bx, by);
        REQUIRE(h.app.menu_open());
        // The languages alone: not the rest of the menu.
        CHECK(h.hit(h.app.sheet().ui_text("share")) == nullptr);
        for (const auto& to : languages) {
            const auto* entry = h.hit(to.name);
            REQUIRE_MESSAGE(entry != nullptr, to.name);
            CHECK(entry->y + entry->h <= 568.0f);
            CHECK(entry->x + entry->w <= 320.0f);
        }
        for (const auto& to : languages) {
            if (!h.app.menu_open()) h.tap(bx, by);
            const auto* entry = h.hit(to.name);
            REQUIRE(entry != nullptr);
            h.tap(entry->x + entry->w / 2, entry->y + entry->h / 2);
            CHECK_FALSE(h.app.menu_open());
        }
        // Every other language asked for, the sheet's own not (it is already there).
        std::vector<std::string> asked = h.host.languages, others;
        for (const auto& to : languages)
            if (to.lang != from.lang) others.push_back(to.lang);
        CHECK(asked == others);
        // The menu button opens the whole menu, without the languages.
        const auto* menu = h.hit(h.app.sheet().ui_text("menu"));
        REQUIRE(menu != nullptr);
        h.tap(menu->x + menu->w / 2, menu->y + menu->h / 2);
        CHECK(h.hit(h.app.sheet().ui_text("share")) != nullptr);
        CHECK(h.hit(languages[0].name == from.name ? languages[1].name : languages[0].name) == nullptr);
    }
}

TEST_CASE("with Save-Data the menu says the offline copy holds this language only, and still fits") {
    for (const std::string lang : {"en", "es"}) {
        test::HeadlessApp h(320, 640, 2, lang);
        const auto& sheet = h.app.sheet();
        const std::string line = sheet.ui_text("offline_one_language");
        const auto has_line = [&] {
            const auto& t = h.app.last_texts();
            return std::find(t.begin(), t.end(), line) != t.end();
        };
        const auto* menu = h.hit(sheet.ui_text("menu"));
        REQUIRE(menu != nullptr);
        h.tap(menu->x + menu->w / 2, menu->y + menu->h / 2);
        h.app.set_can_save_offline(true);
        h.settle();
        CHECK_FALSE(has_line());
        const auto* remove_before = h.hit(sheet.ui_text("remove_sheet"));
        REQUIRE(remove_before != nullptr);
        const float remove_y = remove_before->y;
        h.app.set_offline_one_language(true);
        h.settle();
        CHECK(has_line());
        const auto* remove = h.hit(sheet.ui_text("remove_sheet"));
        REQUIRE(remove != nullptr);
        CHECK(remove->y > remove_y);  // the line has its own room above Remove
        CHECK(remove->y + remove->h <= 640.0f);
    }
}

TEST_CASE("the menu leads to the glossary in one tap, in both languages") {
    for (const std::string lang : {"en", "es"}) {
        test::HeadlessApp h(320, 640, 2, lang);
        const auto* glossary = h.app.sheet().find_section("glossary");
        REQUIRE(glossary != nullptr);
        const auto* menu = h.hit(h.app.sheet().ui_text("menu"));
        REQUIRE(menu != nullptr);
        h.tap(menu->x + menu->w / 2, menu->y + menu->h / 2);
        REQUIRE(h.app.menu_open());
        const auto* entry = h.hit(glossary->title);
        REQUIRE(entry != nullptr);
        CHECK(entry->x + entry->w <= 320.5f);
        h.tap(entry->x + entry->w / 2, entry->y + entry->h / 2);
        h.settle();
        CHECK_FALSE(h.app.menu_open());
        REQUIRE_FALSE(h.host.jumps.empty());
        CHECK(h.host.jumps.back() == "glossary");
        CHECK(drawn(h.app, glossary->title.substr(0, glossary->title.find(' '))));
    }
}

TEST_CASE("Listen: where the page can read aloud, each section has it under its heading, and it asks for that section") {
    test::HeadlessApp h(390, 844, 2, "pt-BR");
    const std::string listen = h.app.sheet().ui_text("listen");
    auto listen_targets = [&] {
        std::vector<factsheet::ui::Target> out;
        for (const auto& t : h.app.document().targets)
            if (t.action == factsheet::ui::ActionKind::Listen) out.push_back(t);
        return out;
    };
    CHECK(listen_targets().empty());  // no speech in the page: no button
    h.app.set_can_listen(true);
    h.settle();
    const auto targets = listen_targets();
    REQUIRE(targets.size() == h.app.sheet().sections.size());
    for (size_t i = 0; i < targets.size(); ++i) {
        CHECK(targets[i].label == listen);
        CHECK(targets[i].arg == static_cast<int>(i));
        CHECK(targets[i].h >= 44.0f);
        // Right under the section's heading, before its first block.
        const auto& anchors = h.app.document().anchors;
        const auto heading = std::find_if(anchors.begin(), anchors.end(), [&](const auto& a) { return a.id == h.app.sheet().sections[i].id; });
        REQUIRE(heading != anchors.end());
        CHECK(targets[i].y > heading->y);
        for (const auto& b : h.app.document().blocks)
            if (b.id == h.app.sheet().sections[i].blocks[0].id) CHECK(b.y > targets[i].y);
    }
    h.app.jump_to_section("smartlink", false);
    h.settle();
    const auto* button = h.hit(listen);
    REQUIRE(button != nullptr);
    h.tap(button->x + button->w / 2, button->y + button->h / 2);
    REQUIRE(h.host.listened.size() == 1);
    CHECK(h.host.listened[0] == "smartlink");
}
