// test_ui_layout.cpp: the reading layout at phone, tablet and desktop widths and at 100% and
// 200% text: nothing leaves the viewport, tap targets are big enough, text is big enough.
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "imgui.h"
#include "present/words.h"
#include "ui/document.h"
#include "ui/metrics.h"
#include "ui/text_layout.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "ui_fixture.h"

using factsheet::ui::compute_metrics;

TEST_CASE("metrics keep body text at 16 px or more and the column inside the viewport") {
    for (float w : {320.0f, 390.0f, 768.0f, 1280.0f}) {
        for (float scale : {1.0f, 1.5f, 2.0f}) {
            CAPTURE(w);
            CAPTURE(scale);
            const auto m = compute_metrics(w, 800, scale);
            CHECK(m.body_size >= 16.0f);
            CHECK(m.small_size >= 16.0f);
            CHECK(m.line_height == doctest::Approx(m.body_size * 1.45f));
            CHECK(m.column_x >= m.margin - 0.01f);
            CHECK(m.column_x + m.column_w <= w - m.margin + 0.01f);
            CHECK(m.h1_size > m.h2_size);
            CHECK(m.h2_size > m.body_size);
        }
    }
    // On a desktop the column stops growing: about 70 characters, not the whole screen.
    const auto wide = compute_metrics(1280, 800, 1);
    CHECK(wide.column_w < 640.0f);
    CHECK(wide.column_w > 480.0f);
    // Text size is clamped to 100%..200%.
    CHECK(compute_metrics(390, 800, 5).text_scale == 2.0f);
    CHECK(compute_metrics(390, 800, 0.2f).text_scale == 1.0f);
}

TEST_CASE("the real sheet lays out inside the viewport with 44 px tap targets and 16 px text") {
    // Both languages, and the en-XA pseudo-locale (40% longer, accented: pseudo_locale.h), which
    // the app lays out with no code of its own.
    std::vector<test::Content> contents{{test::shipped_pseudo_content()}};
    for (const auto& l : test::data_languages()) contents.push_back({test::shipped_content(l.lang)});
    for (const test::Content& content : contents) {
        for (float w : {320.0f, 390.0f, 768.0f, 1280.0f}) {
            for (float scale : {1.0f, 2.0f}) {
                CAPTURE(content.json.substr(0, 40));
                CAPTURE(w);
                CAPTURE(scale);
                test::HeadlessApp h(w, 800, 2, content);
                h.app.set_text_scale(scale);
                h.settle();
                REQUIRE(h.app.content_ok());
                const auto& doc = h.app.document();
                const auto& m = h.app.metrics();
                REQUIRE(!doc.texts.empty());
                CHECK(doc.widest <= w - m.margin + 0.5f);
                int cites = 0;
                for (const auto& t : doc.texts) {
                    // Citation markers are raised and a little smaller, like superscripts.
                    CHECK(t.size >= (t.cite ? 13.5f : 16.0f));
                    cites += t.cite;
                }
                CHECK(cites > 20);
                for (const auto& t : doc.targets) {
                    CHECK(t.w >= 44.0f);
                    CHECK(t.h >= 44.0f);
                    CHECK(t.x >= 0.0f);
                    CHECK(t.x + t.w <= w + 0.01f);
                }
                // What the last frame put on screen is inside it too (header buttons, targets).
                for (const auto& hit : h.app.last_hits()) {
                    CHECK(hit.w >= 44.0f);
                    CHECK(hit.h >= 44.0f);
                    CHECK(hit.x + hit.w <= w + 0.01f);
                }
                // Every section and the source list have an anchor, in order, for deep links.
                REQUIRE(doc.anchors.size() == h.app.sheet().sections.size() + 1);
                for (size_t i = 1; i < doc.anchors.size(); ++i) CHECK(doc.anchors[i].y > doc.anchors[i - 1].y);
            }
        }
    }
}

TEST_CASE("long addresses and words wrap instead of running off a 320 px screen") {
    test::HeadlessApp h(320, 640, 3);
    ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
    const factsheet::ui::TextStyle st{font, 17, 24};
    const std::string url = "https://www.example.org/a/very/long/address/that/cannot/fit/on/one/line/of/a/phone.html";
    const auto tb = factsheet::ui::layout_plain("See " + url + " for more.", st, 288);
    CHECK(tb.lines >= 3);
    CHECK(tb.width <= 288.5f);
    std::string joined;
    for (const auto& p : tb.pieces) joined += p.text;
    CHECK(joined.find("https://www.example.org") != std::string::npos);  // nothing lost in the breaks
}

TEST_CASE("the shipped font subset has every character the content uses") {
    test::HeadlessApp h;
    // What the presentation layer adds to the content's text: the signs of approximate values.
    const std::string signs = factsheet::present::value_sign(h.app.sheet(), 1, factsheet::content::Qualifier::About) +
                              factsheet::present::value_sign(h.app.sheet(), 1, factsheet::content::Qualifier::MoreThan);
    for (const std::string& text : {test::read_file(test::data_file("en.json")), test::read_file(test::data_file("es.json")),
                                    test::shipped_pseudo_content(), signs}) {
        const std::string lang = text.substr(0, 30);
        for (ImFont* font : ImGui::GetIO().Fonts->Fonts) {
            const char* p = text.c_str();
            const char* end = p + text.size();
            while (p < end) {
                unsigned int c = 0;
                const int n = ImTextCharFromUtf8(&c, p, end);
                if (n <= 0) break;
                p += n;
                if (c < 0x20) continue;
                CAPTURE(lang);
                CAPTURE(c);
                CHECK(font->IsGlyphInFont(static_cast<ImWchar>(c)));
            }
        }
    }
}
