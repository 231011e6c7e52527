// sheet.cpp: the Sheet's look-up helpers.
#include "content/sheet.h"

#include "content/rules.h"

#include <set>

namespace factsheet::content {

const char* kind_name(ChartKind k) { return k == ChartKind::Line ? "line" : "bar"; }
const char* kind_name(DiagramKind k) { return k == DiagramKind::Day ? "day" : "phone"; }

bool is_picture(const Block& b) {
    return b.type == BlockType::Chart || b.type == BlockType::Diagram || b.type == BlockType::Timeline;
}

std::size_t Section::summary_end() const {
    if (kind == SectionKind::Reference || blocks.empty() || blocks[0].type != BlockType::KeyPoints) return blocks.size();
    return blocks.size() > 1 && is_picture(blocks[1]) ? 2 : 1;
}

bool Sheet::details_later() const {
    for (const Section& s : sections)
        if (s.details_later) return true;
    return false;
}

bool Sheet::completed_by(const Sheet& whole) const {
    if (!details_later() || whole.details_later() || whole.lang != lang || whole.sections.size() != sections.size()) return false;
    for (std::size_t i = 0; i < sections.size(); ++i)
        if (whole.sections[i].id != sections[i].id) return false;
    return true;
}

Sheet::BlockAt Sheet::find_block(const std::string& id) const {
    for (std::size_t s = 0; s < sections.size(); ++s) {
        for (std::size_t b = 0; b < sections[s].blocks.size(); ++b) {
            if (sections[s].blocks[b].id == id) return {static_cast<int>(s), b};
        }
    }
    return {};
}

const Source* Sheet::find_source(const std::string& id) const {
    for (const Source& s : sources) {
        if (s.id == id) return &s;
    }
    return nullptr;
}

bool Sheet::has_anchor(const std::string& id) const {
    return find_section(id) || find_block(id).section >= 0 || is_reserved_anchor(id);
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
