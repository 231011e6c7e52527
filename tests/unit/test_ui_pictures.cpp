// test_ui_pictures.cpp: the pictures in the headless app: each has its slot at every width, a tap
// on a mark shows its exact value, date and source, the keyboard steps through the marks, a
// citation in the panel opens its source, and the grow-in draws frames only while it runs
// (none with reduced motion).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "present/words.h"
#include "ui/chart_math.h"
#include "ui_fixture.h"

using factsheet::content::Block;
using factsheet::content::BlockType;

namespace {

bool drawn(const factsheet::ui::App& app, const std::string& needle) {
    for (const std::string& t : app.last_texts())
        if (t.find(needle) != std::string::npos) return true;
    return false;
}

// Joined texts drawn in the last frame (the panel wraps its text into pieces).
std::string all_text(const factsheet::ui::App& app) {
    std::string out;
    for (const std::string& t : app.last_texts()) out += t + " ";
    return out;
}

const Block& slot_block(const factsheet::ui::App& app, size_t i) {
    const auto& slot = app.document().pictures[i];
    return app.sheet().sections[slot.section].blocks[slot.block];
}

size_t slot_of(const factsheet::ui::App& app, const std::string& id) {
    for (size_t i = 0; i < app.document().pictures.size(); ++i)
        if (slot_block(app, i).id == id) return i;
    FAIL("no picture " << id);
    return 0;
}

// Scrolls so picture i's top is just under the header, and lets everything settle.
void show(test::HeadlessApp& h, size_t i) {
    const auto& slot = h.app.document().pictures[i];
    h.app.wheel(slot.y - h.app.metrics().header_h - 10 - h.app.scroll_offset(), h.t);
    h.settle();
}

const factsheet::ui::App::Hit* hit_containing(const factsheet::ui::App& app, const std::string& part) {
    for (const auto& hit : app.last_hits())
        if (hit.label.find(part) != std::string::npos) return &hit;
    return nullptr;
}

void tap_hit(test::HeadlessApp& h, const factsheet::ui::App::Hit& hit) { h.tap(hit.x + hit.w / 2, hit.y + hit.h / 2); }

}  // namespace

TEST_CASE("pictures: every chart and diagram gets a slot inside the column at 320-1280 px and 200% text") {
    for (float w : {320.0f, 390.0f, 768.0f, 1280.0f}) {
        for (const auto& language : test::data_languages()) {
            const std::string& lang = language.lang;
            test::HeadlessApp h(w, 800, 2, lang);
            h.app.set_all_details(true);  // the pictures in the details too
            h.settle();
            CAPTURE(w);
            CAPTURE(lang);
            size_t expected = 0, charts_and_diagrams = 0;
            for (const auto& s : h.app.sheet().sections)
                for (const auto& b : s.blocks) {
                    charts_and_diagrams += b.type == BlockType::Chart || b.type == BlockType::Diagram;
                    expected += factsheet::content::is_picture(b);  // and the timeline
                }
            CHECK(charts_and_diagrams == 5);
            REQUIRE(h.app.document().pictures.size() == expected);
            for (const auto& slot : h.app.document().pictures) {
                CHECK(slot.h > 150);
                CHECK(slot.x >= h.app.metrics().column_x);
                CHECK(slot.x + slot.w <= h.app.metrics().column_x + h.app.metrics().column_w + 0.5f);
            }
            CHECK(h.app.document().widest <= w);
        }
    }
    test::HeadlessApp big(320, 640, 2, "es");
    big.app.set_text_scale(2.0f);
    big.settle();
    for (const auto& slot : big.app.document().pictures) CHECK(slot.x + slot.w <= 320);
}

