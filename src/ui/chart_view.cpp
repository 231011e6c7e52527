// chart_view.cpp: lays out and draws the pictures: time line charts, horizontal bar charts, the
// SmartLINK phone and the day strip, each with a detail panel that tells the chosen mark's exact
// value, date and source. Every number drawn comes from the content; the maths is chart_math.
#include "ui/chart_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "content/evidence.h"
#include "content/number.h"
#include "imgui.h"
#include "imgui_internal.h"  // NavMoveRequestCancel
#include "ui/chart_math.h"
#include "ui/text_layout.h"
#include "ui/widgets.h"

namespace factsheet::ui {
namespace {

using content::Block;
using content::BlockType;
using content::Sheet;
using content::Span;

constexpr double kAppearSeconds = 0.4;

// Sizes derived from the reading metrics: labels never under 14 CSS px.
struct Sizes {
    float axis;   // tick labels
    float label;  // value labels, legend, item labels
    float line;   // line advance at `label`
    float pad;
    float bar;    // bar thickness, strip height
};
Sizes sizes_for(const Metrics& m) {
    Sizes s;
    s.axis = std::max(14.0f, m.small_size * 0.9f);
    s.label = m.small_size;
    s.line = s.label * 1.35f;
    s.pad = m.body_size * 0.6f;
    s.bar = std::max(14.0f, m.small_size * 0.95f);
    return s;
}

// A mark the reader can choose: a point, a bar or a diagram item. Positions are relative to
// the slot's top-left corner.
struct Mark {
    int series = -1;  // chart series; -1 for a diagram item
    int index = 0;    // point index in the series, or item index
    float cx = 0, cy = 0;
    float x = 0, y = 0, w = 0, h = 0;  // bar or row rectangle
    std::string label;                 // what tests and assistive tech call it
};

struct Group {
    float y = 0;
    std::string label;
};

struct Layout {
    float w = 0;
    float legend_y = 0, legend_h = 0;
    float plot_x = 0, plot_y = 0, plot_w = 0, plot_h = 0;
    float panel_y = 0, panel_h = 0;
    float height = 0;
    std::vector<Mark> marks;
    // line charts
    chart::TimeAxis time;
    chart::Ticks ticks;
    chart::LinearScale y;
    // bar charts
    chart::LinearScale xv;
    std::vector<Group> groups;
    // phone
    float phone_x = 0, phone_y = 0, phone_w = 0, phone_h = 0;
    float key_y = 0;  // the confidence key under the phone
};

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

// A short value for a label on the picture: "~183,000", ">100,000".
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

// What the panel says about a mark: a bold first line, then cited text, then (diagrams) how sure.
struct Detail {
    std::string head;
    content::RichText body;
    std::string foot;
};

Detail detail_for(const Block& b, const Sheet& sheet, const Mark& mk) {
    Detail d;
    if (b.type == BlockType::Diagram) {
        const content::DiagramItem& item = b.diagram_items[static_cast<size_t>(mk.index)];
        d.head = item.label;
        if (!item.hours.empty()) d.head += ": " + hours_text(item, sheet.lang);
        d.body = item.text;
        d.foot = sheet.ui_text(confidence_key(item.confidence));
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
    return d;
}

// Where a mark's citations stand, as the evidence names it.
std::string mark_place(const Block& b, const Mark& mk) {
    if (b.type == BlockType::Diagram) return content::place_of_item(b, b.diagram_items[static_cast<size_t>(mk.index)]);
    const content::ChartSeries& s = b.series[static_cast<size_t>(mk.series)];
    return content::place_of_point(b, s, s.points[static_cast<size_t>(mk.index)]);
}

struct DetailLayout {
    TextBlock head, body, foot;
    float height = 0;
};

DetailLayout layout_detail(const Detail& d, const Sheet& sheet, const Metrics& m, const Fonts& f, float width) {
    DetailLayout out;
    const TextStyle head{f.bold, m.body_size, m.line_height};
    const TextStyle body{f.regular, m.small_size, m.small_size * 1.45f};
    const TextStyle cite{f.bold, m.small_size * 0.8f, m.small_size * 1.45f};
    out.head = layout_plain(d.head, head, width);
    out.body = layout_text(d.body, sheet, body, cite, width);
    if (!d.foot.empty()) out.foot = layout_plain(d.foot, body, width);
    out.height = out.head.height + out.body.height + out.foot.height + m.small_size * 0.3f;
    return out;
}

std::string mark_label(const Block& b, const Sheet& sheet, const Mark& mk) {
    if (b.type == BlockType::Diagram) return b.diagram_items[static_cast<size_t>(mk.index)].label;
    const content::ChartSeries& s = b.series[static_cast<size_t>(mk.series)];
    const content::ChartPoint& p = s.points[static_cast<size_t>(mk.index)];
    return point_label(p, sheet.lang) + ": " + chart::qualified_value(p.value, p.qualifier, sheet.lang) +
           (b.y_unit.empty() ? "" : " " + b.y_unit) + " (" + s.label + ")";
}

float text_h(const Fonts& f, float size, float width, const std::string& text, float line) {
    return layout_plain(text, TextStyle{f.regular, size, line}, width).height;
}

// Legend rows: a swatch, then the series label, wrapped.
float legend_height(const Block& b, const Metrics& m, const Fonts& f, const Sizes& z, float w) {
    float h = 0;
    for (const content::ChartSeries& s : b.series) h += std::max(z.line, text_h(f, z.label, w - z.label * 2.2f, s.label, z.line)) + 4;
    return h;
    (void)m;
}

void layout_line(Layout& L, const Block& b, const Sheet& sheet, const Metrics& m, const Fonts& f, const Sizes& z) {
    float y = 0;
    if (b.series.size() > 1) {
        L.legend_y = y;
        L.legend_h = legend_height(b, m, f, z, L.w);
        y += L.legend_h + z.pad * 0.5f;
    }
    y += z.axis * 1.5f;  // the unit, above the plot
    L.plot_x = 2;
    L.plot_w = L.w - 4;
    L.plot_y = y + z.axis * 1.4f;  // room for the top tick label
    L.plot_h = std::clamp(L.w * 0.72f, 190.0f, 330.0f) * std::min(1.25f, m.text_scale);
    std::vector<double> xs;
    double vmax = 0;
    for (const content::ChartSeries& s : b.series) {
        for (const content::ChartPoint& p : s.points) {
            xs.push_back(chart::date_to_years(p.date));
            vmax = std::max(vmax, p.value);
        }
    }
    L.time = chart::make_time_axis(xs, L.plot_x + 4, L.plot_x + L.plot_w - 4, z.label * 1.4f);
    L.ticks = chart::nice_ticks(vmax, std::max(2, static_cast<int>(L.plot_h / (z.axis * 4.0f))));
    L.y = chart::LinearScale{0, L.ticks.top, L.plot_y + L.plot_h, L.plot_y};
    for (size_t si = 0; si < b.series.size(); ++si) {
        for (size_t pi = 0; pi < b.series[si].points.size(); ++pi) {
            const content::ChartPoint& p = b.series[si].points[pi];
            Mark mk;
            mk.series = static_cast<int>(si);
            mk.index = static_cast<int>(pi);
            mk.cx = L.time.map(chart::date_to_years(p.date));
            mk.cy = L.y(p.value);
            mk.w = mk.h = m.tap_min;
            mk.x = std::clamp(mk.cx - m.tap_min * 0.5f, L.plot_x, L.plot_x + L.plot_w - m.tap_min);
            mk.y = std::clamp(mk.cy - m.tap_min * 0.5f, L.plot_y, L.plot_y + L.plot_h - m.tap_min);
            mk.label = mark_label(b, sheet, mk);
            L.marks.push_back(std::move(mk));
        }
    }
    L.height = L.plot_y + L.plot_h + z.axis * 1.9f;
}

void layout_bars(Layout& L, const Block& b, const Sheet& sheet, const Metrics& m, const Fonts& f, const Sizes& z) {
    (void)f;
    float y = 0;
    y += z.axis * 1.4f;  // the unit
    const float ticks_y = y;
    y += z.axis * 1.5f;  // tick labels
    L.plot_x = 2;
    L.plot_w = L.w - 4;
    double vmax = 0;
    std::vector<std::pair<double, content::Date>> dates;  // one group per date, in time order
    for (const content::ChartSeries& s : b.series) {
        for (const content::ChartPoint& p : s.points) {
            vmax = std::max(vmax, p.value);
            const double key = chart::date_to_years(p.date);
            bool seen = false;
            for (const auto& d : dates) seen = seen || d.first == key;
            if (!seen) dates.push_back({key, p.date});
        }
    }
    std::sort(dates.begin(), dates.end(), [](const auto& a, const auto& c) { return a.first < c.first; });
    L.ticks = chart::nice_ticks(vmax, std::max(2, static_cast<int>(L.plot_w / (z.axis * 4.5f))));
    L.xv = chart::LinearScale{0, L.ticks.top, L.plot_x, L.plot_x + L.plot_w};
    L.plot_y = ticks_y;
    const float row = std::max(m.tap_min, z.line + z.bar + 8);
    for (const auto& d : dates) {
        Group g;
        g.y = y;
        for (const content::ChartSeries& s : b.series) {
            for (const content::ChartPoint& p : s.points) {
                if (chart::date_to_years(p.date) == d.first && g.label.empty()) g.label = point_label(p, sheet.lang);
            }
        }
        L.groups.push_back(g);
        y += z.line + 2;
        for (size_t si = 0; si < b.series.size(); ++si) {
            const auto& pts = b.series[si].points;
            for (size_t pi = 0; pi < pts.size(); ++pi) {
                if (chart::date_to_years(pts[pi].date) != d.first) continue;
                Mark mk;
                mk.series = static_cast<int>(si);
                mk.index = static_cast<int>(pi);
                mk.x = L.plot_x;
                mk.y = y;
                mk.w = L.plot_w;
                mk.h = row;
                mk.cx = L.xv(pts[pi].value);
                mk.cy = y + z.line + z.bar * 0.5f;
                mk.label = mark_label(b, sheet, mk);
                L.marks.push_back(std::move(mk));
                y += row;
            }
        }
        y += z.pad * 0.5f;
    }
    L.plot_h = y - L.plot_y;
    L.height = y;
}

void layout_phone(Layout& L, const Block& b, const Sheet& sheet, const Metrics& m, const Fonts& f, const Sizes& z) {
    L.phone_w = std::min(L.w, std::max(260.0f, m.body_size * 18));
    L.phone_x = (L.w - L.phone_w) * 0.5f;
    L.phone_y = 0;
    const float bezel = 10, top = 34, bottom = 30, inset = 8;
    float y = L.phone_y + top + inset;
    const float row_w = L.phone_w - 2 * (bezel + inset);
    const float text_w = row_w - z.label * 4.2f;
    for (size_t i = 0; i < b.diagram_items.size(); ++i) {
        const float th = text_h(f, z.label, text_w, b.diagram_items[i].label, z.line);
        Mark mk;
        mk.index = static_cast<int>(i);
        mk.x = L.phone_x + bezel + inset;
        mk.y = y;
        mk.w = row_w;
        mk.h = std::max(m.tap_min + 4, th + 14);
        mk.cx = mk.x + mk.w * 0.5f;
        mk.cy = mk.y + mk.h * 0.5f;
        mk.label = mark_label(b, sheet, mk);
        y += mk.h + 6;
        L.marks.push_back(std::move(mk));
    }
    L.phone_h = y - L.phone_y + inset + bottom - 6;
    L.key_y = L.phone_y + L.phone_h + z.pad;
    float key_h = 0;
    for (const char* k : {"confidence_high", "confidence_medium", "confidence_low"})
        key_h += std::max(z.line, text_h(f, z.label, L.w - z.label * 2, sheet.ui_text(k), z.line)) + 2;
    L.height = L.key_y + key_h;
}

void layout_day(Layout& L, const Block& b, const Sheet& sheet, const Metrics& m, const Fonts& f, const Sizes& z) {
    L.plot_x = 6;
    L.plot_w = L.w - 12;
    float y = 0;
    L.plot_y = y;
    y += z.axis * 1.6f;  // hour labels
    for (size_t i = 0; i < b.diagram_items.size(); ++i) {
        const float th = text_h(f, z.label, L.plot_w, b.diagram_items[i].label, z.line);
        Mark mk;
        mk.index = static_cast<int>(i);
        mk.x = 0;
        mk.y = y;
        mk.w = L.w;
        mk.h = std::max(m.tap_min, th + 4 + z.bar * 1.3f + 8);
        mk.cx = L.w * 0.5f;
        mk.cy = y + mk.h * 0.5f;
        mk.label = mark_label(b, sheet, mk);
        y += mk.h + 2;
        L.marks.push_back(std::move(mk));
    }
    L.plot_h = y - L.plot_y;
    L.height = y;
}

// The whole picture; with_panel adds the detail panel's height (the tallest detail).
Layout layout_figure(const Block& b, const Sheet& sheet, const Metrics& m, const Fonts& f, float w, bool measure_panel) {
    Layout L;
    L.w = w;
    const Sizes z = sizes_for(m);
    if (b.type == BlockType::Diagram) {
        if (b.diagram_kind == content::DiagramKind::Day) layout_day(L, b, sheet, m, f, z);
        else layout_phone(L, b, sheet, m, f, z);
    } else if (b.chart_kind == content::ChartKind::Line) {
        layout_line(L, b, sheet, m, f, z);
    } else {
        layout_bars(L, b, sheet, m, f, z);
    }
    L.panel_y = L.height + z.pad;
    if (measure_panel) {
        float tallest = layout_plain(sheet.ui_text("figure_hint"), TextStyle{f.regular, m.small_size, m.small_size * 1.45f}, w).height;
        for (const Mark& mk : L.marks)
            tallest = std::max(tallest, layout_detail(detail_for(b, sheet, mk), sheet, m, f, w).height);
        L.panel_h = m.tap_min + z.pad * 0.5f + tallest;
        L.height = L.panel_y + L.panel_h;
    }
    return L;
}

// --- drawing ---------------------------------------------------------------------------------

struct Painter {
    FigureFrame& f;
    const Theme& th;
    const Fonts& fonts;
    ImDrawList* dl;
    float ox, oy;  // screen position of the slot's top-left corner
    bool visible;

    float snap(float v) const { return std::round(v * f.dpr) / f.dpr; }
    ImVec2 at(float x, float y) const { return ImVec2(ox + x, oy + y); }
    void text(float x, float y, float size, bool bold, std::uint32_t rgb, const std::string& s, std::uint8_t alpha = 255) {
        if (!visible || s.empty()) return;
        dl->AddText(bold ? fonts.bold : fonts.regular, size, ImVec2(snap(ox + x), snap(oy + y)), to_imgui(rgb, alpha), s.c_str());
        f.texts.push_back(s);
    }
    float measure_text(float size, bool bold, const std::string& s) const { return measure(bold ? fonts.bold : fonts.regular, size, s); }
};

std::uint32_t series_color(const Theme& th, int i) {
    switch (i % 3) {
        case 0: return th.series_a;
        case 1: return th.series_b;
        default: return th.series_c;
    }
}

// A filled rectangle in a series' pattern: 0 solid, 1 diagonal hatching, 2 dots; all outlined.
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
                for (float x = a.x + step * 0.5f; x < b.x; x += step) dl->AddCircleFilled(ImVec2(x, y), 1.6f, col, 8);
            dl->PopClipRect();
        }
    }
    dl->AddRect(a, b, col, 0, 0, 1.5f);
}

