// parity.cpp: the two language files must describe the same sheet: same anchors, same ui keys,
// same numbers. Only wording may differ.
#include <algorithm>
#include <cstdio>
#include <map>

#include "content/date.h"
#include "content/loader.h"
#include "content/phone.h"

namespace factsheet::content {
namespace {

struct Place {
    std::size_t section = 0;
    std::size_t block = 0;
};

std::string section_path(std::size_t s) { return "/sections/" + std::to_string(s); }
std::string block_path(const Place& p) { return section_path(p.section) + "/blocks/" + std::to_string(p.block); }

std::string number_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", v);
    return buf;
}

// The significant digits of a figure as written: "96,574" and "96.574" agree, and so do
// "$2.2 billion" and "2200 millones" (scale words differ between languages, so leading and
// trailing zeros are dropped). Catches typos such as "96,547" without parsing number words.
std::string significant_digits(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c >= '0' && c <= '9' && !(c == '0' && out.empty())) out += c;
    }
    while (!out.empty() && out.back() == '0') out.pop_back();
    return out;
}

std::string join(const std::vector<std::string>& ids) {
    std::string out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? ", \"" : "\"") + ids[i] + "\"";
    return out + "]";
}

class Comparer {
public:
    Comparer(const Sheet& a, const Sheet& b) : a_(a), b_(b) {
        name_a_ = a.lang.empty() ? std::string("first") : a.lang;
        name_b_ = b.lang.empty() ? std::string("second") : b.lang;
    }

    std::vector<ParityError> run() {
        if (!a_.lang.empty() && a_.lang == b_.lang) {
            add(true, "/lang", "both files declare lang \"" + a_.lang + "\" (expected one file per language)");
        }
        compare_ui();
        compare_sections();
        compare_blocks();
        return std::move(out_);
    }

private:
    void add(bool in_b, std::string path, std::string message) {
        out_.push_back({{std::move(path), std::move(message)}, in_b});
    }
    // "the en sheet": names the sheet that has what the other lacks.
    std::string other(bool in_b) const { return "the " + (in_b ? name_a_ : name_b_) + " sheet"; }

    void compare_ui() {
        for (const auto& [key, text] : a_.ui) {
            if (!b_.ui.count(key)) add(true, "/ui", "missing ui key \"" + key + "\" (" + other(true) + " has it)");
        }
        for (const auto& [key, text] : b_.ui) {
            if (!a_.ui.count(key)) add(false, "/ui", "missing ui key \"" + key + "\" (" + other(false) + " has it)");
        }
    }

    static std::map<std::string, std::size_t> section_index(const Sheet& s) {
        std::map<std::string, std::size_t> out;
        for (std::size_t i = 0; i < s.sections.size(); ++i) out.emplace(s.sections[i].id, i);
        return out;
    }

    static std::map<std::string, Place> block_index(const Sheet& s) {
        std::map<std::string, Place> out;
        for (std::size_t i = 0; i < s.sections.size(); ++i) {
            for (std::size_t j = 0; j < s.sections[i].blocks.size(); ++j) out.emplace(s.sections[i].blocks[j].id, Place{i, j});
        }
        return out;
    }

    void missing_sections(bool in_b, const Sheet& have, const std::map<std::string, std::size_t>& lacking) {
        for (std::size_t i = 0; i < have.sections.size(); ++i) {
            if (!lacking.count(have.sections[i].id)) {
                add(in_b, "/sections", "missing section \"" + have.sections[i].id + "\" (" + other(in_b) + " has it at " +
                                           section_path(i) + ")");
            }
        }
    }

    void compare_sections() {
        sections_a_ = section_index(a_);
        sections_b_ = section_index(b_);
        missing_sections(true, a_, sections_b_);
        missing_sections(false, b_, sections_a_);
        // Same ids, same order: the contents list and the reading order are the same.
        std::vector<std::string> order_a, order_b;
        for (const Section& s : a_.sections) {
            if (sections_b_.count(s.id)) order_a.push_back(s.id);
        }
        for (const Section& s : b_.sections) {
            if (sections_a_.count(s.id)) order_b.push_back(s.id);
        }
        for (std::size_t k = 0; k < order_a.size() && k < order_b.size(); ++k) {
            if (order_a[k] != order_b[k]) {
                add(true, section_path(sections_b_[order_b[k]]),
                    "section \"" + order_b[k] + "\" is out of order (" + other(true) + " has \"" + order_a[k] + "\" here)");
                break;
            }
        }
        // The same kind: the same key points, folds and local help in every language.
        for (const auto& [id, ia] : sections_a_) {
            const auto ib = sections_b_.find(id);
            if (ib != sections_b_.end() && a_.sections[ia].kind != b_.sections[ib->second].kind) {
                add(true, section_path(ib->second) + "/kind",
                    "section \"" + id + "\" has a different kind than in " + other(true) + " (at " + section_path(ia) + ")");
            }
        }
    }

