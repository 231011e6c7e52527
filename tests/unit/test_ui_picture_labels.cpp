// test_ui_picture_labels.cpp: every picture of the shipped content, drawn at 320, 390 and 768 px
// and at 100% and 200% text, in each language: no word it writes overlaps another, and in a line
// chart none sits on the line or on a point (issue "The first visit", part 5).
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "ui/picture.h"
#include "ui_fixture.h"

namespace {

using Box = factsheet::ui::PaintLog::Box;
using Segment = factsheet::ui::PaintLog::Segment;

// Overlap of more than a pixel each way (boxes that only touch are apart).
bool overlap(const Box& a, const Box& b) {
    return std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x) > 1 && std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y) > 1;
}

// Whether the segment passes through the box shrunk by a pixel (Liang-Barsky clipping).
bool crosses(const Segment& s, const Box& b) {
    const float x0 = b.x + 1, y0 = b.y + 1, x1 = b.x + b.w - 1, y1 = b.y + b.h - 1;
    float t0 = 0, t1 = 1;
    const float dx = s.x1 - s.x0, dy = s.y1 - s.y0;
    const float p[] = {-dx, dx, -dy, dy};
    const float q[] = {s.x0 - x0, x1 - s.x0, s.y0 - y0, y1 - s.y0};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0) return false;
            continue;
        }
        const float r = q[i] / p[i];
        if (p[i] < 0) t0 = std::max(t0, r);
        else t1 = std::min(t1, r);
        if (t0 > t1) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("picture labels: none overlaps another, a line or a point, at 320, 390 and 768 px and 100% and 200% text") {
    const factsheet::ui::Theme& theme = factsheet::ui::theme(factsheet::ui::ThemeId::Light);
    size_t pictures = 0;
    for (const auto& language : test::data_languages()) {
        const std::string& lang = language.lang;
        test::HeadlessApp h(390, 844, 2, lang);
        const auto& sheet = h.app.sheet();
        for (const auto& section : sheet.sections) {
            for (const auto& b : section.blocks) {
                for (float width : {320.0f, 390.0f, 768.0f}) {
                    for (float scale : {1.0f, 2.0f}) {
                        const factsheet::ui::Metrics m = factsheet::ui::compute_metrics(width, 800, scale);
                        // The picture's width in the app: the column, less the box the picture sits in.
                        const float w = m.column_w - 2 * m.body_size * 0.9f;
                        const auto pic = factsheet::ui::make_picture(b, sheet, m, h.app.fonts(), w);
                        if (!pic) continue;
                        ++pictures;
                        ImDrawList dl(ImGui::GetDrawListSharedData());
                        dl._ResetForNewFrame();
                        dl.PushClipRectFullScreen();
                        factsheet::ui::PaintLog log;
                        factsheet::ui::Painter p{&dl, theme, h.app.fonts(), 0, 0, 2, true, nullptr, &log};
                        pic->draw(p, 1, -1);
                        CAPTURE(std::string(lang));
                        CAPTURE(b.id);
                        CAPTURE(width);
                        CAPTURE(scale);
                        CHECK_FALSE(log.texts.empty());
                        for (size_t i = 0; i < log.texts.size(); ++i) {
                            const Box& a = log.texts[i];
                            for (size_t j = i + 1; j < log.texts.size(); ++j)
                                CHECK_MESSAGE(!overlap(a, log.texts[j]), "\"" << a.text << "\" overlaps \"" << log.texts[j].text << "\"");
                            for (const Box& pt : log.points) CHECK_MESSAGE(!overlap(a, pt), "\"" << a.text << "\" sits on a point");
                            for (const Segment& s : log.lines) CHECK_MESSAGE(!crosses(s, a), "\"" << a.text << "\" sits on the line");
                        }
                    }
                }
            }
        }
    }
    CHECK(pictures >= 2 * 6 * 4);
}
