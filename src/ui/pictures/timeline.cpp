// timeline.cpp: dated events down a rail, in date order: a dot on the rail for each, its date
// over its label. The rail grows in; each event is a mark (tap or keys for its words and source).
#include <algorithm>

#include "present/words.h"
#include "ui/pictures/kinds.h"
#include "ui/text_layout.h"

namespace factsheet::ui {
namespace {

class Timeline final : public Picture {
public:
    explicit Timeline(const PictureArgs& a) : Picture(a) { layout(); }
    void draw(Painter& p, float progress, int selected) const override;

private:
    void layout();
    float rail_x() const { return z_.em * 0.8f; }
    float text_x() const { return z_.em * 1.9f; }
    float text_w() const { return std::max(z_.em * 4, w_ - text_x() - z_.em * 0.4f); }
    float pad() const { return z_.em * 0.3f; }
    std::vector<std::string> dates_;  // each event's date as the sheet writes it
};

void Timeline::layout() {
    const Sizes& z = z_;
    plot_x_ = 0;
    plot_y_ = 0;
    plot_w_ = w_;
    float y = 0;
    for (size_t i = 0; i < b_.events.size(); ++i) {
        const content::TimelineEvent& e = b_.events[i];
        dates_.push_back(present::date(sheet_, e.date));
        const float label_h = layout_plain(e.label, TextStyle{f_.bold, z.label, z.line}, text_w()).height;
        Mark mk = mark(-1, static_cast<int>(i));
        mk.x = 0;
        mk.y = y;
        mk.w = w_;
        mk.h = std::max(m_.tap_min, pad() + z.line + label_h + pad());
        mk.cx = rail_x();
        mk.cy = y + pad() + z.line * 0.5f;
        y += mk.h + z.em * 0.1f;
        marks_.push_back(std::move(mk));
    }
    plot_h_ = y;
    height_ = y;
}

void Timeline::draw(Painter& p, float progress, int selected) const {
    const Theme& th = p.th;
    const Sizes& z = z_;
    if (marks_.empty()) return;
    const float first = marks_.front().cy, last = marks_.back().cy;
    // The rail grows down to where the grow-in has reached; the events appear as it passes them.
    const float reach = first + (last - first) * progress;
    if (p.visible) p.dl->AddLine(p.at(rail_x(), first), p.at(rail_x(), std::max(first, reach)), to_imgui(th.rule), std::max(2.0f, z.em * 0.14f));
    const float round = z.em * 0.35f;
    for (size_t k = 0; k < marks_.size(); ++k) {
        const Mark& mk = marks_[k];
        const content::TimelineEvent& e = b_.events[static_cast<size_t>(mk.index)];
        const bool sel = static_cast<int>(k) == selected;
        const bool shown = mk.cy <= reach + 0.5f;
        const std::uint8_t alpha = shown ? 255 : 0;
        if (p.visible && sel) {
            p.dl->AddRectFilled(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h), to_imgui(th.pressed, 200), round);
            p.dl->AddRect(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h), to_imgui(th.accent), round, 0, 2.5f);
        }
        if (p.visible && shown) {
            const float r = z.em * (sel ? 0.42f : 0.32f);
            p.dl->AddCircleFilled(p.at(mk.cx, mk.cy), r, to_imgui(th.series_a));
            p.dl->AddCircle(p.at(mk.cx, mk.cy), r, to_imgui(th.surface), 0, 1.5f);
        }
        if (!shown) continue;
        const float ty = mk.y + pad();
        p.text(text_x(), ty + (z.line - z.label * 1.2f) * 0.5f, z.label, false, th.muted, dates_[k], alpha);
        const TextBlock tb = layout_plain(e.label, TextStyle{p.fonts.bold, z.label, z.line}, text_w());
        for (const Piece& pc : tb.pieces)
            p.text(text_x() + pc.x, ty + z.line + pc.y + (z.line - z.label * 1.2f) * 0.5f, z.label, true, th.text, pc.text, alpha);
    }
}

}  // namespace

std::unique_ptr<Picture> make_timeline(const PictureArgs& a) { return std::make_unique<Timeline>(a); }

}  // namespace factsheet::ui
