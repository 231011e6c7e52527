// bar_chart.cpp: a horizontal bar chart: the unit, a value grid with its labels on top, then one
// group of bars per date (in time order), each bar with its value and series name written on it.
#include <algorithm>

#include "ui/chart_math.h"
#include "ui/pictures/kinds.h"
#include "ui/pictures/mark_words.h"
#include "present/words.h"

namespace factsheet::ui {
namespace {

class BarChart final : public Picture {
public:
    explicit BarChart(const PictureArgs& a) : Picture(a) { layout(); }
    bool one_control() const override { return true; }
    int hit(float x, float y) const override;
    void draw(Painter& p, float progress, int selected) const override;

private:
    struct Group {
        float y = 0;
        std::string label;
    };
    void layout();
    chart::Ticks ticks_;
    chart::LinearScale xv_;
    std::vector<Group> groups_;
};

void BarChart::layout() {
    const Sizes& z = z_;
    float y = 0;
    y += z.axis * 1.4f;  // the unit
    const float ticks_y = y;
    y += z.axis * 1.5f;  // tick labels
    plot_x_ = z.em * 0.12f;
    plot_w_ = w_ - 2 * plot_x_;
    double vmax = 0;
    std::vector<std::pair<double, content::Date>> dates;  // one group per date, in time order
    for (const content::ChartSeries& s : b_.series) {
        for (const content::ChartPoint& p : s.points) {
            vmax = std::max(vmax, p.value);
            const double key = chart::date_to_years(p.date);
            bool seen = false;
            for (const auto& d : dates) seen = seen || d.first == key;
            if (!seen) dates.push_back({key, p.date});
        }
    }
    std::sort(dates.begin(), dates.end(), [](const auto& a, const auto& c) { return a.first < c.first; });
    ticks_ = chart::nice_ticks(vmax, std::max(2, static_cast<int>(plot_w_ / (z.axis * 4.5f))));
    xv_ = chart::LinearScale{0, ticks_.top, plot_x_, plot_x_ + plot_w_};
    plot_y_ = ticks_y;
    const float row = std::max(m_.tap_min, z.line + z.bar + z.em * 0.5f);
    for (const auto& d : dates) {
        Group g;
        g.y = y;
        for (const content::ChartSeries& s : b_.series) {
            for (const content::ChartPoint& p : s.points) {
                if (chart::date_to_years(p.date) == d.first && g.label.empty()) g.label = present::point_label(sheet_, p);
            }
        }
        groups_.push_back(g);
        y += z.line + z.em * 0.12f;
        for (size_t si = 0; si < b_.series.size(); ++si) {
            const auto& pts = b_.series[si].points;
            for (size_t pi = 0; pi < pts.size(); ++pi) {
                if (chart::date_to_years(pts[pi].date) != d.first) continue;
                Mark mk = mark(static_cast<int>(si), static_cast<int>(pi));
                mk.x = plot_x_;
                mk.y = y;
                mk.w = plot_w_;
                mk.h = row;
                mk.cx = xv_(pts[pi].value);
                mk.cy = y + z.line + z.bar * 0.5f;
                marks_.push_back(std::move(mk));
                y += row;
            }
        }
        y += z.pad * 0.5f;
    }
    plot_h_ = y - plot_y_;
    height_ = y;
}

// The bar whose row is nearest in height: anywhere across the plot chooses it.
int BarChart::hit(float, float y) const {
    int best = -1;
    float best_d = 0;
    for (size_t k = 0; k < marks_.size(); ++k) {
        const float top = marks_[k].y, bottom = top + marks_[k].h;
        const float d = y < top ? top - y : (y > bottom ? y - bottom : 0);
        if (best < 0 || d < best_d) {
            best_d = d;
            best = static_cast<int>(k);
        }
    }
    return best;
}

void BarChart::draw(Painter& p, float progress, int selected) const {
    const Theme& th = p.th;
    const Sizes& z = z_;
    p.text(plot_x_, 0, z.axis, true, th.muted, b_.y_unit);
    // Value grid: tick labels on top, lines down through every group.
    std::vector<chart::LabelBox> boxes;
    std::vector<std::string> words;
    for (double v : ticks_.values) {
        const float x = xv_(v);
        const std::string s = present::tick(sheet_, v);
        const float w = p.measure_text(z.axis, false, s);
        boxes.push_back({x - w * 0.5f, plot_y_, w, z.axis * 1.2f, v == 0 ? 0 : static_cast<int>(boxes.size())});
        words.push_back(s);
        if (p.visible)
            p.dl->AddLine(p.at(x, plot_y_ + z.axis * 1.35f), p.at(x, plot_y_ + plot_h_), to_imgui(th.rule, v == 0 ? 255 : 90),
                          v == 0 ? 1.5f : 1.0f);
    }
    const auto placed = chart::place_labels(boxes, 0, w_, z.axis * 0.5f);
    for (size_t k = 0; k < placed.size(); ++k)
        if (placed[k].shown) p.text(placed[k].x, placed[k].y, z.axis, false, th.muted, words[k]);
    const float inset = z.em * 0.25f, gap = z.em * 0.12f, round = z.em * 0.25f;
    for (const Group& g : groups_) p.text(plot_x_ + inset, g.y, z.label, true, th.heading, g.label);
    for (size_t k = 0; k < marks_.size(); ++k) {
        const Mark& mk = marks_[k];
        const content::ChartSeries& s = b_.series[static_cast<size_t>(mk.series)];
        const content::ChartPoint& pt = s.points[static_cast<size_t>(mk.index)];
        if (static_cast<int>(k) == selected && p.visible) {
            p.dl->AddRectFilled(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h - gap), to_imgui(th.pressed, 200), round);
            p.dl->AddRect(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h - gap), to_imgui(th.heading), round, 0, 2);
        }
        // The value and the series' name on every bar: colour and pattern are never needed to read it.
        const std::string value = present::value_sign(sheet_, pt.value, pt.qualifier);
        const float vw = p.measure_text(z.label, true, value);
        p.text(plot_x_ + inset, mk.y + gap, z.label, true, th.text, value);
        const float room = plot_w_ - vw - z.label * 1.2f;
        std::string name = s.label;
        if (p.measure_text(z.label, false, name) > room) {
            const std::string dots = "\xE2\x80\xA6";
            while (!name.empty() && p.measure_text(z.label, false, name + dots) > room) {
                name.pop_back();
                while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
            }
            name += dots;
        }
        p.text(plot_x_ + inset + vw + z.label * 0.6f, mk.y + gap, z.label, false, th.muted, name);
        if (p.visible) {
            const float x0 = xv_(0), x1 = x0 + (xv_(pt.value) - x0) * progress;
            const float top = mk.cy - z.bar * 0.5f;
            pattern_rect(p.dl, p.at(x0, top), p.at(std::max(x0 + gap, x1), top + z.bar), series_color(th, mk.series), mk.series, z.bar);
        }
    }
}

}  // namespace

std::unique_ptr<Picture> make_bar_chart(const PictureArgs& a) { return std::make_unique<BarChart>(a); }

}  // namespace factsheet::ui
