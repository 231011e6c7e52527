// mark_words.cpp: the words a picture says about its marks, written by the presentation layer
// (present/words.h) as the HTML rendition writes them.
#include "ui/pictures/mark_words.h"

#include "content/evidence.h"
#include "present/words.h"
#include "ui/picture.h"

namespace factsheet::ui {

using content::Block;
using content::BlockType;
using content::Sheet;
using content::Span;

const char* confidence_key(content::Confidence c) {
    switch (c) {
        case content::Confidence::High: return "confidence_high";
        case content::Confidence::Medium: return "confidence_medium";
        case content::Confidence::Low: break;
    }
    return "confidence_low";
}

std::string mark_label(const Block& b, const Sheet& sheet, const Mark& mk) {
    if (b.type == BlockType::Diagram) return b.diagram_items[static_cast<size_t>(mk.index)].label;
    if (b.type == BlockType::Timeline) {
        const content::TimelineEvent& e = b.events[static_cast<size_t>(mk.index)];
        return present::date(sheet, e.date) + ": " + e.label;
    }
    const content::ChartSeries& s = b.series[static_cast<size_t>(mk.series)];
    const content::ChartPoint& p = s.points[static_cast<size_t>(mk.index)];
    return present::point_label(sheet, p) + ": " + present::value(sheet, p.value, p.qualifier) +
           (b.y_unit.empty() ? "" : " " + b.y_unit) + " (" + s.label + ")";
}

MarkDetail mark_detail(const Block& b, const Sheet& sheet, const Mark& mk) {
    MarkDetail d;
    if (b.type == BlockType::Diagram) {
        const content::DiagramItem& item = b.diagram_items[static_cast<size_t>(mk.index)];
        d.head = item.label;
        if (!item.hours.empty()) d.head += ": " + present::hours(sheet, item);
        d.body = item.text;
        d.foot = sheet.ui_text(confidence_key(item.confidence));
        d.place = content::place_of_item(b, item);
        return d;
    }
    if (b.type == BlockType::Timeline) {
        const content::TimelineEvent& e = b.events[static_cast<size_t>(mk.index)];
        d.head = present::date(sheet, e.date) + ": " + e.label;
        d.body = e.text;
        d.place = content::place_of_event(b, e);
        return d;
    }
    const content::ChartSeries& s = b.series[static_cast<size_t>(mk.series)];
    const content::ChartPoint& p = s.points[static_cast<size_t>(mk.index)];
    d.head = present::point_label(sheet, p) + ": " + present::value(sheet, p.value, p.qualifier) +
             (b.y_unit.empty() ? "" : " " + b.y_unit);
    std::string intro = s.label + ".";
    if (!p.note.empty()) intro += " " + p.note;
    intro += " " + sheet.ui_text("source") + ": ";
    d.body.push_back({Span::Kind::Text, intro, ""});
    for (size_t i = 0; i < p.sources.size(); ++i) {
        const content::Source* src = sheet.find_source(p.sources[i]);
        std::string name = src ? src->publisher + " (" + present::date(sheet, src->date) + ")" : p.sources[i];
        d.body.push_back({Span::Kind::Text, (i ? "; " : "") + name, ""});
        d.body.push_back({Span::Kind::Cite, "", p.sources[i]});
    }
    d.place = content::place_of_point(b, s, p);
    return d;
}

}  // namespace factsheet::ui