// A line chart's point marker: series 0 a filled circle, 1 a hollow square, 2 a diamond.
void marker(ImDrawList* dl, ImVec2 c, int series, std::uint32_t rgb, std::uint32_t ring, float r) {
    switch (series % 3) {
        case 0:
            dl->AddCircleFilled(c, r + 1.5f, to_imgui(ring), 16);
            dl->AddCircleFilled(c, r, to_imgui(rgb), 16);
            break;
        case 1:
            dl->AddRectFilled(ImVec2(c.x - r - 1, c.y - r - 1), ImVec2(c.x + r + 1, c.y + r + 1), to_imgui(ring));
            dl->AddRect(ImVec2(c.x - r + 0.5f, c.y - r + 0.5f), ImVec2(c.x + r - 0.5f, c.y + r - 0.5f), to_imgui(rgb), 0, 0, 2.2f);
            break;
        default:
            dl->AddQuadFilled(ImVec2(c.x, c.y - r - 1), ImVec2(c.x + r + 1, c.y), ImVec2(c.x, c.y + r + 1), ImVec2(c.x - r - 1, c.y),
                              to_imgui(rgb));
    }
}

void draw_legend(Painter& p, const Block& b, const Layout& L, const Sizes& z, bool line) {
    float y = L.legend_y;
    for (size_t i = 0; i < b.series.size(); ++i) {
        const std::uint32_t col = series_color(p.th, static_cast<int>(i));
        const float sw = z.label * 1.6f;
        const ImVec2 c = p.at(sw * 0.5f, y + z.line * 0.5f);
        if (p.visible) {
            if (line) {
                if (i == 0) p.dl->AddLine(ImVec2(c.x - sw * 0.5f, c.y), ImVec2(c.x + sw * 0.5f, c.y), to_imgui(col), 2.5f);
                marker(p.dl, c, static_cast<int>(i), col, p.th.surface, 4.5f);
            } else {
                pattern_rect(p.dl, ImVec2(c.x - sw * 0.5f, c.y - z.bar * 0.4f), ImVec2(c.x + sw * 0.5f, c.y + z.bar * 0.4f), col,
                             static_cast<int>(i), z.bar);
            }
        }
        const TextBlock tb = layout_plain(b.series[i].label, TextStyle{p.fonts.regular, z.label, z.line}, L.w - z.label * 2.2f);
        for (const Piece& pc : tb.pieces) p.text(z.label * 2.2f + pc.x, y + pc.y + (z.line - z.label * 1.2f) * 0.5f, z.label, false, p.th.text, pc.text);
        y += std::max(z.line, tb.height) + 4;
    }
}

