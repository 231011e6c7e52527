// validate_chart.cpp: chart blocks: kind, titles, series and their dated, sourced points.
#include <cmath>
#include <set>

#include "content/date.h"
#include "content/rules.h"
#include "content/validator.h"

namespace factsheet::content::detail {
namespace {

Qualifier qualifier_from(const std::string& name) {
    if (name == "about") return Qualifier::About;
    if (name == "more_than") return Qualifier::MoreThan;
    if (name == "less_than") return Qualifier::LessThan;
    return Qualifier::Exact;
}

void validate_value(Validator& v, const json& obj, const std::string& path, double& out) {
    const auto it = obj.find("value");
    const std::string p = child_path(path, "value");
    if (it == obj.end()) {
        v.error(p, "required field \"value\" is missing (expected a number greater than 0)");
        return;
    }
    if (!it->is_number()) {
        v.error(p, "expected a number greater than 0, found " + describe(*it));
        return;
    }
    const double value = it->get<double>();
    if (!std::isfinite(value) || value <= 0) {
        v.error(p, "expected a finite number greater than 0, found " + describe(*it));
        return;
    }
    out = value;
}

void validate_point(Validator& v, const json& value, const std::string& path, ChartPoint& out) {
    if (!v.expect_object(value, path, "a chart point")) return;
    v.reject_unknown_fields(value, path, {"date", "label", "value", "qualifier", "sources", "note"});
    v.read_date(value, path, "date", false, out.date);
    if (!v.read_plain(value, path, "label", limits::point_label, Need::Optional, out.label)) out.label = out.date.text;
    validate_value(v, value, path, out.value);
    std::string qualifier;
    if (v.read_choice(value, path, "qualifier", Need::Optional, {"exact", "about", "more_than", "less_than"}, qualifier)) {
        out.qualifier = qualifier_from(qualifier);
    }
    v.read_source_ids(value, path, "sources", out.sources);
    v.read_plain(value, path, "note", limits::point_note, Need::Optional, out.note);
}

void validate_series(Validator& v, const json& value, const std::string& path, ChartSeries& out) {
    if (!v.expect_object(value, path, "a chart series")) return;
    v.reject_unknown_fields(value, path, {"id", "label", "points"});
    v.read_content_id(value, path, out.id);
    v.read_plain(value, path, "label", limits::series_label, Need::Required, out.label);
    const json* points = v.read_array(value, path, "points", 1, Need::Required);
    if (!points) return;
    const std::string pp = child_path(path, "points");
    for (std::size_t i = 0; i < points->size() && !v.full(); ++i) {
        ChartPoint point;
        validate_point(v, (*points)[i], child_path(pp, i), point);
        // A line joins points in file order, so the order has to be the time order.
        if (!out.points.empty() && !point.date.text.empty() && !out.points.back().date.text.empty() &&
            compare_dates(out.points.back().date, point.date) >= 0) {
            v.error(child_path(child_path(pp, i), "date"),
                    "expected a date after \"" + out.points.back().date.text + "\" (points go in time order, one per date), found \"" +
                        point.date.text + "\"");
        }
        out.points.push_back(std::move(point));
    }
}

}  // namespace

void validate_chart(Validator& v, const json& obj, const std::string& path, Block& out) {
    v.reject_unknown_fields(obj, path, {"id", "type", "kind", "title", "caption", "y_unit", "note", "series"});
    std::string kind;
    v.read_choice(obj, path, "kind", Need::Required, {"bar", "line"}, kind);
    out.chart_kind = kind == "line" ? ChartKind::Line : ChartKind::Bar;
    v.read_plain(obj, path, "title", limits::title, Need::Required, out.title);
    v.read_plain(obj, path, "caption", limits::caption, Need::Required, out.caption);
    v.read_plain(obj, path, "y_unit", limits::y_unit, Need::Required, out.y_unit);
    v.read_rich(obj, path, "note", Need::Optional, out.note);
    const json* series = v.read_array(obj, path, "series", 1, Need::Required);
    if (!series) return;
    const std::string sp = child_path(path, "series");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < series->size() && !v.full(); ++i) {
        ChartSeries s;
        validate_series(v, (*series)[i], child_path(sp, i), s);
        if (!s.id.empty() && !ids.insert(s.id).second) {
            v.error(child_path(child_path(sp, i), "id"),
                    "duplicate series id \"" + s.id + "\" (expected each series id once per chart)");
        }
        out.series.push_back(std::move(s));
    }
}

}  // namespace factsheet::content::detail