    void compare_blocks() {
        const auto blocks_a = block_index(a_);
        const auto blocks_b = block_index(b_);
        for (const auto& [id, pa] : blocks_a) {
            const std::string& section_a = a_.sections[pa.section].id;
            const auto found = blocks_b.find(id);
            if (found == blocks_b.end()) {
                const auto sb = sections_b_.find(section_a);
                if (sb != sections_b_.end()) {
                    add(true, section_path(sb->second) + "/blocks",
                        "missing block \"" + id + "\" (" + other(true) + " has it at " + block_path(pa) + ")");
                }
                continue;
            }
            const Place pb = found->second;
            const std::string& section_b = b_.sections[pb.section].id;
            if (section_a != section_b) {
                add(true, block_path(pb), "block \"" + id + "\" is in section \"" + section_b + "\" here but in \"" +
                                              section_a + "\" in " + other(true) + " (at " + block_path(pa) + ")");
                continue;
            }
            compare_block(a_.sections[pa.section].blocks[pa.block], b_.sections[pb.section].blocks[pb.block],
                          block_path(pa), block_path(pb));
        }
        for (const auto& [id, pb] : blocks_b) {
            if (blocks_a.count(id)) continue;
            const auto sa = sections_a_.find(b_.sections[pb.section].id);
            if (sa != sections_a_.end()) {
                add(false, section_path(sa->second) + "/blocks",
                    "missing block \"" + id + "\" (" + other(false) + " has it at " + block_path(pb) + ")");
            }
        }
        compare_block_order(blocks_a, blocks_b);
    }

    void compare_block_order(const std::map<std::string, Place>& blocks_a, const std::map<std::string, Place>& blocks_b) {
        for (std::size_t i = 0; i < b_.sections.size(); ++i) {
            const auto sa = sections_a_.find(b_.sections[i].id);
            if (sa == sections_a_.end()) continue;
            std::vector<const Block*> order_a, order_b;
            for (const Block& blk : a_.sections[sa->second].blocks) {
                const auto f = blocks_b.find(blk.id);
                if (f != blocks_b.end() && f->second.section == i) order_a.push_back(&blk);
            }
            for (const Block& blk : b_.sections[i].blocks) {
                const auto f = blocks_a.find(blk.id);
                if (f != blocks_a.end() && f->second.section == sa->second) order_b.push_back(&blk);
            }
            for (std::size_t k = 0; k < order_a.size() && k < order_b.size(); ++k) {
                if (order_a[k]->id != order_b[k]->id) {
                    const auto where = blocks_b.find(order_b[k]->id);  // present: order_b came from b
                    add(true, where != blocks_b.end() ? block_path(where->second) : section_path(i),
                        "block \"" + order_b[k]->id + "\" is out of order (" + other(true) + " has \"" + order_a[k]->id +
                            "\" here)");
                    break;
                }
            }
        }
    }

    void compare_sources(const std::vector<std::string>& sa, const std::vector<std::string>& sb, const std::string& pa,
                         const std::string& pb) {
        if (sa != sb) {
            add(true, pb, "sources " + join(sb) + " differ from " + other(true) + "'s " + join(sa) + " (at " + pa + ")");
        }
    }

