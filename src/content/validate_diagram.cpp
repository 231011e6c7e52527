// validate_diagram.cpp: diagram blocks (an explorable picture: a phone's data, a day's marks):
// kind, titles, and items that each say what is known, with a citation and a confidence.
#include <cmath>
#include <set>

#include "content/rules.h"
#include "content/validator.h"

namespace factsheet::content::detail {
namespace {

Confidence confidence_from(const std::string& name) {
    if (name == "medium") return Confidence::Medium;
    if (name == "low") return Confidence::Low;
    return Confidence::High;
}

// An hour of the day: a number from 0 to 24 (24 only as the end of a range).
bool read_hour(Validator& v, const json& obj, const std::string& path, const char* name, bool required, double& out) {
    const auto it = obj.find(name);
    const std::string p = child_path(path, name);
    if (it == obj.end()) {
        if (required) v.error(p, std::string("required field \"") + name + "\" is missing (expected an hour from 0 to 24)");
        return false;
    }
    if (!it->is_number() || !std::isfinite(it->get<double>()) || it->get<double>() < 0 || it->get<double>() > 24) {
        v.error(p, "expected an hour from 0 to 24 (fractions allowed: 6.5 is 6:30), found " + describe(*it));
        return false;
    }
    out = it->get<double>();
    return true;
}

void validate_hours(Validator& v, const json& item, const std::string& path, DiagramItem& out) {
    const json* hours = v.read_array(item, path, "hours", 1, Need::Required);
    if (!hours) return;
    const std::string hp = child_path(path, "hours");
    for (std::size_t i = 0; i < hours->size(); ++i) {
        const json& range = (*hours)[i];
        const std::string rp = child_path(hp, i);
        if (!v.expect_object(range, rp, "an hour range")) continue;
        v.reject_unknown_fields(range, rp, {"from", "to"});
        HourRange r;
        if (!read_hour(v, range, rp, "from", true, r.from)) continue;
        if (r.from >= 24) {
            v.error(child_path(rp, "from"), "expected an hour from 0 to below 24, found 24");
            continue;
        }
        double to = -1;
        if (read_hour(v, range, rp, "to", false, to)) {
            if (to == r.from) {
                v.error(child_path(rp, "to"), "expected an hour other than \"from\" (leave \"to\" out for a moment)");
                continue;
            }
            r.to = to;
        }
        out.hours.push_back(r);
    }
}

void validate_item(Validator& v, const json& value, const std::string& path, DiagramKind kind, DiagramItem& out) {
    if (!v.expect_object(value, path, "a diagram item")) return;
    if (kind == DiagramKind::Day) {
        v.reject_unknown_fields(value, path, {"id", "label", "text", "confidence", "hours"});
    } else {
        v.reject_unknown_fields(value, path, {"id", "label", "text", "confidence"});
    }
    v.read_content_id(value, path, out.id);
    v.read_plain(value, path, "label", limits::item_label, Need::Required, out.label);
    if (v.read_rich(value, path, "text", Need::Required, out.text) && !has_citation(out.text)) {
        v.error(child_path(path, "text"),
                "expected at least one citation marker such as [^S26] (every diagram item cites its source)");
    }
    std::string confidence;
    if (v.read_choice(value, path, "confidence", Need::Required, {"high", "medium", "low"}, confidence)) {
        out.confidence = confidence_from(confidence);
    }
    if (kind == DiagramKind::Day) validate_hours(v, value, path, out);
}

}  // namespace

void validate_diagram(Validator& v, const json& obj, const std::string& path, Block& out) {
    v.reject_unknown_fields(obj, path, {"id", "type", "kind", "title", "caption", "note", "items"});
    std::string kind;
    v.read_choice(obj, path, "kind", Need::Required, {"phone", "day"}, kind);
    out.diagram_kind = kind == "day" ? DiagramKind::Day : DiagramKind::Phone;
    v.read_plain(obj, path, "title", limits::title, Need::Required, out.title);
    v.read_plain(obj, path, "caption", limits::caption, Need::Required, out.caption);
    v.read_rich(obj, path, "note", Need::Optional, out.note);
    const json* items = v.read_array(obj, path, "items", 1, Need::Required);
    if (!items) return;
    const std::string ip = child_path(path, "items");
    if (items->size() > limits::diagram_items) {
        v.error(ip, "expected at most " + std::to_string(limits::diagram_items) + " items, found " +
                        std::to_string(items->size()));
    }
    std::set<std::string> ids;
    for (std::size_t i = 0; i < items->size() && i < limits::diagram_items && !v.full(); ++i) {
        DiagramItem item;
        validate_item(v, (*items)[i], child_path(ip, i), out.diagram_kind, item);
        if (!item.id.empty() && !ids.insert(item.id).second) {
            v.error(child_path(child_path(ip, i), "id"),
                    "duplicate item id \"" + item.id + "\" (expected each item id once per diagram)");
        }
        out.diagram_items.push_back(std::move(item));
    }
}

}  // namespace factsheet::content::detail
