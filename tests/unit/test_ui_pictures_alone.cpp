// test_ui_pictures_alone.cpp: each kind of picture, from the shipped content, laid out and
// explored on its own in a rectangle (no app page, no document), at phone and tablet widths and
// at 100% and 200% text: it has a finite height, its marks' hit boxes lie inside it, a tap on
// each box finds that mark, Next visits every mark once and wraps, each mark tells a value and a
// source, and it draws into the rectangle.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

#include "imgui.h"
#include "present/words.h"
#include "ui/chart_math.h"
#include "ui/picture.h"
#include "ui/pictures/mark_words.h"
#include "ui_fixture.h"

using factsheet::content::Block;
using factsheet::content::BlockType;
using factsheet::ui::Picture;

namespace {

const Block& find_block(const factsheet::content::Sheet& sheet, const std::string& id) {
    for (const auto& s : sheet.sections)
        for (const auto& b : s.blocks)
            if (b.id == id) return b;
    FAIL("no block " << id);
    return sheet.sections[0].blocks[0];
}

// The value a mark's description must tell: a point's number, a diagram item's name and hours.
std::string value_of(const Block& b, const factsheet::content::Sheet& sheet, const factsheet::ui::Mark& mk) {
    if (b.type == BlockType::Diagram) {
        const auto& item = b.diagram_items[static_cast<size_t>(mk.index)];
        return item.hours.empty() ? item.label : factsheet::present::hours(sheet, item);
    }
    const auto& pt = b.series[static_cast<size_t>(mk.series)].points[static_cast<size_t>(mk.index)];
    return factsheet::present::number(sheet, pt.value);
}

void check_alone(const Picture& pic, const factsheet::content::Sheet& sheet, float width) {
    const Block& b = pic.block();
    const float h = pic.height();
    CHECK(std::isfinite(h));
    CHECK(h > 0);
    const auto& marks = pic.marks();
    const int n = static_cast<int>(marks.size());
    REQUIRE(n > 0);
    for (int k = 0; k < n; ++k) {
        const auto& mk = marks[static_cast<size_t>(k)];
        CAPTURE(mk.label);
        CHECK(mk.x >= 0);
        CHECK(mk.y >= 0);
        CHECK(mk.x + mk.w <= width + 0.01f);
        CHECK(mk.y + mk.h <= h + 0.01f);
        // A tap on the mark itself (a point, a bar's end, a row's middle) lies in its box and finds
        // it. (Not the box's centre: a point's box is kept inside the plot, so at the plot's edge
        // its centre can be nearer a neighbour, and a tap there chooses the neighbour.)
        CHECK(mk.cx >= mk.x);
        CHECK(mk.cx <= mk.x + mk.w);
        CHECK(mk.cy >= mk.y);
        CHECK(mk.cy <= mk.y + mk.h);
        CHECK(pic.hit(mk.cx, mk.cy) == k);
        if (!pic.one_control()) CHECK(pic.hit(mk.x + mk.w / 2, mk.y + mk.h / 2) == k);
        const factsheet::ui::MarkDetail d = pic.describe(k);
        CHECK(d.head.find(value_of(b, sheet, mk)) != std::string::npos);
        bool sourced = false;
        for (const auto& span : d.body)
            sourced = sourced || (span.kind == factsheet::content::Span::Kind::Cite && sheet.find_source(span.source_id));
        CHECK(sourced);
        CHECK_FALSE(d.place.empty());
    }
    // Next from none visits every mark once, then wraps to the first; Previous from none is the last.
    std::set<int> seen;
    int s = -1;
    for (int k = 0; k < n; ++k) {
        s = factsheet::ui::step_mark(s, n, +1);
        CHECK(s == k);
        seen.insert(s);
    }
    CHECK(static_cast<int>(seen.size()) == n);
    CHECK(factsheet::ui::step_mark(s, n, +1) == 0);
    CHECK(factsheet::ui::step_mark(-1, n, -1) == n - 1);
}

}  // namespace