    void compare_block(const Block& x, const Block& y, const std::string& pa, const std::string& pb) {
        if (x.type != y.type) {
            add(true, pb + "/type", "block \"" + y.id + "\" has a different type than in " + other(true) + " (at " + pa + ")");
            return;
        }
        switch (x.type) {
            case BlockType::Figure:
                if (significant_digits(x.value) != significant_digits(y.value)) {
                    add(true, pb + "/value", "value \"" + y.value + "\" does not match " + other(true) + "'s \"" + x.value +
                                                 "\" (expected the same significant digits; at " + pa + "/value)");
                }
                if (compare_dates(x.as_of, y.as_of) != 0) {
                    add(true, pb + "/as_of", "as_of \"" + y.as_of.text + "\" does not match " + other(true) + "'s \"" +
                                                 x.as_of.text + "\" (at " + pa + "/as_of)");
                }
                compare_sources(x.sources, y.sources, pa + "/sources", pb + "/sources");
                break;
            case BlockType::Quote:
                compare_sources(x.sources, y.sources, pa + "/sources", pb + "/sources");
                break;
            case BlockType::Chart:
                compare_chart(x, y, pa, pb);
                break;
            case BlockType::Diagram:
                compare_diagram(x, y, pa, pb);
                break;
            case BlockType::KeyPoints:
            case BlockType::Question:
                if (x.items.size() != y.items.size()) {
                    add(true, pb + "/items", "has " + std::to_string(y.items.size()) + " items, " + other(true) + " has " +
                                                 std::to_string(x.items.size()) + " (at " + pa + "/items)");
                }
                break;
            case BlockType::Contact:
                // The number dialled and the address opened are the same in every language.
                if (phone_digits(x.phone) != phone_digits(y.phone)) {
                    add(true, pb + "/phone", "phone \"" + y.phone + "\" does not match " + other(true) + "'s \"" + x.phone +
                                                 "\" (at " + pa + "/phone)");
                }
                if (x.url != y.url) {
                    add(true, pb + "/url", "url \"" + y.url + "\" does not match " + other(true) + "'s \"" + x.url + "\" (at " +
                                               pa + "/url)");
                }
                break;
            case BlockType::Timeline:
                compare_timeline(x, y, pa, pb);
                break;
            default:
                break;
        }
    }

    void compare_timeline(const Block& x, const Block& y, const std::string& pa, const std::string& pb) {
        if (x.events.size() != y.events.size()) {
            add(true, pb + "/events", "has " + std::to_string(y.events.size()) + " events, " + other(true) + " has " +
                                          std::to_string(x.events.size()) + " (at " + pa + "/events)");
        }
        const std::size_t n = std::min(x.events.size(), y.events.size());
        for (std::size_t k = 0; k < n; ++k) {
            const TimelineEvent& p = x.events[k];
            const TimelineEvent& q = y.events[k];
            const std::string qa = pa + "/events/" + std::to_string(k);
            const std::string qb = pb + "/events/" + std::to_string(k);
            if (p.id != q.id) {
                add(true, qb + "/id", "event \"" + q.id + "\" does not match " + other(true) + "'s \"" + p.id +
                                          "\" (events go in the same order; at " + qa + "/id)");
                continue;
            }
            if (compare_dates(p.date, q.date) != 0) {
                add(true, qb + "/date", "date \"" + q.date.text + "\" does not match " + other(true) + "'s \"" + p.date.text +
                                            "\" (at " + qa + "/date)");
            }
            compare_sources(cited(p.text), cited(q.text), qa + "/text", qb + "/text");
        }
    }

    void compare_chart(const Block& x, const Block& y, const std::string& pa, const std::string& pb) {
        if (x.chart_kind != y.chart_kind) {
            add(true, pb + "/kind", "chart kind \"" + std::string(kind_name(y.chart_kind)) + "\" does not match " + other(true) + "'s \"" +
                                        kind_name(x.chart_kind) + "\" (at " + pa + "/kind)");
        }
        for (std::size_t i = 0; i < x.series.size(); ++i) {
            std::size_t j = 0;
            while (j < y.series.size() && y.series[j].id != x.series[i].id) ++j;
            const std::string sa = pa + "/series/" + std::to_string(i);
            if (j == y.series.size()) {
                add(true, pb + "/series", "missing series \"" + x.series[i].id + "\" (" + other(true) + " has it at " + sa + ")");
                continue;
            }
            compare_series(x.series[i], y.series[j], sa, pb + "/series/" + std::to_string(j));
        }
        for (std::size_t j = 0; j < y.series.size(); ++j) {
            bool found = false;
            for (const ChartSeries& s : x.series) found = found || s.id == y.series[j].id;
            if (!found) {
                add(false, pa + "/series", "missing series \"" + y.series[j].id + "\" (" + other(false) + " has it at " + pb +
                                               "/series/" + std::to_string(j) + ")");
            }
        }
    }

