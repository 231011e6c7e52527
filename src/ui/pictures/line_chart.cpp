// line_chart.cpp: a time line chart: a legend when there are several series, the unit, a value
// grid, a time axis that may break over a gap in the dates, one joined line (the first series;
// the others are points only), and value labels where they fit.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "ui/chart_math.h"
#include "ui/pictures/kinds.h"
#include "ui/pictures/mark_words.h"
#include "present/words.h"

namespace factsheet::ui {
namespace {

class LineChart final : public Picture {
public:
    explicit LineChart(const PictureArgs& a) : Picture(a) { layout(); }
    bool one_control() const override { return true; }
    int hit(float x, float y) const override;
    void draw(Painter& p, float progress, int selected) const override;

private:
    void layout();
    // Whether the line joins these two marks (the first series' neighbours, not across the break).
    bool joined(const Mark& a, const Mark& b) const {
        if (a.series != 0 || b.series != 0 || b.index != a.index + 1) return false;
        return !(time_.broken() && a.cx <= time_.segments[0].x1 && b.cx >= time_.segments[1].x0);
    }
    float legend_y_ = 0;
    chart::TimeAxis time_;
    chart::Ticks ticks_;
    chart::LinearScale y_;
};

void LineChart::layout() {
    const Sizes& z = z_;
    float y = 0;
    if (b_.series.size() > 1) {
        legend_y_ = y;
        y += legend_height(b_, f_, z, w_) + z.pad * 0.5f;
    }
    y += z.axis * 1.5f;  // the unit, above the plot
    plot_x_ = z.em * 0.12f;
    plot_w_ = w_ - 2 * plot_x_;
    plot_y_ = y + z.axis * 1.4f;  // room for the top tick label
    plot_h_ = std::clamp(w_ * 0.72f, 190.0f, 330.0f) * std::min(1.25f, m_.text_scale);
    std::vector<double> xs;
    double vmax = 0;
    for (const content::ChartSeries& s : b_.series) {
        for (const content::ChartPoint& p : s.points) {
            xs.push_back(chart::date_to_years(p.date));
            vmax = std::max(vmax, p.value);
        }
    }
    const float inset = z.em * 0.25f;
    time_ = chart::make_time_axis(xs, plot_x_ + inset, plot_x_ + plot_w_ - inset, z.label * 1.4f);
    ticks_ = chart::nice_ticks(vmax, std::max(2, static_cast<int>(plot_h_ / (z.axis * 4.0f))));
    y_ = chart::LinearScale{0, ticks_.top, plot_y_ + plot_h_, plot_y_};
    const float tap = m_.tap_min;
    for (size_t si = 0; si < b_.series.size(); ++si) {
        for (size_t pi = 0; pi < b_.series[si].points.size(); ++pi) {
            const content::ChartPoint& p = b_.series[si].points[pi];
            Mark mk = mark(static_cast<int>(si), static_cast<int>(pi));
            mk.cx = time_.map(chart::date_to_years(p.date));
            mk.cy = y_(p.value);
            mk.w = mk.h = tap;
            mk.x = std::clamp(mk.cx - tap * 0.5f, plot_x_, plot_x_ + plot_w_ - tap);
            mk.y = std::clamp(mk.cy - tap * 0.5f, plot_y_, plot_y_ + plot_h_ - tap);
            marks_.push_back(std::move(mk));
        }
    }
    height_ = plot_y_ + plot_h_ + z.axis * 1.9f;
}

int LineChart::hit(float x, float y) const {
    int best = -1;
    float best_d = FLT_MAX;
    for (size_t k = 0; k < marks_.size(); ++k) {
        const float dx = x - marks_[k].cx, dy = y - marks_[k].cy;
        const float d = dx * dx + dy * dy * 0.25f;  // mostly by time: points sit on one column
        if (d < best_d) {
            best_d = d;
            best = static_cast<int>(k);
        }
    }
    return best;
}

void LineChart::draw(Painter& p, float progress, int selected) const {
    const Theme& th = p.th;
    const Sizes& z = z_;
    const content::Block& b = b_;
    if (b.series.size() > 1) draw_legend(p, b, legend_y_, w_, z);
    // The unit, then the value grid with its labels just above each line, at the left.
    p.text(plot_x_, plot_y_ - z.axis * 2.9f, z.axis, true, th.muted, b.y_unit);
    const float right = plot_x_ + plot_w_;
    std::vector<chart::LabelBox> boxes;
    std::vector<std::string> words;
    std::vector<std::uint32_t> colours;
    for (double v : ticks_.values) {
        const float y = y_(v);
        if (p.visible)
            p.dl->AddLine(p.at(plot_x_, y), p.at(right, y), to_imgui(th.rule, v == 0 ? 255 : 90), v == 0 ? 1.5f : 1.0f);
        if (v == 0) continue;
        const std::string s = present::tick(sheet_, v);
        boxes.push_back({plot_x_, y - z.axis * 1.3f, p.measure_text(z.axis, false, s), z.axis * 1.2f, -1});
        words.push_back(s);
        colours.push_back(th.muted);
    }
    // The broken time axis: a gap with two slanted strokes on the baseline.
    const float base = plot_y_ + plot_h_;
    if (time_.broken() && p.visible) {
        const float gx0 = time_.segments[0].x1, gx1 = time_.segments[1].x0;
        const float e = z.em * 0.12f, s = z.em * 0.18f;
        p.dl->AddRectFilled(p.at(gx0 + e, plot_y_ - e), p.at(gx1 - e, base + s), to_imgui(th.surface));
        for (float dx : {-s, s}) {
            const float cx = (gx0 + gx1) * 0.5f + dx;
            p.dl->AddLine(p.at(cx - s, base + 2 * s), p.at(cx + s, base - 2 * s), to_imgui(th.rule), 1.5f);
        }
    }
    // Reveal from left to right.
    const float reveal = plot_x_ + plot_w_ * progress + 0.5f;
    // Lines join a series' points in time order within a segment of the axis, never across its break.
    if (p.visible) {
        // Only the first series is joined: other kinds of count are points only, never joined to it.
        const std::uint32_t col = to_imgui(series_color(th, 0));
        const Mark* prev = nullptr;
        for (const Mark& mk : marks_) {
            if (mk.series != 0) continue;
            if (prev) {
                if (joined(*prev, mk) && prev->cx < reveal) {
                    const float t = std::min(1.0f, (reveal - prev->cx) / std::max(0.01f, mk.cx - prev->cx));
                    p.dl->AddLine(p.at(prev->cx, prev->cy), p.at(prev->cx + (mk.cx - prev->cx) * t, prev->cy + (mk.cy - prev->cy) * t),
                                  col, 2.5f);
                }
            }
            prev = &mk;
        }
        for (const Mark& mk : marks_) {
            if (mk.cx > reveal) continue;
            marker(p.dl, p.at(mk.cx, mk.cy), mk.series, series_color(th, mk.series), th.surface, z.em * 0.26f);
        }
    }
    // The markers and the joined line are obstacles no label may cover: the line as small boxes
    // along it, a line's width and a little more across.
    const size_t first_obstacle = boxes.size();
    const float keep = z.em * 0.35f;
    auto obstacle = [&](float x, float y, float r) {
        boxes.push_back({x - r, y - r, 2 * r, 2 * r, -3, true});
        words.push_back("");
        colours.push_back(th.text);
    };
    for (const Mark& mk : marks_) {
        obstacle(mk.cx, mk.cy, keep);
        if (p.log) p.log->points.push_back({mk.cx - keep, mk.cy - keep, 2 * keep, 2 * keep, {}});
    }
    for (size_t k = 1; k < marks_.size(); ++k) {
        const Mark& a = marks_[k - 1];
        const Mark& b2 = marks_[k];
        if (!joined(a, b2)) continue;
        if (p.log) p.log->lines.push_back({a.cx, a.cy, b2.cx, b2.cy});
        const float len = std::hypot(b2.cx - a.cx, b2.cy - a.cy);
        const float step = z.em * 0.2f;
        for (float t = step; t < len; t += step) obstacle(a.cx + (b2.cx - a.cx) * t / len, a.cy + (b2.cy - a.cy) * t / len, 2.0f);
    }
    // Value labels where they fit: the highest, the latest, the earliest, then the rest.
    double vmax = 0;
    for (const Mark& mk : marks_) vmax = std::max(vmax, b.series[static_cast<size_t>(mk.series)].points[static_cast<size_t>(mk.index)].value);
    const size_t first_value = boxes.size();
    const float above = z.em * 0.6f;
    for (size_t k = 0; k < marks_.size(); ++k) {
        const Mark& mk = marks_[k];
        const auto& pts = b.series[static_cast<size_t>(mk.series)].points;
        const content::ChartPoint& pt = pts[static_cast<size_t>(mk.index)];
        const std::string s = present::value_sign(sheet_, pt.value, pt.qualifier);
        const float w = p.measure_text(z.axis, true, s);
        int prio = 10 + static_cast<int>(k);
        if (pt.value == vmax) prio = 0;
        else if (mk.index + 1 == static_cast<int>(pts.size())) prio = 1 + mk.series;
        else if (mk.index == 0) prio = 4 + mk.series;
        if (static_cast<int>(k) == selected) prio = -2;
        boxes.push_back({mk.cx - w * 0.5f, mk.cy - z.axis * 1.2f - above, w, z.axis * 1.2f, prio});  // just above
        words.push_back(s);
        colours.push_back(th.text);
    }
    // A label that cannot sit just above its point may sit just below it, inside the plot; never
    // higher up, where it would read as a higher neighbour's value.
    const std::vector<chart::Placed> placed = chart::place_labels(boxes, plot_x_, right, z.em * 0.18f, z.axis * 1.2f + 2 * above,
                                                                  plot_y_ - z.axis * 1.2f, base - z.em * 0.12f, false);
    for (size_t k = 0; k < placed.size(); ++k) {
        if (!placed[k].shown || (k >= first_obstacle && k < first_value)) continue;
        if (k >= first_value && marks_[k - first_value].cx > reveal) continue;
        p.text(placed[k].x, placed[k].y, z.axis, k >= first_value, colours[k], words[k]);
    }
    // The time axis: years under each segment, spaced so they never touch.
    std::vector<chart::LabelBox> years;
    std::vector<std::string> year_words;
    const float yw = p.measure_text(z.axis, false, "2000");
    for (const chart::TimeSegment& s : time_.segments) {
        for (double y : chart::year_ticks(s, yw, z.axis)) {
            const float x = time_.map(y + 1e-6);
            if (p.visible) p.dl->AddLine(p.at(x, base), p.at(x, base + z.em * 0.3f), to_imgui(th.rule), 1.5f);
            const std::string label = std::to_string(static_cast<int>(y));
            const float w = p.measure_text(z.axis, false, label);
            years.push_back({x - w * 0.5f, base + z.em * 0.35f, w, z.axis * 1.2f, static_cast<int>(years.size())});
            year_words.push_back(label);
        }
    }
    const auto year_placed = chart::place_labels(years, 0, w_, z.axis * 0.5f);
    for (size_t k = 0; k < year_placed.size(); ++k)
        if (year_placed[k].shown) p.text(year_placed[k].x, year_placed[k].y, z.axis, false, th.muted, year_words[k]);
    // The chosen point: a guide line and a ring.
    if (selected >= 0 && selected < static_cast<int>(marks_.size()) && p.visible) {
        const Mark& mk = marks_[static_cast<size_t>(selected)];
        p.dl->AddLine(p.at(mk.cx, plot_y_), p.at(mk.cx, base), to_imgui(th.heading, 160), 1.5f);
        p.dl->AddCircle(p.at(mk.cx, mk.cy), z.em * 0.55f, to_imgui(th.heading), 20, 2.5f);
    }
}

}  // namespace

std::unique_ptr<Picture> make_line_chart(const PictureArgs& a) { return std::make_unique<LineChart>(a); }

}  // namespace factsheet::ui
