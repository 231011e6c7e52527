// day_diagram.cpp: a day with an ankle monitor: hour labels over one lane per item, each lane a
// 24-hour strip with the item's hours filled in its pattern, or a pointer at a moment.
#include <algorithm>

#include "ui/chart_math.h"
#include "ui/pictures/kinds.h"
#include "ui/pictures/mark_words.h"
#include "present/words.h"

namespace factsheet::ui {
namespace {

class DayDiagram final : public Picture {
public:
    explicit DayDiagram(const PictureArgs& a) : Picture(a) { layout(); }
    void draw(Painter& p, float progress, int selected) const override;

private:
    void layout();
    // Where a lane's label and strip stand in its row.
    float label_gap() const { return z_.em * 0.18f; }
    float strip_h() const { return z_.bar * 1.3f; }
};

void DayDiagram::layout() {
    const Sizes& z = z_;
    plot_x_ = z.em * 0.35f;
    plot_w_ = w_ - 2 * plot_x_;
    float y = 0;
    plot_y_ = y;
    y += z.axis * 1.6f;  // hour labels
    for (size_t i = 0; i < b_.diagram_items.size(); ++i) {
        const float th = text_height(f_, z.label, plot_w_, b_.diagram_items[i].label, z.line);
        Mark mk = mark(-1, static_cast<int>(i));
        mk.x = 0;
        mk.y = y;
        mk.w = w_;
        mk.h = std::max(m_.tap_min, th + label_gap() + strip_h() + z.em * 0.6f);
        mk.cx = w_ * 0.5f;
        mk.cy = y + mk.h * 0.5f;
        y += mk.h + z.em * 0.12f;
        marks_.push_back(std::move(mk));
    }
    plot_h_ = y - plot_y_;
    height_ = y;
}

void DayDiagram::draw(Painter& p, float progress, int selected) const {
    const Theme& th = p.th;
    const Sizes& z = z_;
    const chart::LinearScale hx{0, 24, plot_x_, plot_x_ + plot_w_};
    // Hour labels every six hours (fewer if they would touch), with light lines down the lanes.
    std::vector<chart::LabelBox> boxes;
    std::vector<std::string> words;
    for (int h = 0; h <= 24; h += 6) {
        const std::string s = present::hour(sheet_, h);
        const float w = p.measure_text(z.axis, false, s);
        boxes.push_back({hx(h) - w * 0.5f, plot_y_, w, z.axis * 1.2f, h == 0 || h == 24 ? 1 : 0});
        words.push_back(s);
    }
    const auto placed = chart::place_labels(boxes, 0, w_, z.axis * 0.4f);
    for (size_t k = 0; k < placed.size(); ++k)
        if (placed[k].shown) p.text(placed[k].x, placed[k].y, z.axis, false, th.muted, words[k]);
    const float round = z.em * 0.35f, edge = z.em * 0.12f;
    for (size_t k = 0; k < marks_.size(); ++k) {
        const Mark& mk = marks_[k];
        const content::DiagramItem& item = b_.diagram_items[static_cast<size_t>(mk.index)];
        const bool sel = static_cast<int>(k) == selected;
        if (sel && p.visible) {
            p.dl->AddRectFilled(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h), to_imgui(th.pressed, 200), round);
            p.dl->AddRect(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h), to_imgui(th.accent), round, 0, 2.5f);
        }
        p.text(plot_x_, mk.y + label_gap(), z.label, true, th.text, item.label);
        const float top = mk.y + label_gap() + z.line + edge, bottom = top + strip_h();
        if (!p.visible) continue;
        p.dl->AddRectFilled(p.at(hx(0), top), p.at(hx(24), bottom), to_imgui(th.background), z.em * 0.18f);
        for (int h = 6; h < 24; h += 6) p.dl->AddLine(p.at(hx(h), top), p.at(hx(h), bottom), to_imgui(th.rule, 120), 1.0f);
        p.dl->AddRect(p.at(hx(0), top), p.at(hx(24), bottom), to_imgui(th.rule), z.em * 0.18f, 0, 1.0f);
        const std::uint32_t col = series_color(th, static_cast<int>(k));
        for (const content::HourRange& r : item.hours) {
            if (r.moment()) {
                // A moment: a pointer down onto the strip and a stroke through it.
                const float x = hx(r.from);
                const float s = z.bar * 0.45f * progress;
                p.dl->AddLine(p.at(x, top), p.at(x, bottom), to_imgui(col), 3.0f);
                p.dl->AddTriangleFilled(p.at(x - s, top - s * 0.4f), p.at(x + s, top - s * 0.4f), p.at(x, top + s * 1.1f), to_imgui(col));
                continue;
            }
            auto span = [&](double a, double c) {
                const double end = a + (c - a) * progress;
                pattern_rect(p.dl, p.at(hx(a), top + edge), p.at(hx(end), bottom - edge), col, static_cast<int>(k), z.bar);
            };
            if (r.to > r.from) span(r.from, r.to);
            else {
                span(r.from, 24);
                if (r.to > 0) span(0, r.to);
            }
        }
    }
}

}  // namespace

std::unique_ptr<Picture> make_day_diagram(const PictureArgs& a) { return std::make_unique<DayDiagram>(a); }

}  // namespace factsheet::ui