    void compare_series(const ChartSeries& x, const ChartSeries& y, const std::string& pa, const std::string& pb) {
        if (x.points.size() != y.points.size()) {
            add(true, pb + "/points", "has " + std::to_string(y.points.size()) + " points, " + other(true) + " has " +
                                          std::to_string(x.points.size()) + " (at " + pa + "/points)");
            return;
        }
        for (std::size_t k = 0; k < x.points.size(); ++k) {
            const ChartPoint& p = x.points[k];
            const ChartPoint& q = y.points[k];
            const std::string qa = pa + "/points/" + std::to_string(k);
            const std::string qb = pb + "/points/" + std::to_string(k);
            if (compare_dates(p.date, q.date) != 0) {
                add(true, qb + "/date", "date \"" + q.date.text + "\" does not match " + other(true) + "'s \"" + p.date.text +
                                            "\" (at " + qa + "/date)");
            }
            if (p.value != q.value) {
                add(true, qb + "/value", "value " + number_text(q.value) + " does not match " + other(true) + "'s " +
                                             number_text(p.value) + " (at " + qa + "/value)");
            }
            if (p.qualifier != q.qualifier) {
                add(true, qb + "/qualifier", "qualifier differs from " + other(true) + " (at " + qa + "/qualifier)");
            }
            compare_sources(p.sources, q.sources, qa + "/sources", qb + "/sources");
        }
    }

    // The sources an item's text cites, in first-cited order without repeats: wording and
    // marker placement may differ between languages, the evidence may not.
    static std::vector<std::string> cited(const RichText& text) {
        std::vector<std::string> out;
        for (const Span& s : text) {
            if (s.kind != Span::Kind::Cite) continue;
            bool seen = false;
            for (const std::string& id : out) seen = seen || id == s.source_id;
            if (!seen) out.push_back(s.source_id);
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    void compare_diagram(const Block& x, const Block& y, const std::string& pa, const std::string& pb) {
        if (x.diagram_kind != y.diagram_kind) {
            add(true, pb + "/kind", "diagram kind \"" + std::string(kind_name(y.diagram_kind)) + "\" does not match " + other(true) + "'s \"" +
                                        kind_name(x.diagram_kind) + "\" (at " + pa + "/kind)");
        }
        const std::size_t n = std::min(x.diagram_items.size(), y.diagram_items.size());
        if (x.diagram_items.size() != y.diagram_items.size()) {
            add(true, pb + "/items", "has " + std::to_string(y.diagram_items.size()) + " items, " + other(true) + " has " +
                                         std::to_string(x.diagram_items.size()) + " (at " + pa + "/items)");
        }
        for (std::size_t k = 0; k < n; ++k) {
            const DiagramItem& p = x.diagram_items[k];
            const DiagramItem& q = y.diagram_items[k];
            const std::string qa = pa + "/items/" + std::to_string(k);
            const std::string qb = pb + "/items/" + std::to_string(k);
            if (p.id != q.id) {
                add(true, qb + "/id", "item \"" + q.id + "\" does not match " + other(true) + "'s \"" + p.id +
                                          "\" (items go in the same order; at " + qa + "/id)");
                continue;
            }
            if (p.confidence != q.confidence) {
                add(true, qb + "/confidence", "confidence differs from " + other(true) + " (at " + qa + "/confidence)");
            }
            bool same_hours = p.hours.size() == q.hours.size();
            for (std::size_t h = 0; same_hours && h < p.hours.size(); ++h) {
                same_hours = p.hours[h].from == q.hours[h].from && p.hours[h].to == q.hours[h].to;
            }
            if (!same_hours) add(true, qb + "/hours", "hours differ from " + other(true) + " (at " + qa + "/hours)");
            compare_sources(cited(p.text), cited(q.text), qa + "/text", qb + "/text");
        }
    }

    const Sheet& a_;
    const Sheet& b_;
    std::string name_a_, name_b_;
    std::map<std::string, std::size_t> sections_a_, sections_b_;
    std::vector<ParityError> out_;
};

}  // namespace

std::vector<ParityError> check_parity_detailed(const Sheet& a, const Sheet& b) { return Comparer(a, b).run(); }

std::vector<Error> check_original(const Sheet& original) {
    if (!original.meta.translation) return {};
    return {{"/meta/translation", "the first file is the original the others are checked against: it has no \"translation\""}};
}

std::vector<Error> check_translation(const Sheet& original, const Sheet& translated) {
    const std::string from = original.lang.empty() ? std::string("the original") : original.lang;
    if (!translated.meta.translation) {
        return {{"/meta/translation", "missing \"translation\": who translated this file from " + from +
                                      " and whether a native speaker has reviewed it"}};
    }
    if (translated.meta.translation->from != original.lang) {
        return {{"/meta/translation/from", "expected \"" + original.lang + "\" (the file it is checked against), found \"" +
                                           translated.meta.translation->from + "\""}};
    }
    return {};
}

std::vector<Error> check_parity(const Sheet& a, const Sheet& b) {
    std::vector<Error> out;
    for (ParityError& e : check_parity_detailed(a, b)) out.push_back(std::move(e.error));
    return out;
}

}  // namespace factsheet::content