TEST_CASE("pictures alone: each kind lays out, hit-tests and steps in its rectangle at 320-768 px, 100% and 200% text") {
    for (const auto& language : test::data_languages()) {
        const std::string& lang = language.lang;
        test::HeadlessApp h(390, 844, 2, lang);
        const auto& sheet = h.app.sheet();
        for (const char* id : {"enrollment-chart", "spending-chart", "smartlink-diagram", "ankle-day"}) {
            const Block& b = find_block(sheet, id);
            for (float w : {320.0f, 390.0f, 768.0f}) {
                for (float scale : {1.0f, 2.0f}) {
                    CAPTURE(std::string(lang));
                    CAPTURE(std::string(id));
                    CAPTURE(w);
                    CAPTURE(scale);
                    const factsheet::ui::Metrics m = factsheet::ui::compute_metrics(w, 800, scale);
                    const auto pic = factsheet::ui::make_picture(b, sheet, m, h.app.fonts(), w);
                    REQUIRE(pic != nullptr);
                    check_alone(*pic, sheet, w);
                }
            }
        }
    }
}

TEST_CASE("pictures alone: the kinds are the four the content names, and a picture draws into its rectangle") {
    test::HeadlessApp h;
    const auto& sheet = h.app.sheet();
    const factsheet::ui::Metrics m = factsheet::ui::compute_metrics(390, 800, 1);
    CHECK(find_block(sheet, "enrollment-chart").chart_kind == factsheet::content::ChartKind::Line);
    CHECK(find_block(sheet, "spending-chart").chart_kind == factsheet::content::ChartKind::Bar);
    CHECK(find_block(sheet, "smartlink-diagram").diagram_kind == factsheet::content::DiagramKind::Phone);
    CHECK(find_block(sheet, "ankle-day").diagram_kind == factsheet::content::DiagramKind::Day);
    CHECK(factsheet::ui::make_picture(sheet.sections[0].blocks[0], sheet, m, h.app.fonts(), 390) == nullptr);  // a paragraph
    const factsheet::ui::Theme& theme = factsheet::ui::theme(factsheet::ui::ThemeId::Light);
    for (const char* id : {"enrollment-chart", "spending-chart", "smartlink-diagram", "ankle-day"}) {
        CAPTURE(std::string(id));
        const auto pic = factsheet::ui::make_picture(find_block(sheet, id), sheet, m, h.app.fonts(), 390);
        ImDrawList dl(ImGui::GetDrawListSharedData());
        dl._ResetForNewFrame();
        dl.PushClipRectFullScreen();
        std::vector<std::string> texts;
        factsheet::ui::Painter p{&dl, theme, h.app.fonts(), 100, 200, 2, true, &texts};
        pic->draw(p, 1, -1);
        CHECK(dl.VtxBuffer.Size > 0);
        CHECK_FALSE(texts.empty());
        // Everything drawn lies inside the rectangle (as clipped; give or take the anti-aliased edge).
        ImVec2 lo(1e9f, 1e9f), hi(-1e9f, -1e9f);
        unsigned first = 0;
        for (const ImDrawCmd& cmd : dl.CmdBuffer) {
            for (unsigned i = first; i < first + cmd.ElemCount; ++i) {
                const ImVec2 v = dl.VtxBuffer[static_cast<int>(dl.IdxBuffer[static_cast<int>(i)] + cmd.VtxOffset)].pos;
                const float x = std::clamp(v.x, cmd.ClipRect.x, cmd.ClipRect.z), y = std::clamp(v.y, cmd.ClipRect.y, cmd.ClipRect.w);
                lo = ImVec2(std::min(lo.x, x), std::min(lo.y, y));
                hi = ImVec2(std::max(hi.x, x), std::max(hi.y, y));
            }
            first += cmd.ElemCount;
        }
        CHECK(lo.x >= 100 - 1.5f);
        CHECK(lo.y >= 200 - 1.5f);
        CHECK(hi.x <= 100 + 390 + 1.5f);
        CHECK(hi.y <= 200 + pic->height() + 1.5f);
    }
}
