// paint.h: what every picture draws with: its sizes in font units, a painter that places drawing
// at the picture's rectangle, and the shared marks (series colours and patterns, point markers,
// the legend, the phone's pictograms and the confidence marks).
#pragma once

#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "content/sheet.h"
#include "imgui.h"
#include "ui/document.h"  // Fonts
#include "ui/metrics.h"
#include "ui/theme.h"

namespace factsheet::ui {

// A picture's sizes, all from the reading metrics, so it scales with the reader's text size.
struct Sizes {
    float em;     // the body text size: the unit of every gap, inset and marker
    float axis;   // tick labels, never under 14 CSS px
    float label;  // value labels, legend, item labels
    float line;   // line advance at `label`
    float pad;
    float bar;    // bar thickness, strip height
};
Sizes sizes_for(const Metrics& m);

// Where a picture put its words and its data (picture coordinates), for the tests that hold its
// labels clear of each other, of the lines and of the points.
struct PaintLog {
    struct Box {
        float x, y, w, h;
        std::string text;
    };
    struct Segment {
        float x0, y0, x1, y1;
    };
    std::vector<Box> texts;
    std::vector<Segment> lines;  // a line chart's joined series
    std::vector<Box> points;     // its point markers
};

// Draws at a rectangle's top-left corner (screen position ox, oy); records the words it draws.
struct Painter {
    ImDrawList* dl;
    const Theme& th;
    const Fonts& fonts;
    float ox, oy;
    float dpr = 1;
    bool visible = true;                       // off screen: lay out, draw nothing
    std::vector<std::string>* texts = nullptr;  // the words drawn, for tests and assistive tech
    PaintLog* log = nullptr;                    // where they went, for the layout tests

    float snap(float v) const { return std::round(v * dpr) / dpr; }
    ImVec2 at(float x, float y) const { return ImVec2(ox + x, oy + y); }
    void text(float x, float y, float size, bool bold, std::uint32_t rgb, const std::string& s, std::uint8_t alpha = 255);
    float measure_text(float size, bool bold, const std::string& s) const;
};

// Height of plain text wrapped at `width` in the regular face.
float text_height(const Fonts& f, float size, float width, const std::string& text, float line);

std::uint32_t series_color(const Theme& th, int i);
// A filled rectangle in a series' pattern: 0 solid, 1 diagonal hatching, 2 dots; all outlined.
void pattern_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, std::uint32_t rgb, int pattern, float unit);
// A line chart's point marker: series 0 a filled circle, 1 a hollow square, 2 a diamond.
void marker(ImDrawList* dl, ImVec2 c, int series, std::uint32_t rgb, std::uint32_t ring, float r);
// Legend rows at y (a marker, then the series label, wrapped), and their height.
float legend_height(const content::Block& b, const Fonts& f, const Sizes& z, float w);
void draw_legend(Painter& p, const content::Block& b, float y, float w, const Sizes& z);
// Small pictograms for the phone's items, by the item's id (a dot for any other).
void icon(ImDrawList* dl, const std::string& id, ImVec2 c, float r, std::uint32_t col);
// How sure: a filled circle (high), a half-filled one (medium), an empty one (low).
void confidence_mark(ImDrawList* dl, ImVec2 c, float r, content::Confidence conf, std::uint32_t col);

}  // namespace factsheet::ui
