// test_ui_picture_view.cpp: the pictures as the embedded sheet draws them, each on a canvas of its
// own (ui::PictureView): from the content the picture runtime loads (the language file without
// its passages), at 320, 390 and 768 px and 100% and 200% text, each lays out to a finite height,
// draws inside its canvas, answers a tap on a mark with that mark's words (value and source) for
// the live region, steps by arrow keys, and draws nothing at rest or off screen.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "present/words.h"
#include "ui/picture.h"
#include "ui/picture_view.h"
#include "ui_fixture.h"

using factsheet::ui::PictureSet;
using factsheet::ui::PictureView;

namespace {

constexpr const char* kPictures[] = {"enrollment-chart", "technology-chart", "spending-chart", "smartlink-diagram",
                                     "ankle-day"};

// What the picture runtime reads: the language file without the passages (the page lists them).
void load_set(PictureSet& set, const std::string& json) {
    REQUIRE(set.set_fonts(test::read_bytes(std::string(FACTSHEET_FONT_DIR) + "/NotoSans-Regular.ttf"),
                          test::read_bytes(std::string(FACTSHEET_FONT_DIR) + "/NotoSans-Bold.ttf")));
    REQUIRE(set.set_content(json));
}

// Frames until the view is at rest (a grow-in runs 0.4 s); returns how many it took.
int settle(PictureView& v, double& t) {
    int n = 0;
    while (v.wants_frame() && n < 200) {
        v.frame(t);
        t += 1.0 / 60;
        ++n;
    }
    return n;
}

// The words a citation is named by in this language ("Source " of "Source {n}").
std::string present_source_word(const PictureSet& set) {
    const std::string& label = set.sheet().ui_text("citation_label");
    return label.substr(0, label.find("{n}"));
}

const factsheet::content::Block& block_of(const PictureSet& set, const std::string& id) {
    size_t s = 0, b = 0;
    REQUIRE(set.find(id, s, b));
    return set.sheet().sections[s].blocks[b];
}

}  // namespace

TEST_CASE("picture view: each picture alone on its canvas lays out, draws, answers a tap and steps, 320-768 px, 100% and 200%") {
    for (const std::string& json :
         {test::read_file(test::data_file("en.json")), test::read_file(test::data_file("es.json")),
          test::pseudo_locale(test::read_file(test::data_file("en.json")))}) {
        PictureSet set;
        load_set(set, json);
        CAPTURE(set.sheet().lang);
        for (const char* id : kPictures) {
            for (float w : {320.0f, 390.0f, 768.0f}) {
                for (float scale : {1.0f, 2.0f}) {
                    CAPTURE(std::string(id));
                    CAPTURE(w);
                    CAPTURE(scale);
                    PictureView v(set, id);
                    REQUIRE(v.ok());
                    const float h = v.layout(w, scale, 2);
                    CHECK(std::isfinite(h));
                    CHECK(h > 0);
                    // The same height the app leaves for it: one implementation.
                    const auto m = factsheet::ui::compute_metrics(w, 800, scale);
                    CHECK(h == doctest::Approx(std::ceil(factsheet::ui::picture_height(block_of(set, id), set.sheet(), m, set.fonts(), w))));

                    CHECK_FALSE(v.wants_frame());  // not on screen yet: nothing to draw
                    v.set_visible(true);
                    double t = 1;
                    CHECK(settle(v, t) > 0);
                    CHECK_FALSE(v.wants_frame());  // at rest: no frame
                    ImDrawData* dd = v.draw_data();
                    REQUIRE(dd != nullptr);
                    CHECK(dd->TotalVtxCount > 0);
                    CHECK(dd->DisplaySize.x == doctest::Approx(w));
                    CHECK_FALSE(v.texts().empty());
                    REQUIRE_FALSE(v.hits().empty());
                    for (const auto& hit : v.hits()) {
                        CAPTURE(hit.label);
                        CHECK(hit.x >= -0.5f);
                        CHECK(hit.y >= -0.5f);
                        CHECK(hit.x + hit.w <= w + 0.5f);
                        CHECK(hit.y + hit.h <= h + 0.5f);
                    }
                    const int n = v.mark_count();
                    REQUIRE(n > 0);

                    // A tap on the first hit box (a mark) chooses a mark; the live region hears
                    // its words, with a source named.
                    const auto hit = v.hits().front();
                    v.pointer_down(hit.x + hit.w / 2, hit.y + hit.h / 2, true, t);
                    v.pointer_up(hit.x + hit.w / 2, hit.y + hit.h / 2, true, t + 0.05);
                    std::string said;
                    while (v.wants_frame()) {
                        v.frame(t);
                        t += 1.0 / 60;
                        if (!v.announcement().empty()) said = v.announcement();
                    }
                    CHECK(v.selected() >= 0);
                    CHECK(said.find(present_source_word(set)) != std::string::npos);
                    // The panel now shows the same words' first line.
                    const std::string head = said.substr(0, said.find(". "));
                    bool shown = false;
                    for (const auto& s : v.texts()) shown = shown || head.find(s) != std::string::npos;
                    CHECK(shown);

                    // Keys: Home, then Right steps, Left back, End the last, Escape none.
                    CHECK(v.key(ImGuiKey_Home));
                    settle(v, t);
                    CHECK(v.selected() == 0);
                    CHECK(v.key(ImGuiKey_RightArrow));
                    settle(v, t);
                    CHECK(v.selected() == (n > 1 ? 1 : 0));
                    CHECK(v.key(ImGuiKey_LeftArrow));
                    CHECK(v.key(ImGuiKey_End));
                    settle(v, t);
                    CHECK(v.selected() == n - 1);
                    CHECK(v.key(ImGuiKey_Escape));
                    settle(v, t);
                    CHECK(v.selected() == -1);
                    CHECK_FALSE(v.key(ImGuiKey_Escape));  // nothing chosen: Escape is the page's
                    CHECK_FALSE(v.key(ImGuiKey_Tab));     // Tab moves on through the page

                    // Off screen and back with nothing changed: no frame (its canvas still
                    // shows it). Off screen: no frame, even with something to show; back on
                    // screen, that change is drawn.
                    v.set_visible(false);
                    v.set_visible(true);
                    CHECK_FALSE(v.wants_frame());
                    v.set_visible(false);
                    v.key(ImGuiKey_Home);
                    CHECK_FALSE(v.wants_frame());
                    v.set_visible(true);
                    CHECK(v.wants_frame());
                }
            }
        }
    }
}

