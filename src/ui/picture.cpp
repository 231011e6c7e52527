// picture.cpp: what all pictures share (their marks' hit-testing and words), and the choice of
// a picture by its block's kind.
#include "ui/picture.h"

#include "ui/pictures/kinds.h"
#include "ui/pictures/mark_words.h"

namespace factsheet::ui {

Picture::Picture(const PictureArgs& a)
    : b_(a.block), sheet_(a.sheet), m_(a.metrics), f_(a.fonts), z_(sizes_for(a.metrics)), w_(a.width) {}

Mark Picture::mark(int series, int index) const {
    Mark mk;
    mk.series = series;
    mk.index = index;
    mk.label = mark_label(b_, sheet_, mk);
    return mk;
}

int Picture::hit(float x, float y) const {
    for (size_t k = 0; k < marks_.size(); ++k) {
        const Mark& mk = marks_[k];
        if (x >= mk.x && x < mk.x + mk.w && y >= mk.y && y < mk.y + mk.h) return static_cast<int>(k);
    }
    return -1;
}

MarkDetail Picture::describe(int mark) const { return mark_detail(b_, sheet_, marks_[static_cast<size_t>(mark)]); }

std::unique_ptr<Picture> make_picture(const content::Block& b, const content::Sheet& sheet, const Metrics& m,
                                      const Fonts& f, float width) {
    const PictureArgs a{b, sheet, m, f, width};
    if (b.type == content::BlockType::Chart) {
        switch (b.chart_kind) {
            case content::ChartKind::Line: return make_line_chart(a);
            case content::ChartKind::Bar: return make_bar_chart(a);
        }
    }
    if (b.type == content::BlockType::Timeline) return make_timeline(a);
    if (b.type == content::BlockType::Diagram) {
        switch (b.diagram_kind) {
            case content::DiagramKind::Phone: return make_phone_diagram(a);
            case content::DiagramKind::Day: return make_day_diagram(a);
        }
    }
    return nullptr;
}

int step_mark(int selected, int n, int dir) {
    if (n <= 0) return selected;
    if (dir > 0) return (selected + 1) % n;
    return selected <= 0 ? n - 1 : selected - 1;
}

}  // namespace factsheet::ui