TEST_CASE("pictures: tapping a point of the enrollment chart shows its exact value, date and source") {
    test::HeadlessApp h;
    h.app.set_all_details(true);  // the pictures in the details too
    h.settle();
    const size_t i = slot_of(h.app, "enrollment-chart");
    show(h, i);
    const Block& b = slot_block(h.app, i);
    const auto& points = b.series[0].points;
    const auto at = std::find_if(points.begin(), points.end(), [](const auto& p) { return p.date.text == "2022-09"; });
    REQUIRE(at != points.end());
    const auto& pt = *at;  // late September 2022, the first time over 300,000
    const auto* mark = hit_containing(h.app, pt.label + ":");
    REQUIRE(mark != nullptr);
    CHECK(mark->w >= 44);
    CHECK(mark->h >= 44);
    const float mark_bottom = mark->y + mark->h;  // the hit list is rebuilt by the next frame
    CHECK(drawn(h.app, h.app.sheet().ui.at("figure_hint").substr(0, 10)));  // nothing chosen yet
    tap_hit(h, *mark);
    const std::string shown = all_text(h.app);
    CHECK(shown.find(pt.label) != std::string::npos);
    CHECK(shown.find(factsheet::present::number(h.app.sheet(), pt.value)) != std::string::npos);
    const auto* src = h.app.sheet().find_source(pt.sources[0]);
    REQUIRE(src != nullptr);
    CHECK(shown.find(src->publisher) != std::string::npos);
    const auto* state = h.app.pictures().state(b.id);
    REQUIRE(state != nullptr);
    CHECK(state->selected == static_cast<int>(at - points.begin()));
    CHECK(h.app.open_source() == -1);
    // One more tap, on the panel's citation, opens the source card.
    const std::string cite_label = h.app.sheet().ui.at("citation_label");
    const factsheet::ui::App::Hit* cite = nullptr;
    for (const auto& hit : h.app.last_hits())
        if (hit.label.find(src->publisher) != std::string::npos && hit.y > mark_bottom) cite = &hit;
    REQUIRE(cite != nullptr);
    tap_hit(h, *cite);
    CHECK(h.app.open_source() >= 0);
    CHECK(h.app.sheet().sources[static_cast<size_t>(h.app.open_source())].id == pt.sources[0]);
}

TEST_CASE("pictures: tapping a bar shows its value and series; Next and Previous step through the bars") {
    test::HeadlessApp h(320, 700, 2, "es");
    h.app.set_all_details(true);  // the pictures in the details too
    h.settle();
    const size_t i = slot_of(h.app, "spending-chart");
    show(h, i);
    const Block& b = slot_block(h.app, i);
    const auto* bar = hit_containing(h.app, b.series[1].label);  // detention
    REQUIRE(bar != nullptr);
    tap_hit(h, *bar);
    CHECK(all_text(h.app).find(b.series[1].label) != std::string::npos);
    const auto* next = hit_containing(h.app, h.app.sheet().ui.at("figure_next") + ": " + b.title);
    REQUIRE(next != nullptr);
    const int before = h.app.pictures().state(b.id)->selected;
    tap_hit(h, *next);
    CHECK(h.app.pictures().state(b.id)->selected == (before + 1) % 4);
    const auto* prev = hit_containing(h.app, h.app.sheet().ui.at("figure_previous") + ": " + b.title);
    REQUIRE(prev != nullptr);
    tap_hit(h, *prev);
    CHECK(h.app.pictures().state(b.id)->selected == before);
    // Every control is at least 44 px and inside a 320 px screen.
    for (const auto& hit : h.app.last_hits()) {
        CAPTURE(hit.label);
        CHECK(hit.w >= 44);
        CHECK(hit.h >= 44);
        CHECK(hit.x >= 0);
        CHECK(hit.x + hit.w <= 320.5f);
    }
}

TEST_CASE("pictures: a diagram item tells what is known, with its source and how sure it is") {
    test::HeadlessApp h;
    h.app.set_all_details(true);  // the pictures in the details too
    h.settle();
    const size_t i = slot_of(h.app, "smartlink-diagram");
    show(h, i);
    const Block& b = slot_block(h.app, i);
    const auto& item = b.diagram_items[2];  // location at other times: medium
    const auto* row = h.hit(item.label);
    REQUIRE(row != nullptr);
    tap_hit(h, *row);
    const std::string shown = all_text(h.app);
    CHECK(shown.find(h.app.sheet().ui.at("confidence_medium")) != std::string::npos);
    CHECK(drawn(h.app, "[" ));  // its citation markers
    // The day strip: the curfew lane says its hours.
    const size_t d = slot_of(h.app, "ankle-day");
    show(h, d);
    const auto* lane = h.hit(slot_block(h.app, d).diagram_items[0].label);
    REQUIRE(lane != nullptr);
    tap_hit(h, *lane);
    CHECK(all_text(h.app).find("11 pm\xE2\x80\x93" "5 am") != std::string::npos);
}

