// mark_words.cpp: the words a picture says about its marks (moved here unchanged from the
// drawing code).
#include "ui/pictures/mark_words.h"

#include <cstdio>

#include "content/evidence.h"
#include "ui/chart_math.h"
#include "ui/document.h"  // format_date
#include "ui/picture.h"

namespace factsheet::ui {

using content::Block;
using content::BlockType;
using content::Sheet;
using content::Span;

std::string hour_text(double h, const std::string& lang) {
    const int minutes = static_cast<int>(h * 60.0 + 0.5);
    if (minutes >= 24 * 60) return lang == "en" ? "midnight" : "24:00";
    const int hh = minutes / 60 % 24, mm = minutes % 60;
    char buf[16];
    if (lang == "en") {
        const int h12 = hh % 12 == 0 ? 12 : hh % 12;
        if (mm) std::snprintf(buf, sizeof buf, "%d:%02d %s", h12, mm, hh < 12 ? "am" : "pm");
        else std::snprintf(buf, sizeof buf, "%d %s", h12, hh < 12 ? "am" : "pm");
    } else {
        std::snprintf(buf, sizeof buf, "%02d:%02d", hh, mm);
    }
    return buf;
}

std::string hours_text(const content::DiagramItem& item, const std::string& lang) {
    std::string out;
    for (size_t i = 0; i < item.hours.size(); ++i) {
        if (i) out += ", ";
        out += hour_text(item.hours[i].from, lang);
        if (!item.hours[i].moment()) out += "\xE2\x80\x93" + hour_text(item.hours[i].to, lang);
    }
    return out;
}

const char* confidence_key(content::Confidence c) {
    switch (c) {
        case content::Confidence::High: return "confidence_high";
        case content::Confidence::Medium: return "confidence_medium";
        case content::Confidence::Low: break;
    }
    return "confidence_low";
}

std::string short_value(const content::ChartPoint& p, const std::string& lang) {
    std::string sign;
    switch (p.qualifier) {
        case content::Qualifier::About: sign = "~"; break;
        case content::Qualifier::MoreThan: sign = ">"; break;
        case content::Qualifier::LessThan: sign = "<"; break;
        case content::Qualifier::Exact: break;
    }
    return sign + chart::format_value(p.value, lang);
}

std::string point_label(const content::ChartPoint& p, const std::string& lang) {
    return p.label.empty() ? format_date(p.date, lang) : p.label;
}

std::string mark_label(const Block& b, const Sheet& sheet, const Mark& mk) {
    if (b.type == BlockType::Diagram) return b.diagram_items[static_cast<size_t>(mk.index)].label;
    const content::ChartSeries& s = b.series[static_cast<size_t>(mk.series)];
    const content::ChartPoint& p = s.points[static_cast<size_t>(mk.index)];
    return point_label(p, sheet.lang) + ": " + chart::qualified_value(p.value, p.qualifier, sheet.lang) +
           (b.y_unit.empty() ? "" : " " + b.y_unit) + " (" + s.label + ")";
}

MarkDetail mark_detail(const Block& b, const Sheet& sheet, const Mark& mk) {
    MarkDetail d;
    if (b.type == BlockType::Diagram) {
        const content::DiagramItem& item = b.diagram_items[static_cast<size_t>(mk.index)];
        d.head = item.label;
        if (!item.hours.empty()) d.head += ": " + hours_text(item, sheet.lang);
        d.body = item.text;
        d.foot = sheet.ui_text(confidence_key(item.confidence));
        d.place = content::place_of_item(b, item);
        return d;
    }
    const content::ChartSeries& s = b.series[static_cast<size_t>(mk.series)];
    const content::ChartPoint& p = s.points[static_cast<size_t>(mk.index)];
    d.head = point_label(p, sheet.lang) + ": " + chart::qualified_value(p.value, p.qualifier, sheet.lang) +
             (b.y_unit.empty() ? "" : " " + b.y_unit);
    std::string intro = s.label + ".";
    if (!p.note.empty()) intro += " " + p.note;
    intro += " " + sheet.ui_text("source") + ": ";
    d.body.push_back({Span::Kind::Text, intro, ""});
    for (size_t i = 0; i < p.sources.size(); ++i) {
        const content::Source* src = sheet.find_source(p.sources[i]);
        std::string name = src ? src->publisher + " (" + format_date(src->date, sheet.lang) + ")" : p.sources[i];
        d.body.push_back({Span::Kind::Text, (i ? "; " : "") + name, ""});
        d.body.push_back({Span::Kind::Cite, "", p.sources[i]});
    }
    d.place = content::place_of_point(b, s, p);
    return d;
}

}  // namespace factsheet::ui