void draw_line_chart(Painter& p, const Block& b, const Sheet& sheet, const Layout& L, const Sizes& z, float progress, int selected) {
    const Theme& th = p.th;
    if (b.series.size() > 1) draw_legend(p, b, L, z, true);
    // The unit, then the value grid with its labels just above each line, at the left.
    p.text(L.plot_x, L.plot_y - z.axis * 2.9f, z.axis, true, th.muted, b.y_unit);
    const float right = L.plot_x + L.plot_w;
    std::vector<chart::LabelBox> boxes;
    std::vector<std::string> words;
    std::vector<std::uint32_t> colours;
    for (double v : L.ticks.values) {
        const float y = L.y(v);
        if (p.visible)
            p.dl->AddLine(p.at(L.plot_x, y), p.at(right, y), to_imgui(th.rule, v == 0 ? 255 : 90), v == 0 ? 1.5f : 1.0f);
        if (v == 0) continue;
        const std::string s = chart::tick_label(v, sheet.lang);
        boxes.push_back({L.plot_x, y - z.axis * 1.3f, p.measure_text(z.axis, false, s), z.axis * 1.2f, -1});
        words.push_back(s);
        colours.push_back(th.muted);
    }
    // The broken time axis: a gap with two slanted strokes on the baseline.
    if (L.time.broken() && p.visible) {
        const float gx0 = L.time.segments[0].x1, gx1 = L.time.segments[1].x0;
        const float base = L.plot_y + L.plot_h;
        p.dl->AddRectFilled(p.at(gx0 + 2, L.plot_y - 2), p.at(gx1 - 2, base + 3), to_imgui(th.surface));
        for (float dx : {-3.0f, 3.0f}) {
            const float cx = (gx0 + gx1) * 0.5f + dx;
            p.dl->AddLine(p.at(cx - 3, base + 6), p.at(cx + 3, base - 6), to_imgui(th.rule), 1.5f);
        }
    }
    // Reveal from left to right.
    const float reveal = L.plot_x + L.plot_w * progress + 0.5f;
    // Lines join a series' points in time order within a segment of the axis, never across its break.
    const std::uint32_t ring = th.surface;
    if (p.visible) {
        for (size_t si = 0; si < b.series.size(); ++si) {
            if (si != 0) continue;  // other kinds of count are points only, never joined to this line
            const std::uint32_t col = to_imgui(series_color(th, 0));
            const Mark* prev = nullptr;
            for (const Mark& mk : L.marks) {
                if (mk.series != static_cast<int>(si)) continue;
                if (prev) {
                    const bool across = L.time.broken() && prev->cx <= L.time.segments[0].x1 && mk.cx >= L.time.segments[1].x0;
                    if (!across && prev->cx < reveal) {
                        const float t = std::min(1.0f, (reveal - prev->cx) / std::max(0.01f, mk.cx - prev->cx));
                        p.dl->AddLine(p.at(prev->cx, prev->cy),
                                      p.at(prev->cx + (mk.cx - prev->cx) * t, prev->cy + (mk.cy - prev->cy) * t), col, 2.5f);
                    }
                }
                prev = &mk;
            }
        }
        for (const Mark& mk : L.marks) {
            if (mk.cx > reveal) continue;
            marker(p.dl, p.at(mk.cx, mk.cy), mk.series, series_color(th, mk.series), ring, 4.5f);
        }
    }
    // The markers themselves are obstacles no label may cover.
    const size_t first_obstacle = boxes.size();
    for (const Mark& mk : L.marks) {
        boxes.push_back({mk.cx - 6, mk.cy - 6, 12, 12, -3, true});
        words.push_back("");
        colours.push_back(th.text);
    }
    // Value labels where they fit: the highest, the latest, the earliest, then the rest.
    double vmax = 0;
    for (const Mark& mk : L.marks) vmax = std::max(vmax, b.series[static_cast<size_t>(mk.series)].points[static_cast<size_t>(mk.index)].value);
    const size_t first_value = boxes.size();
    for (size_t k = 0; k < L.marks.size(); ++k) {
        const Mark& mk = L.marks[k];
        const content::ChartPoint& pt = b.series[static_cast<size_t>(mk.series)].points[static_cast<size_t>(mk.index)];
        const std::string s = short_value(pt, sheet.lang);
        const float w = p.measure_text(z.axis, true, s);
        int prio = 10 + static_cast<int>(k);
        const auto& pts = b.series[static_cast<size_t>(mk.series)].points;
        if (pt.value == vmax) prio = 0;
        else if (mk.index + 1 == static_cast<int>(pts.size())) prio = 1 + mk.series;
        else if (mk.index == 0) prio = 4 + mk.series;
        if (static_cast<int>(k) == selected) prio = -2;
        boxes.push_back({mk.cx - w * 0.5f, mk.cy - z.axis * 1.2f - 10, w, z.axis * 1.2f, prio});  // just above
        words.push_back(s);
        colours.push_back(th.text);
    }
    // A label that cannot sit just above its point may sit just below it, inside the plot; never
    // higher up, where it would read as a higher neighbour's value.
    const std::vector<chart::Placed> placed = chart::place_labels(
        boxes, L.plot_x, right, 3, z.axis * 1.2f + 20, L.plot_y - z.axis * 1.2f, L.plot_y + L.plot_h - 2, false);
    for (size_t k = 0; k < placed.size(); ++k) {
        if (!placed[k].shown || (k >= first_obstacle && k < first_value)) continue;
        if (k >= first_value && L.marks[k - first_value].cx > reveal) continue;
        p.text(placed[k].x, placed[k].y, z.axis, k >= first_value, colours[k], words[k]);
    }
    // The time axis: years under each segment, spaced so they never touch.
    std::vector<chart::LabelBox> years;
    std::vector<std::string> year_words;
    const float yw = p.measure_text(z.axis, false, "2000");
    for (const chart::TimeSegment& s : L.time.segments) {
        for (double y : chart::year_ticks(s, yw, z.axis)) {
            const float x = L.time.map(y + 1e-6);
            if (p.visible) p.dl->AddLine(p.at(x, L.plot_y + L.plot_h), p.at(x, L.plot_y + L.plot_h + 5), to_imgui(th.rule), 1.5f);
            const std::string label = std::to_string(static_cast<int>(y));
            const float w = p.measure_text(z.axis, false, label);
            years.push_back({x - w * 0.5f, L.plot_y + L.plot_h + 6, w, z.axis * 1.2f, static_cast<int>(years.size())});
            year_words.push_back(label);
        }
    }
    const auto year_placed = chart::place_labels(years, 0, L.w, z.axis * 0.5f);
    for (size_t k = 0; k < year_placed.size(); ++k)
        if (year_placed[k].shown) p.text(year_placed[k].x, year_placed[k].y, z.axis, false, th.muted, year_words[k]);
    // The chosen point: a guide line and a ring.
    if (selected >= 0 && selected < static_cast<int>(L.marks.size()) && p.visible) {
        const Mark& mk = L.marks[static_cast<size_t>(selected)];
        p.dl->AddLine(p.at(mk.cx, L.plot_y), p.at(mk.cx, L.plot_y + L.plot_h), to_imgui(th.heading, 160), 1.5f);
        p.dl->AddCircle(p.at(mk.cx, mk.cy), 9, to_imgui(th.heading), 20, 2.5f);
    }
}

