// validate_timeline.cpp: timeline blocks (dated events drawn as a picture, FORMAT.md "timeline"):
// titles, and events that each have a date, a short label and cited words, in date order.
#include <set>

#include "content/date.h"
#include "content/rules.h"
#include "content/validator.h"

namespace factsheet::content::detail {
namespace {

void validate_event(Validator& v, const json& value, const std::string& path, TimelineEvent& out) {
    if (!v.expect_object(value, path, "a timeline event")) return;
    v.reject_unknown_fields(value, path, {"id", "date", "label", "text"});
    v.read_content_id(value, path, out.id);
    v.read_date(value, path, "date", false, out.date);
    v.read_plain(value, path, "label", limits::event_label, Need::Required, out.label);
    if (v.read_rich(value, path, "text", Need::Required, out.text) && !has_citation(out.text)) {
        v.error(child_path(path, "text"), "expected at least one citation marker such as [^S26] (every event cites its source)");
    }
}

}  // namespace

void validate_timeline(Validator& v, const json& obj, const std::string& path, Block& out) {
    v.reject_unknown_fields(obj, path, {"id", "type", "title", "caption", "note", "events"});
    v.read_plain(obj, path, "title", limits::title, Need::Required, out.title);
    v.read_plain(obj, path, "caption", limits::caption, Need::Required, out.caption);
    v.read_rich(obj, path, "note", Need::Optional, out.note);
    const json* events = v.read_array(obj, path, "events", limits::timeline_min, Need::Required);
    if (!events) return;
    const std::string ep = child_path(path, "events");
    if (events->size() > limits::timeline_max) {
        v.error(ep, "expected at most " + std::to_string(limits::timeline_max) + " events, found " + std::to_string(events->size()));
    }
    std::set<std::string> ids;
    Date last;  // the latest date so far (year 0: none yet)
    for (std::size_t i = 0; i < events->size() && i < limits::timeline_max && !v.full(); ++i) {
        TimelineEvent e;
        validate_event(v, (*events)[i], child_path(ep, i), e);
        if (!e.id.empty() && !ids.insert(e.id).second) {
            v.error(child_path(child_path(ep, i), "id"), "duplicate event id \"" + e.id + "\" (expected each event id once per timeline)");
        }
        out.events.push_back(std::move(e));
        const Date d = out.events.back().date;
        if (d.year == 0) continue;
        if (last.year != 0 && compare_dates(d, last) < 0) {
            v.error(child_path(child_path(ep, i), "date"), "event dated " + d.text + " after one dated " + last.text +
                                                               " (expected the events in date order)");
        }
        last = d;
    }
}

}  // namespace factsheet::content::detail