TEST_CASE("pictures: the keyboard reaches a picture's controls and steps through its marks") {
    test::HeadlessApp h;
    h.app.set_all_details(true);  // the pictures in the details too
    h.settle();
    const size_t i = slot_of(h.app, "technology-chart");
    show(h, i);
    const Block& b = slot_block(h.app, i);
    auto press = [&](int key) { h.press(key); };
    // Tab until the Next button of this chart has the keyboard focus (bounded), then Enter.
    const std::string next = h.app.sheet().ui.at("figure_next") + ": " + b.title;
    // The button's Dear ImGui id: "next" under the chart's block id in the page window.
    auto focused_on_next = [&]() {
        ImGuiContext& g = *ImGui::GetCurrentContext();
        ImGuiWindow* page = ImGui::FindWindowByName("sheet");
        if (!page || !ImGui::GetIO().NavVisible) return false;
        return g.NavId == ImHashStr("next", 0, ImHashStr(b.id.c_str(), 0, page->ID));
    };
    bool reached = false;
    int tabs = 0;
    for (; tabs < 600 && !reached; ++tabs) {
        press(ImGuiKey_Tab);
        reached = focused_on_next();
    }
    // Focus brought the chart into view.
    const auto* shown = h.hit(next);
    REQUIRE(shown != nullptr);
    CHECK(shown->y >= h.app.metrics().header_h);
    CHECK(shown->y + shown->h <= 844);
    INFO("tabs: " << tabs);
    REQUIRE(reached);
    CHECK(h.app.open_source() == -1);
    press(ImGuiKey_Enter);
    REQUIRE(h.app.pictures().state(b.id) != nullptr);
    CHECK(h.app.pictures().state(b.id)->selected == 0);
    press(ImGuiKey_Enter);
    press(ImGuiKey_Enter);
    CHECK(h.app.pictures().state(b.id)->selected == 2);
    // The panel tells the third bar's value.
    const auto& mark_series = b.series;
    (void)mark_series;
    CHECK(drawn(h.app, "3 / "));
}

TEST_CASE("pictures: the grow-in draws frames only while it runs; reduced motion draws none") {
    auto frames_to_settle = [](bool reduced) {
        test::HeadlessApp h;
        h.app.set_all_details(true);  // the pictures in the details too
        h.settle();
        h.app.set_reduced_motion(reduced);
        const size_t i = slot_of(h.app, "spending-chart");
        // Jump without animation, so only the picture can ask for frames afterwards.
        const auto& slot = h.app.document().pictures[i];
        h.app.wheel(slot.y - h.app.metrics().header_h - 10 - h.app.scroll_offset(), h.t);
        int n = 0;
        while (h.app.wants_frame() && n < 2000) {
            h.frame();
            ++n;
        }
        CHECK_FALSE(h.app.wants_frame());  // and then it stops
        return std::pair<int, const factsheet::ui::PictureState*>(n, h.app.pictures().state("spending-chart"));
    };
    const int with_motion = frames_to_settle(false).first;
    const int reduced = frames_to_settle(true).first;
    CHECK(with_motion >= 20);  // ~0.4 s at 60 frames a second, on top of the scroll
    CHECK(reduced < with_motion - 15);
}

TEST_CASE("pictures: Left and Right step through a chart's marks while its plot has the focus") {
    test::HeadlessApp h;
    h.app.set_all_details(true);  // the pictures in the details too
    h.settle();
    const size_t i = slot_of(h.app, "enrollment-chart");
    show(h, i);
    const Block& b = slot_block(h.app, i);
    auto press = [&](int key) { h.press(key); };
    ImGuiContext& g = *ImGui::GetCurrentContext();
    auto plot_id = [&]() {
        ImGuiWindow* page = ImGui::FindWindowByName("sheet");
        return page ? ImHashStr("plot", 0, ImHashStr(b.id.c_str(), 0, page->ID)) : 0u;
    };
    bool reached = false;
    for (int tabs = 0; tabs < 600 && !reached; ++tabs) {
        press(ImGuiKey_Tab);
        reached = ImGui::GetIO().NavVisible && g.NavId == plot_id();
    }
    REQUIRE(reached);
    press(ImGuiKey_RightArrow);
    REQUIRE(h.app.pictures().state(b.id) != nullptr);
    CHECK(h.app.pictures().state(b.id)->selected == 0);
    press(ImGuiKey_RightArrow);
    CHECK(h.app.pictures().state(b.id)->selected == 1);
    CHECK(drawn(h.app, "2 / "));
    CHECK(g.NavId == plot_id());  // the focus stayed on the plot
    press(ImGuiKey_LeftArrow);
    press(ImGuiKey_LeftArrow);  // before the first: round to the last
    const int n = h.app.pictures().state(b.id)->selected + 1;
    CHECK(n > 2);
    CHECK(drawn(h.app, std::to_string(n) + " / " + std::to_string(n)));
    CHECK(g.NavId == plot_id());
}