void draw_bar_chart(Painter& p, const Block& b, const Sheet& sheet, const Layout& L, const Sizes& z, float progress, int selected) {
    const Theme& th = p.th;
    p.text(L.plot_x, 0, z.axis, true, th.muted, b.y_unit);
    // Value grid: tick labels on top, lines down through every group.
    std::vector<chart::LabelBox> boxes;
    std::vector<std::string> words;
    for (double v : L.ticks.values) {
        const float x = L.xv(v);
        const std::string s = chart::tick_label(v, sheet.lang);
        const float w = p.measure_text(z.axis, false, s);
        boxes.push_back({x - w * 0.5f, L.plot_y, w, z.axis * 1.2f, v == 0 ? 0 : static_cast<int>(boxes.size())});
        words.push_back(s);
        if (p.visible)
            p.dl->AddLine(p.at(x, L.plot_y + z.axis * 1.35f), p.at(x, L.plot_y + L.plot_h), to_imgui(th.rule, v == 0 ? 255 : 90),
                          v == 0 ? 1.5f : 1.0f);
    }
    const auto placed = chart::place_labels(boxes, 0, L.w, z.axis * 0.5f);
    for (size_t k = 0; k < placed.size(); ++k)
        if (placed[k].shown) p.text(placed[k].x, placed[k].y, z.axis, false, th.muted, words[k]);
    for (const Group& g : L.groups) p.text(L.plot_x + 4, g.y, z.label, true, th.heading, g.label);
    for (size_t k = 0; k < L.marks.size(); ++k) {
        const Mark& mk = L.marks[k];
        const content::ChartSeries& s = b.series[static_cast<size_t>(mk.series)];
        const content::ChartPoint& pt = s.points[static_cast<size_t>(mk.index)];
        if (static_cast<int>(k) == selected && p.visible) {
            p.dl->AddRectFilled(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h - 2), to_imgui(th.pressed, 200), 4);
            p.dl->AddRect(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h - 2), to_imgui(th.heading), 4, 0, 2);
        }
        // The value and the series' name on every bar: colour and pattern are never needed to read it.
        const std::string value = short_value(pt, sheet.lang);
        const float vw = p.measure_text(z.label, true, value);
        p.text(L.plot_x + 4, mk.y + 2, z.label, true, th.text, value);
        const float room = L.plot_w - vw - z.label * 1.2f;
        std::string name = s.label;
        if (p.measure_text(z.label, false, name) > room) {
            const std::string dots = "\xE2\x80\xA6";
            while (!name.empty() && p.measure_text(z.label, false, name + dots) > room) {
                name.pop_back();
                while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
            }
            name += dots;
        }
        p.text(L.plot_x + 4 + vw + z.label * 0.6f, mk.y + 2, z.label, false, th.muted, name);
        if (p.visible) {
            const float x1 = L.xv(0) + (L.xv(pt.value) - L.xv(0)) * progress;
            const float top = mk.cy - z.bar * 0.5f;
            pattern_rect(p.dl, p.at(L.xv(0), top), p.at(std::max(L.xv(0) + 2.0f, x1), top + z.bar), series_color(th, mk.series),
                         mk.series, z.bar);
        }
    }
}

