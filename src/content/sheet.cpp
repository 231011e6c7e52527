// sheet.cpp: the Sheet's look-up helpers.
#include "content/sheet.h"

#include <set>

namespace factsheet::content {

const char* kind_name(ChartKind k) { return k == ChartKind::Line ? "line" : "bar"; }
const char* kind_name(DiagramKind k) { return k == DiagramKind::Day ? "day" : "phone"; }

const Source* Sheet::find_source(const std::string& id) const {
    for (const Source& s : sources) {
        if (s.id == id) return &s;
    }
    return nullptr;
}

const Section* Sheet::find_section(const std::string& id) const {
    for (const Section& s : sections) {
        if (s.id == id) return &s;
    }
    return nullptr;
}

std::vector<const Evidence*> Sheet::passages(const std::string& at, const std::string& source_id) const {
    std::vector<const Evidence*> out;
    for (const Evidence& e : evidence) {
        if (e.at == at && e.source_id == source_id) out.push_back(&e);
    }
    return out;
}

const std::string& Sheet::ui_text(const std::string& key) const {
    const auto it = ui.find(key);
    if (it != ui.end()) return it->second;
    // The fallback is the key, kept in a set that lives as long as the program, so the
    // reference stays valid even when key was a temporary ("menu" converted at the call).
    // Keys come from code, so the set stays small. Not thread-safe; the app has one thread.
    static std::set<std::string> fallbacks;
    return *fallbacks.insert(key).first;
}

}  // namespace factsheet::content