// The lowest point anything in the view's last frame was drawn at.
float drawn_bottom(const PictureView& v) {
    float bottom = 0;
    const ImDrawData* dd = v.draw_data();
    for (const ImDrawList* dl : dd->CmdLists)
        for (const ImDrawVert& vert : dl->VtxBuffer) bottom = std::max(bottom, vert.pos.y);
    return bottom;
}

TEST_CASE("picture view: the canvas is as tall as what it draws, with room for a mark's panel only while one is chosen") {
    for (const char* lang : {"en.json", "es.json"}) {
        PictureSet set;
        load_set(set, test::read_file(test::data_file(lang)));
        for (const char* id : kPictures) {
            for (float w : {320.0f, 390.0f, 768.0f}) {
                for (float scale : {1.0f, 2.0f}) {
                    CAPTURE(std::string(lang));
                    CAPTURE(std::string(id));
                    CAPTURE(w);
                    CAPTURE(scale);
                    PictureView v(set, id);
                    const float h = v.layout(w, scale, 2);
                    v.set_visible(true);
                    double t = 1;
                    settle(v, t);
                    // No empty band: the last thing drawn (the hint under the picture) ends within
                    // a line of the canvas's foot.
                    const auto m = factsheet::ui::compute_metrics(w, 800, scale);
                    CHECK(drawn_bottom(v) <= h + 0.5f);
                    CHECK(h - drawn_bottom(v) < m.line_height);
                    // Each mark chosen in turn: the canvas grows or shrinks to its panel, and
                    // the panel's last line is drawn inside it.
                    const int n = v.mark_count();
                    for (int k = 0; k < n; ++k) {
                        if (k == 0) v.key(ImGuiKey_Home);
                        else v.key(ImGuiKey_RightArrow);
                        settle(v, t);
                        REQUIRE(v.selected() == k);
                        CHECK(drawn_bottom(v) <= v.height() + 0.5f);
                        CHECK(v.height() - drawn_bottom(v) < m.line_height);
                        CHECK(v.height() == doctest::Approx(std::ceil(factsheet::ui::picture_height(
                                                  block_of(set, id), set.sheet(), m, set.fonts(), w, k))));
                    }
                    // Let go: back to the picture with its hint.
                    v.key(ImGuiKey_Escape);
                    settle(v, t);
                    CHECK(v.height() == doctest::Approx(h));
                }
            }
        }
    }
}

TEST_CASE("picture view: with reduced motion there is no grow-in; with it the grow-in draws only while it runs") {
    PictureSet set;
    load_set(set, test::read_file(test::data_file("en.json")));
    PictureView moving(set, "enrollment-chart"), still(set, "enrollment-chart");
    still.set_reduced_motion(true);
    for (PictureView* v : {&moving, &still}) {
        v->layout(390, 1, 2);
        v->set_visible(true);
    }
    double t1 = 1, t2 = 1;
    const int with_motion = settle(moving, t1), without = settle(still, t2);
    CHECK(without <= 4);             // the settling frames only
    CHECK(with_motion >= 0.4 * 60 - 2);  // the 0.4 s grow-in, frame by frame
    CHECK(with_motion < 0.4 * 60 + 8);   // ... and then it stops
}

TEST_CASE("picture view: bad input loses nothing: unknown block, text block, bad content, odd sizes") {
    PictureSet set;
    load_set(set, test::read_file(test::data_file("en.json")));
    PictureView unknown(set, "no-such-block");
    CHECK_FALSE(unknown.ok());
    CHECK(unknown.layout(390, 1, 2) == 0);
    unknown.set_visible(true);
    CHECK_FALSE(unknown.wants_frame());
    CHECK_FALSE(unknown.key(ImGuiKey_RightArrow));
    PictureView text(set, set.sheet().sections[0].blocks[0].id);  // a paragraph, not a picture
    CHECK_FALSE(text.ok());
    PictureView odd(set, "spending-chart");
    const float h = odd.layout(NAN, INFINITY, -3);
    CHECK(std::isfinite(h));
    odd.set_visible(true);
    double t = 0;
    settle(odd, t);
    CHECK_FALSE(odd.wants_frame());

    PictureSet broken;
    CHECK_FALSE(broken.set_content("{\"format\": 1"));
    CHECK_FALSE(broken.ok());
    PictureView none(broken, "enrollment-chart");
    CHECK_FALSE(none.ok());
}