// Small pictograms for the phone's items, by the item's id (a dot for any other).
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

// How sure: a filled circle (high), a half-filled one (medium), an empty one (low).
void confidence_mark(ImDrawList* dl, ImVec2 c, float r, content::Confidence conf, std::uint32_t col) {
    const std::uint32_t k = to_imgui(col);
    dl->AddCircle(c, r, k, 20, 2.0f);
    if (conf == content::Confidence::High) dl->AddCircleFilled(c, r, k, 20);
    if (conf == content::Confidence::Medium) {
        dl->PathArcTo(c, r, 1.5708f, 1.5708f + 3.14159f, 12);
        dl->PathFillConvex(k);
    }
}

void draw_phone(Painter& p, const Block& b, const Sheet& sheet, const Layout& L, const Sizes& z, float progress, int selected) {
    const Theme& th = p.th;
    if (p.visible) {
        const ImVec2 a = p.at(L.phone_x, L.phone_y), c = p.at(L.phone_x + L.phone_w, L.phone_y + L.phone_h);
        p.dl->AddRectFilled(a, c, to_imgui(th.heading), 30);
        p.dl->AddRectFilled(ImVec2(a.x + 10, a.y + 34), ImVec2(c.x - 10, c.y - 30), to_imgui(th.background), 6);
        p.dl->AddRectFilled(ImVec2((a.x + c.x) * 0.5f - 26, a.y + 14), ImVec2((a.x + c.x) * 0.5f + 26, a.y + 20), to_imgui(th.muted), 3);
        p.dl->AddRectFilled(ImVec2((a.x + c.x) * 0.5f - 36, c.y - 17), ImVec2((a.x + c.x) * 0.5f + 36, c.y - 12), to_imgui(th.muted), 3);
    }
    const size_t n = L.marks.size();
    for (size_t k = 0; k < n; ++k) {
        const Mark& mk = L.marks[k];
        const content::DiagramItem& item = b.diagram_items[static_cast<size_t>(mk.index)];
        // Rows appear one after another.
        const float local = std::clamp(progress * 1.6f - static_cast<float>(k) / static_cast<float>(n) * 0.6f, 0.0f, 1.0f);
        if (local <= 0) continue;
        const std::uint8_t alpha = static_cast<std::uint8_t>(255 * local);
        const float slide = (1 - local) * 12;
        if (p.visible) {
            const bool sel = static_cast<int>(k) == selected;
            p.dl->AddRectFilled(p.at(mk.x + slide, mk.y), p.at(mk.x + mk.w + slide, mk.y + mk.h), to_imgui(sel ? th.pressed : th.surface, alpha), 8);
            if (sel) p.dl->AddRect(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h), to_imgui(th.accent), 8, 0, 2.5f);
            icon(p.dl, item.id, p.at(mk.x + slide + z.label * 1.3f, mk.cy), z.label * 0.62f, series_color(th, static_cast<int>(k)));
            confidence_mark(p.dl, p.at(mk.x + mk.w - z.label * 1.1f + slide, mk.cy), z.label * 0.38f, item.confidence, th.text);
        }
        const float text_x = mk.x + slide + z.label * 2.6f;
        const TextBlock tb = layout_plain(item.label, TextStyle{p.fonts.bold, z.label, z.line}, mk.w - z.label * 4.2f);
        const float ty = mk.cy - tb.height * 0.5f + (z.line - z.label * 1.2f) * 0.5f;
        for (const Piece& pc : tb.pieces) p.text(text_x + pc.x, ty + pc.y, z.label, true, th.text, pc.text, alpha);
    }
    // The key to the confidence marks.
    float y = L.key_y;
    const content::Confidence levels[] = {content::Confidence::High, content::Confidence::Medium, content::Confidence::Low};
    for (content::Confidence c : levels) {
        if (p.visible) confidence_mark(p.dl, p.at(z.label * 0.6f, y + z.line * 0.5f), z.label * 0.38f, c, th.text);
        const TextBlock tb = layout_plain(sheet.ui_text(confidence_key(c)), TextStyle{p.fonts.regular, z.label, z.line}, L.w - z.label * 2);
        for (const Piece& pc : tb.pieces) p.text(z.label * 1.6f + pc.x, y + pc.y + (z.line - z.label * 1.2f) * 0.5f, z.label, false, th.muted, pc.text);
        y += std::max(z.line, tb.height) + 2;
    }
}

