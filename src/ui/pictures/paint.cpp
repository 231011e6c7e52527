// paint.cpp: the painter and the marks all pictures share.
#include "ui/pictures/paint.h"

#include <algorithm>
#include <cmath>

#include "ui/text_layout.h"

namespace factsheet::ui {

Sizes sizes_for(const Metrics& m) {
    Sizes s;
    s.em = m.body_size;
    s.axis = std::max(14.0f, m.small_size * 0.9f);
    s.label = m.small_size;
    s.line = s.label * 1.35f;
    s.pad = m.body_size * 0.6f;
    s.bar = std::max(14.0f, m.small_size * 0.95f);
    return s;
}

void Painter::text(float x, float y, float size, bool bold, std::uint32_t rgb, const std::string& s, std::uint8_t alpha) {
    if (!visible || s.empty()) return;
    dl->AddText(bold ? fonts.bold : fonts.regular, size, ImVec2(snap(ox + x), snap(oy + y)), to_imgui(rgb, alpha), s.c_str());
    if (texts) texts->push_back(s);
    if (log) log->texts.push_back({x, y, measure_text(size, bold, s), size, s});
}

float Painter::measure_text(float size, bool bold, const std::string& s) const {
    return measure(bold ? fonts.bold : fonts.regular, size, s);
}

float text_height(const Fonts& f, float size, float width, const std::string& text, float line) {
    return layout_plain(text, TextStyle{f.regular, size, line}, width).height;
}

std::uint32_t series_color(const Theme& th, int i) {
    switch (i % 3) {
        case 0: return th.series_a;
        case 1: return th.series_b;
        default: return th.series_c;
    }
}

void pattern_rect(ImDrawList* dl, ImVec2 a, ImVec2 b, std::uint32_t rgb, int pattern, float unit) {
    if (b.x - a.x < 0.5f || b.y - a.y < 0.5f) return;
    const std::uint32_t col = to_imgui(rgb);
    switch (pattern % 3) {
        case 0: dl->AddRectFilled(a, b, col); break;
        case 1: {
            dl->PushClipRect(a, b, true);
            const float step = std::max(5.0f, unit * 0.45f);
            for (float x = a.x - (b.y - a.y); x < b.x; x += step)
                dl->AddLine(ImVec2(x, b.y), ImVec2(x + (b.y - a.y), a.y), col, 2.0f);
            dl->PopClipRect();
            break;
        }
        default: {
            dl->PushClipRect(a, b, true);
            const float step = std::max(5.0f, unit * 0.4f);
            for (float y = a.y + step * 0.5f; y < b.y; y += step)
                for (float x = a.x + step * 0.5f; x < b.x; x += step) dl->AddCircleFilled(ImVec2(x, y), unit * 0.11f, col, 8);
            dl->PopClipRect();
        }
    }
    dl->AddRect(a, b, col, 0, 0, 1.5f);
}

void marker(ImDrawList* dl, ImVec2 c, int series, std::uint32_t rgb, std::uint32_t ring, float r) {
    // A ring around the marker, so it stands out on a line.
    const float edge = series % 3 == 0 ? r / 3 : r * 0.22f;
    switch (series % 3) {
        case 0:
            dl->AddCircleFilled(c, r + edge, to_imgui(ring), 16);
            dl->AddCircleFilled(c, r, to_imgui(rgb), 16);
            break;
        case 1:
            dl->AddRectFilled(ImVec2(c.x - r - edge, c.y - r - edge), ImVec2(c.x + r + edge, c.y + r + edge), to_imgui(ring));
            dl->AddRect(ImVec2(c.x - r + 0.5f, c.y - r + 0.5f), ImVec2(c.x + r - 0.5f, c.y + r - 0.5f), to_imgui(rgb), 0, 0, 2.2f);
            break;
        default:
            dl->AddQuadFilled(ImVec2(c.x, c.y - r - edge), ImVec2(c.x + r + edge, c.y), ImVec2(c.x, c.y + r + edge),
                              ImVec2(c.x - r - edge, c.y), to_imgui(rgb));
    }
}

float legend_height(const content::Block& b, const Fonts& f, const Sizes& z, float w) {
    float h = 0;
    for (const content::ChartSeries& s : b.series)
        h += std::max(z.line, text_height(f, z.label, w - z.label * 2.2f, s.label, z.line)) + z.em * 0.25f;
    return h;
}

void draw_legend(Painter& p, const content::Block& b, float y, float w, const Sizes& z) {
    for (size_t i = 0; i < b.series.size(); ++i) {
        const std::uint32_t col = series_color(p.th, static_cast<int>(i));
        const float sw = z.label * 1.6f;
        const ImVec2 c = p.at(sw * 0.5f, y + z.line * 0.5f);
        if (p.visible) {
            if (i == 0) p.dl->AddLine(ImVec2(c.x - sw * 0.5f, c.y), ImVec2(c.x + sw * 0.5f, c.y), to_imgui(col), 2.5f);
            marker(p.dl, c, static_cast<int>(i), col, p.th.surface, z.em * 0.26f);
        }
        const TextBlock tb = layout_plain(b.series[i].label, TextStyle{p.fonts.regular, z.label, z.line}, w - z.label * 2.2f);
        for (const Piece& pc : tb.pieces) p.text(z.label * 2.2f + pc.x, y + pc.y + (z.line - z.label * 1.2f) * 0.5f, z.label, false, p.th.text, pc.text);
        y += std::max(z.line, tb.height) + z.em * 0.25f;
    }
}

void icon(ImDrawList* dl, const std::string& id, ImVec2 c, float r, std::uint32_t col) {
    const std::uint32_t k = to_imgui(col);
    const float t = std::max(1.5f, r * 0.16f);
    if (id == "face") {
        dl->AddCircle(c, r, k, 20, t);
        dl->AddCircleFilled(ImVec2(c.x - r * 0.35f, c.y - r * 0.2f), r * 0.12f + 0.5f, k);
        dl->AddCircleFilled(ImVec2(c.x + r * 0.35f, c.y - r * 0.2f), r * 0.12f + 0.5f, k);
        dl->PathArcTo(ImVec2(c.x, c.y + r * 0.05f), r * 0.5f, 0.5f, 2.64f, 10);
        dl->PathStroke(k, 0, t);
    } else if (id.rfind("location", 0) == 0) {
        const ImVec2 head(c.x, c.y - r * 0.3f);
        dl->AddTriangleFilled(ImVec2(c.x - r * 0.55f, head.y + r * 0.2f), ImVec2(c.x + r * 0.55f, head.y + r * 0.2f), ImVec2(c.x, c.y + r), k);
        dl->AddCircleFilled(head, r * 0.62f, k, 16);
        dl->AddCircleFilled(head, r * 0.25f, IM_COL32(255, 255, 255, 255), 12);
        if (id != "location-checkin") dl->AddCircle(c, r * 1.15f, k, 20, 1.2f);  // "at other times": a ring around
    } else if (id == "contacts") {
        for (float dx : {-0.4f, 0.4f}) {
            dl->AddCircleFilled(ImVec2(c.x + dx * r, c.y - r * 0.35f), r * 0.3f, k, 12);
            dl->PathArcTo(ImVec2(c.x + dx * r, c.y + r * 0.75f), r * 0.5f, 3.4f, 6.02f, 10);
            dl->PathStroke(k, 0, t);
        }
    } else if (id == "device") {
        dl->AddRect(ImVec2(c.x - r * 0.5f, c.y - r * 0.85f), ImVec2(c.x + r * 0.5f, c.y + r * 0.85f), k, r * 0.15f, 0, t);
        dl->AddCircleFilled(ImVec2(c.x, c.y + r * 0.6f), r * 0.1f + 0.5f, k);
    } else if (id == "voice") {
        const float hs[] = {0.35f, 0.8f, 0.55f, 0.95f, 0.4f};
        for (int i = 0; i < 5; ++i) {
            const float x = c.x + (i - 2) * r * 0.38f;
            dl->AddLine(ImVec2(x, c.y - hs[i] * r), ImVec2(x, c.y + hs[i] * r), k, t);
        }
    } else if (id == "retention") {
        dl->AddTriangle(ImVec2(c.x - r * 0.6f, c.y - r * 0.85f), ImVec2(c.x + r * 0.6f, c.y - r * 0.85f), c, k, t);
        dl->AddTriangleFilled(ImVec2(c.x - r * 0.6f, c.y + r * 0.85f), ImVec2(c.x + r * 0.6f, c.y + r * 0.85f), c, k);
    } else if (id == "who-sees") {
        dl->PathArcTo(ImVec2(c.x, c.y + r * 0.9f), r * 1.25f, 3.14159f + 0.6f, 2 * 3.14159f - 0.6f, 12);
        dl->PathStroke(k, 0, t);
        dl->PathArcTo(ImVec2(c.x, c.y - r * 0.9f), r * 1.25f, 0.6f, 3.14159f - 0.6f, 12);
        dl->PathStroke(k, 0, t);
        dl->AddCircleFilled(c, r * 0.32f, k, 12);
    } else {
        dl->AddCircleFilled(c, r * 0.4f, k, 12);
    }
}

void confidence_mark(ImDrawList* dl, ImVec2 c, float r, content::Confidence conf, std::uint32_t col) {
    const std::uint32_t k = to_imgui(col);
    dl->AddCircle(c, r, k, 20, 2.0f);
    if (conf == content::Confidence::High) dl->AddCircleFilled(c, r, k, 20);
    if (conf == content::Confidence::Medium) {
        dl->PathArcTo(c, r, 1.5708f, 1.5708f + 3.14159f, 12);
        dl->PathFillConvex(k);
    }
}

}  // namespace factsheet::ui