void draw_day(Painter& p, const Block& b, const Sheet& sheet, const Layout& L, const Sizes& z, float progress, int selected) {
    const Theme& th = p.th;
    const chart::LinearScale hx{0, 24, L.plot_x, L.plot_x + L.plot_w};
    // Hour labels every six hours (fewer if they would touch), with light lines down the lanes.
    std::vector<chart::LabelBox> boxes;
    std::vector<std::string> words;
    for (int h = 0; h <= 24; h += 6) {
        const std::string s = hour_text(h, sheet.lang);
        const float w = p.measure_text(z.axis, false, s);
        boxes.push_back({hx(h) - w * 0.5f, L.plot_y, w, z.axis * 1.2f, h == 0 || h == 24 ? 1 : 0});
        words.push_back(s);
    }
    const auto placed = chart::place_labels(boxes, 0, L.w, z.axis * 0.4f);
    for (size_t k = 0; k < placed.size(); ++k)
        if (placed[k].shown) p.text(placed[k].x, placed[k].y, z.axis, false, th.muted, words[k]);
    for (size_t k = 0; k < L.marks.size(); ++k) {
        const Mark& mk = L.marks[k];
        const content::DiagramItem& item = b.diagram_items[static_cast<size_t>(mk.index)];
        const bool sel = static_cast<int>(k) == selected;
        if (sel && p.visible) {
            p.dl->AddRectFilled(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h), to_imgui(th.pressed, 200), 6);
            p.dl->AddRect(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h), to_imgui(th.accent), 6, 0, 2.5f);
        }
        p.text(L.plot_x, mk.y + 3, z.label, true, th.text, item.label);
        const float top = mk.y + 3 + z.line + 2, bottom = top + z.bar * 1.3f;
        if (!p.visible) continue;
        p.dl->AddRectFilled(p.at(hx(0), top), p.at(hx(24), bottom), to_imgui(th.background), 3);
        for (int h = 6; h < 24; h += 6) p.dl->AddLine(p.at(hx(h), top), p.at(hx(h), bottom), to_imgui(th.rule, 120), 1.0f);
        p.dl->AddRect(p.at(hx(0), top), p.at(hx(24), bottom), to_imgui(th.rule), 3, 0, 1.0f);
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
                pattern_rect(p.dl, p.at(hx(a), top + 2), p.at(hx(end), bottom - 2), col, static_cast<int>(k), z.bar);
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

float figure_height(const Block& b, const Sheet& sheet, const Metrics& m, const Fonts& f, float width) {
    if (!f.regular) return 0;
    return layout_figure(b, sheet, m, f, width, true).height;
}

const FigureState* Figures::state(const std::string& block_id) const {
    const auto it = state_.find(block_id);
    return it == state_.end() ? nullptr : &it->second;
}

void Figures::draw(const Document& doc, size_t i, FigureFrame& f) {
    const FigureSlot& slot = doc.figures[i];
    const Sheet& sheet = *f.sheet;
    if (slot.section >= sheet.sections.size() || slot.block >= sheet.sections[slot.section].blocks.size()) return;
    const Block& b = sheet.sections[slot.section].blocks[slot.block];
    const Metrics& m = *f.metrics;
    const Sizes z = sizes_for(m);
    FigureState& st = state_[b.id];
    const Layout L = layout_figure(b, sheet, m, *f.fonts, slot.w, false);
    const int n = static_cast<int>(L.marks.size());
    if (st.selected >= n) st.selected = -1;

    const bool visible = slot.y + slot.h > f.top && slot.y < f.bottom;
    float progress = 1;
    if (!f.reduced_motion) {
        if (visible && st.appear_start < 0) st.appear_start = f.now;
        const double t = st.appear_start < 0 ? 0 : (f.now - st.appear_start) / kAppearSeconds;
        progress = chart::ease_out(static_cast<float>(t));
        if (st.appear_start >= 0 && t < 1) f.animating = true;
    }
    Painter p{f, *f.theme, *f.fonts, f.dl, slot.x, slot.y - f.offset, visible};
    const ImVec2 origin(slot.x, slot.y - f.offset);
    ImGuiIO& io = ImGui::GetIO();
    ImGui::PushID(b.id.c_str());
    auto note_focus = [&](float doc_y, float h) {
        if (ImGui::IsItemFocused() && io.NavVisible && ImGui::GetItemID() != focused_) {
            focused_ = ImGui::GetItemID();
            f.focus_moved = true;
            f.focus_y = doc_y;
            f.focus_h = h;
        }
    };
    auto add_hit = [&](float x, float y, float w, float h, const std::string& label) {
        if (visible && y + h > f.top - f.offset && y < f.bottom - f.offset) f.hits.push_back({x, y, w, h, label});
    };

    ImGui::BeginDisabled(f.modal);
    if (b.type == BlockType::Diagram) {
        // Each item is its own control (a row of the phone, a lane of the day).
        for (int k = 0; k < n; ++k) {
            const Mark& mk = L.marks[static_cast<size_t>(k)];
            ImGui::PushID(k);
            ImGui::SetCursorScreenPos(ImVec2(origin.x + mk.x, origin.y + mk.y));
            if (ImGui::InvisibleButton("item", ImVec2(mk.w, mk.h), ImGuiButtonFlags_EnableNav)) st.selected = k;
            if (ImGui::IsItemHovered() && io.MouseSource == ImGuiMouseSource_Mouse && !io.MouseDown[0] && visible &&
                (io.MouseDelta.x != 0 || io.MouseDelta.y != 0))
                st.selected = k;
            draw_focus_ring(f.dl, origin.x + mk.x, origin.y + mk.y, mk.w, mk.h, *f.theme);
            note_focus(slot.y + mk.y, mk.h);
            add_hit(origin.x + mk.x, origin.y + mk.y, mk.w, mk.h, mk.label);
            ImGui::PopID();
        }
    } else {
        // One control over the plot: a tap chooses the nearest mark; hovering with a mouse too.
        ImGui::SetCursorScreenPos(ImVec2(origin.x + L.plot_x, origin.y + L.plot_y));
        const bool pressed =
            ImGui::InvisibleButton("plot", ImVec2(std::max(1.0f, L.plot_w), std::max(1.0f, L.plot_h)), ImGuiButtonFlags_EnableNav);
        auto nearest = [&](ImVec2 at) {
            int best = -1;
            float best_d = FLT_MAX;
            for (int k = 0; k < n; ++k) {
                const Mark& mk = L.marks[static_cast<size_t>(k)];
                float d;
                if (b.chart_kind == content::ChartKind::Line) {
                    const float dx = at.x - (origin.x + mk.cx), dy = at.y - (origin.y + mk.cy);
                    d = dx * dx + dy * dy * 0.25f;  // mostly by time: points sit on one column
                } else {
                    const float top = origin.y + mk.y, bottom = top + mk.h;
                    d = at.y < top ? top - at.y : (at.y > bottom ? at.y - bottom : 0);
                }
                if (d < best_d) {
                    best_d = d;
                    best = k;
                }
            }
            return best;
        };
        if (pressed) {
            const bool keyboard = ImGui::IsItemFocused() && io.NavVisible && !ImGui::IsMouseReleased(0);
            st.selected = keyboard ? (st.selected + 1) % std::max(1, n) : nearest(io.MouseClickedPos[0]);
        }
        // Left and Right step through the marks while the plot has the keyboard focus (instead of
        // moving the focus sideways, which Dear ImGui's navigation would do with them).
        if (ImGui::IsItemFocused() && io.NavVisible && n > 0) {
            const bool back = ImGui::IsKeyPressed(ImGuiKey_LeftArrow), on = ImGui::IsKeyPressed(ImGuiKey_RightArrow);
            if (back || on) {
                ImGui::NavMoveRequestCancel();
                st.selected = on ? (st.selected + 1) % n : (st.selected <= 0 ? n - 1 : st.selected - 1);
            }
        }
        if (ImGui::IsItemHovered() && io.MouseSource == ImGuiMouseSource_Mouse && !io.MouseDown[0] &&
            (io.MouseDelta.x != 0 || io.MouseDelta.y != 0))
            st.selected = nearest(io.MousePos);
        draw_focus_ring(f.dl, origin.x + L.plot_x, origin.y + L.plot_y, L.plot_w, L.plot_h, *f.theme);
        note_focus(slot.y + L.plot_y, L.plot_h);
        for (const Mark& mk : L.marks) add_hit(origin.x + mk.x, origin.y + mk.y, mk.w, mk.h, mk.label);
    }

    // The picture.
    if (visible) {
        if (b.type == BlockType::Diagram) {
            if (b.diagram_kind == content::DiagramKind::Day) draw_day(p, b, sheet, L, z, progress, st.selected);
            else draw_phone(p, b, sheet, L, z, progress, st.selected);
        } else if (b.chart_kind == content::ChartKind::Line) {
            draw_line_chart(p, b, sheet, L, z, progress, st.selected);
        } else {
            draw_bar_chart(p, b, sheet, L, z, progress, st.selected);
        }
    }

    // The panel: Previous / Next, which of how many, then what the chosen mark says.
    const float py = L.panel_y;
    const float bw = m.tap_min * 1.3f;
    const Theme& th = *f.theme;
    const std::string prev_label = sheet.ui_text("figure_previous"), next_label = sheet.ui_text("figure_next");
    auto arrow = [&](float x, float dir) {  // a plain arrow, drawn: the font has no arrow glyphs
        if (!visible) return;
        const float cx = origin.x + x + bw * 0.5f, cy = origin.y + py + m.tap_min * 0.5f, s = m.body_size * 0.45f;
        f.dl->AddLine(ImVec2(cx - s * dir, cy), ImVec2(cx + s * dir, cy), to_imgui(th.accent), 2.5f);
        f.dl->AddTriangleFilled(ImVec2(cx + s * 1.1f * dir, cy), ImVec2(cx + s * 0.2f * dir, cy - s * 0.7f),
                                ImVec2(cx + s * 0.2f * dir, cy + s * 0.7f), to_imgui(th.accent));
    };
    if (draw_button(f.dl, "prev", "", origin.x, origin.y + py, bw, m.tap_min, m.body_size, f.fonts->bold, th,
                    ButtonStyle::Outline).pressed && n > 0)
        st.selected = st.selected <= 0 ? n - 1 : st.selected - 1;
    arrow(0, -1);
    note_focus(slot.y + py, m.tap_min);
    add_hit(origin.x, origin.y + py, bw, m.tap_min, prev_label + ": " + b.title);
    if (draw_button(f.dl, "next", "", origin.x + slot.w - bw, origin.y + py, bw, m.tap_min, m.body_size, f.fonts->bold, th,
                    ButtonStyle::Outline).pressed && n > 0)
        st.selected = (st.selected + 1) % n;
    arrow(slot.w - bw, 1);
    note_focus(slot.y + py, m.tap_min);
    add_hit(origin.x + slot.w - bw, origin.y + py, bw, m.tap_min, next_label + ": " + b.title);
    if (visible) {
        const std::string count = st.selected >= 0 ? std::to_string(st.selected + 1) + " / " + std::to_string(n) : "";
        const float cw = p.measure_text(m.small_size, false, count);
        p.text((slot.w - cw) * 0.5f, py + (m.tap_min - m.small_size * 1.2f) * 0.5f, m.small_size, false, th.muted, count);
    }
    float ty = py + m.tap_min + z.pad * 0.5f;
    if (st.selected < 0) {
        const TextBlock tb = layout_plain(sheet.ui_text("figure_hint"), TextStyle{f.fonts->regular, m.small_size, m.small_size * 1.45f}, slot.w);
        for (const Piece& pc : tb.pieces) p.text(pc.x, ty + pc.y, m.small_size, false, th.muted, pc.text);
    } else {
        const Mark& mk = L.marks[static_cast<size_t>(st.selected)];
        const DetailLayout d = layout_detail(detail_for(b, sheet, mk), sheet, m, *f.fonts, slot.w);
        for (const Piece& pc : d.head.pieces) p.text(pc.x, ty + pc.y, m.body_size, true, th.heading, pc.text);
        ty += d.head.height;
        for (size_t k = 0; k < d.body.pieces.size(); ++k) {
            const Piece& pc = d.body.pieces[k];
            if (!pc.cite) {
                p.text(pc.x, ty + pc.y, m.small_size, false, th.text, pc.text);
                continue;
            }
            p.text(pc.x, ty + pc.y - m.small_size * 0.1f, m.small_size * 0.8f, true, th.accent, pc.text);
            // A citation opens its source, like one in the text.
            const float line_h = m.small_size * 1.45f;
            const float w = std::max(m.tap_min, pc.w), h = std::max(m.tap_min, line_h);
            const float x = std::clamp(origin.x + pc.x + pc.w * 0.5f - w * 0.5f, 0.0f, m.viewport_w - w);
            const float y = origin.y + ty + pc.y + line_h * 0.5f - h * 0.5f;
            ImGui::PushID(static_cast<int>(k));
            ImGui::SetCursorScreenPos(ImVec2(x, y));
            if (ImGui::InvisibleButton("cite", ImVec2(w, h), ImGuiButtonFlags_EnableNav)) {
                f.open_source = pc.source_index;
                f.open_place = mark_place(b, mk);
            }
            draw_focus_ring(f.dl, x, y, w, h, th);
            note_focus(y + f.offset, h);
            if (pc.source_index >= 0 && static_cast<size_t>(pc.source_index) < sheet.sources.size()) {
                const content::Source& s = sheet.sources[static_cast<size_t>(pc.source_index)];
                add_hit(x, y, w, h, fill(sheet.ui_text("citation_label"), "n", std::to_string(pc.source_index + 1)) + ": " + s.publisher);
            }
            ImGui::PopID();
        }
        ty += d.body.height;
        for (const Piece& pc : d.foot.pieces) p.text(pc.x, ty + pc.y, m.small_size, true, th.muted, pc.text);
    }
    ImGui::EndDisabled();
    ImGui::PopID();
}

}  // namespace factsheet::ui
