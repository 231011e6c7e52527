// evidence.cpp: the places a sheet cites, data/evidence.json's loader, the checks between
// them, and the bundle the built content file carries.
#include "content/evidence.h"

#include <set>
#include <utility>

#include "content/phone.h"
#include "content/rules.h"
#include "content/url.h"
#include "content/validator.h"

namespace factsheet::content {
namespace {

using detail::child_path;
using detail::json;

class Collector {
public:
    explicit Collector(const Sheet& sheet) : sheet_(sheet) {}

    std::vector<Citation> run() {
        for (std::size_t s = 0; s < sheet_.sections.size(); ++s) {
            const Section& section = sheet_.sections[s];
            for (std::size_t b = 0; b < section.blocks.size(); ++b) {
                block(section, section.blocks[b], child_path(child_path(child_path("/sections", s), "blocks"), b));
            }
        }
        return std::move(out_);
    }

private:
    void add(const Section& s, const Block& b, const std::string& at, const std::string& source_id,
             const std::string& path, const std::string& detail) {
        if (!seen_.insert({at, source_id}).second) return;
        std::string label = s.title;
        const bool titled = !b.title.empty() && b.type != BlockType::Callout && b.type != BlockType::Contact;
        if (titled) label += ": " + b.title;
        if (!detail.empty()) label += (titled ? ", " : ": ") + detail;
        out_.push_back({at, source_id, path, s.id, b.id, std::move(label)});
    }
    void rich(const Section& s, const Block& b, const RichText& text, const std::string& at, const std::string& path,
              const std::string& detail = "") {
        for (const Span& span : text) {
            if (span.kind == Span::Kind::Cite) add(s, b, at, span.source_id, path, detail);
        }
    }
    void ids(const Section& s, const Block& b, const std::vector<std::string>& sources, const std::string& at,
             const std::string& path, const std::string& detail = "") {
        for (const std::string& id : sources) add(s, b, at, id, path, detail);
    }

    void items(const Section& s, const Block& b, const std::string& path, const std::string& detail = "") {
        for (std::size_t i = 0; i < b.items.size(); ++i) {
            rich(s, b, b.items[i], place_of_list_item(b, i), child_path(child_path(path, "items"), i), detail);
        }
    }

    // A picture's labelled parts (diagram items, timeline events), each citing at its own place,
    // then the picture's note.
    template <typename Part, typename PlaceOf>
    void labelled(const Section& s, const Block& b, const std::vector<Part>& parts, const char* field,
                  const std::string& path, PlaceOf place_of) {
        for (std::size_t i = 0; i < parts.size(); ++i) {
            rich(s, b, parts[i].text, place_of(parts[i]), child_path(child_path(child_path(path, field), i), "text"),
                 parts[i].label);
        }
        rich(s, b, b.note, place_of_note(b), child_path(path, "note"));
    }

    void block(const Section& s, const Block& b, const std::string& path) {
        switch (b.type) {
            case BlockType::Paragraph:
            case BlockType::Callout: rich(s, b, b.text, place_of_block(b), child_path(path, "text")); break;
            case BlockType::Contact: rich(s, b, b.text, place_of_block(b), child_path(path, "text"), b.title); break;
            case BlockType::Question:
                rich(s, b, b.text, place_of_block(b), child_path(path, "text"), b.question);
                items(s, b, path, b.question);
                break;
            case BlockType::KeyPoints: items(s, b, path); break;
            case BlockType::Timeline:
                labelled(s, b, b.events, "events", path, [&](const TimelineEvent& e) { return place_of_event(b, e); });
                break;
            case BlockType::Figure:
                rich(s, b, b.text, place_of_block(b), child_path(path, "label"), b.value);
                ids(s, b, b.sources, place_of_block(b), child_path(path, "sources"), b.value);
                break;
            case BlockType::Quote:
                rich(s, b, b.text, place_of_block(b), child_path(path, "text"), b.speaker);
                ids(s, b, b.sources, place_of_block(b), child_path(path, "sources"), b.speaker);
                break;
            case BlockType::List: items(s, b, path); break;
            case BlockType::Chart:
                for (std::size_t i = 0; i < b.series.size(); ++i) {
                    const ChartSeries& series = b.series[i];
                    for (std::size_t p = 0; p < series.points.size(); ++p) {
                        const ChartPoint& point = series.points[p];
                        const std::string pp =
                            child_path(child_path(child_path(child_path(path, "series"), i), "points"), p);
                        ids(s, b, point.sources, place_of_point(b, series, point), child_path(pp, "sources"),
                            series.label + ", " + (point.label.empty() ? point.date.text : point.label));
                    }
                }
                rich(s, b, b.note, place_of_note(b), child_path(path, "note"));
                break;
            case BlockType::Diagram:
                labelled(s, b, b.diagram_items, "items", path, [&](const DiagramItem& item) { return place_of_item(b, item); });
                break;
        }
    }

    const Sheet& sheet_;
    std::set<std::pair<std::string, std::string>> seen_;
    std::vector<Citation> out_;
};

std::string quote(const std::string& s) { return "\"" + s + "\""; }

// A phone number is sourced when a passage at its contact holds its digits (the national number:
// a passage may leave out the country code 1); an address when a passage names its host, or was
// read there.
bool passage_has_phone(const Evidence& e, const std::string& phone) {
    std::string digits = phone_digits(phone);
    if (digits.size() == 11 && digits[0] == '1') digits.erase(0, 1);
    return phone_digits(e.passage).find(digits) != std::string::npos;
}
bool passage_has_host(const Evidence& e, const std::string& url) {
    std::string host = url_host(url);
    if (host.empty()) return false;
    // Where it was read may be a stored copy's http address: its host counts the same.
    const std::string read_at = e.url.compare(0, 7, "http://") == 0 ? "https://" + e.url.substr(7) : e.url;
    if (url_host(read_at) == host) return true;
    if (host.compare(0, 4, "www.") == 0) host.erase(0, 4);
    return e.passage.find(host) != std::string::npos;
}

void check_contacts(const std::vector<Evidence>& evidence, const std::vector<const Sheet*>& sheets,
                    std::vector<EvidenceError>& out) {
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const Sheet& sheet = *sheets[i];
        for (std::size_t si = 0; si < sheet.sections.size(); ++si) {
            const Section& section = sheet.sections[si];
            for (std::size_t bi = 0; bi < section.blocks.size(); ++bi) {
                const Block& b = section.blocks[bi];
                if (b.type != BlockType::Contact) continue;
                const std::string path = child_path(child_path(child_path("/sections", si), "blocks"), bi);
                bool phone = b.phone.empty(), host = b.url.empty();
                for (const Evidence& e : evidence) {
                    if (e.at != place_of_block(b)) continue;
                    phone = phone || passage_has_phone(e, b.phone);
                    host = host || passage_has_host(e, b.url);
                }
                if (!phone) {
                    out.push_back({{child_path(path, "phone"), "no passage at " + quote(b.id) + " holds the number " + b.phone +
                                                                   " (every phone number is cited like any claim: record "
                                                                   "the source's words that give it)"},
                                   static_cast<int>(i)});
                }
                if (!host) {
                    out.push_back({{child_path(path, "url"), "no passage at " + quote(b.id) + " names " + url_host(b.url) +
                                                                 " or was read there (record the source's words that "
                                                                 "give the address)"},
                                   static_cast<int>(i)});
                }
            }
        }
        break;  // the languages have the same contacts (parity): once is enough
    }
}

}  // namespace

std::string place_of_block(const Block& b) { return b.id; }
std::string place_of_list_item(const Block& b, std::size_t index) { return b.id + "/" + std::to_string(index + 1); }
std::string place_of_note(const Block& b) { return b.id + "/note"; }
std::string place_of_point(const Block& b, const ChartSeries& series, const ChartPoint& point) {
    return b.id + "/" + series.id + "/" + point.date.text;
}
std::string place_of_item(const Block& b, const DiagramItem& item) { return b.id + "/" + item.id; }
std::string place_of_event(const Block& b, const TimelineEvent& event) { return b.id + "/" + event.id; }

std::vector<Citation> citations(const Sheet& sheet) { return Collector(sheet).run(); }

EvidenceResult load_evidence(std::string_view json_text) {
    EvidenceResult result;
    json root;
    if (!detail::parse_checked(json_text, result.errors, root)) return result;
    detail::Validator v(result.errors);
    if (!v.expect_object(root, "", "the evidence file")) return result;
    v.reject_unknown_fields(root, "", {"format", "evidence"});
    const auto format = root.find("format");
    if (format == root.end() || !format->is_number_integer() || format->get<std::int64_t>() != 1) {
        v.error("/format", "expected the number 1 (the evidence format)");
    }
    if (const json* list = v.read_array(root, "", "evidence", 1, detail::Need::Required)) {
        detail::validate_evidence(v, *list, "/evidence", result.evidence);
    }
    return result;
}

std::vector<EvidenceError> check_evidence(const std::vector<Evidence>& evidence, const std::vector<const Sheet*>& sheets) {
    using Pair = std::pair<std::string, std::string>;
    std::vector<EvidenceError> out;
    std::set<Pair> recorded, cited;
    for (const Evidence& e : evidence) recorded.insert({e.at, e.source_id});
    std::vector<std::vector<Citation>> places;  // each sheet's, once
    std::vector<std::set<Pair>> pairs;
    for (const Sheet* s : sheets) {
        places.push_back(citations(*s));
        pairs.emplace_back();
        for (const Citation& c : places.back()) pairs.back().insert({c.at, c.source_id});
    }
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        for (const Citation& c : places[i]) {
            // Reported once, in the first sheet that has it: the other language would repeat it.
            if (!cited.insert({c.at, c.source_id}).second || recorded.count({c.at, c.source_id})) continue;
            out.push_back({{c.path, "the citation of " + c.source_id + " at " + quote(c.at) +
                                        " has no passage (expected an entry {\"at\": " + quote(c.at) +
                                        ", \"source\": " + quote(c.source_id) + "} in the evidence file)"},
                           static_cast<int>(i)});
        }
    }
    // One evidence set serves every language, so each language cites the same sources at each place.
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        for (std::size_t j = 0; j < sheets.size(); ++j) {
            if (i == j) continue;
            for (const Citation& c : places[i]) {
                if (pairs[j].count({c.at, c.source_id})) continue;
                out.push_back({{c.path, c.source_id + " is cited at " + quote(c.at) + " here but not in the " +
                                            sheets[j]->lang + " sheet (expected the same sources at each place)"},
                               static_cast<int>(i)});
            }
        }
    }
    check_contacts(evidence, sheets, out);
    for (std::size_t i = 0; i < evidence.size(); ++i) {
        const Evidence& e = evidence[i];
        const std::string path = child_path("/evidence", i);
        bool listed = false;
        for (const Sheet* s : sheets) listed = listed || s->find_source(e.source_id) != nullptr;
        if (!listed) {
            out.push_back({{child_path(path, "source"), "unknown source " + quote(e.source_id) +
                                                            " (expected the id of an entry in the sheets' sources)"},
                           -1});
        } else if (!cited.count({e.at, e.source_id})) {
            out.push_back({{path, "this passage supports no citation: no sheet cites " + e.source_id + " at " +
                                      quote(e.at) + " (remove it, or fix \"at\" or \"source\")"},
                           -1});
        }
    }
    return out;
}

namespace {

// The sheet without its sections' details: what the canvas needs for its first frame
// (sheet.h: Section::details_later). Every source stays, in its place: a citation's number is its
// source's place in the list, the same in the lead, the whole sheet and the page.
json lead_of(const json& built, const Sheet& sheet) {
    json lead = built;
    json& sections = lead["sections"];
    for (std::size_t i = 0; i < sheet.sections.size() && i < sections.size(); ++i) {
        const Section& s = sheet.sections[i];
        if (!s.folds()) continue;
        json& blocks = sections[i]["blocks"];
        blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(s.summary_end()), blocks.end());
        sections[i]["details_later"] = true;
    }
    return lead;
}

}  // namespace

BuiltContent build_content(std::string_view sheet_json, const Sheet& sheet, const std::vector<Evidence>& evidence,
                           const std::vector<Language>& languages) {
    json root = json::parse(sheet_json, nullptr, false);
    if (root.is_discarded() || !root.is_object()) return {};
    std::set<std::pair<std::string, std::string>> cited;
    for (const Citation& c : citations(sheet)) cited.insert({c.at, c.source_id});
    json list = json::array();
    for (const Evidence& e : evidence) {
        if (!cited.count({e.at, e.source_id})) continue;
        list.push_back({{"at", e.at}, {"source", e.source_id}, {"passage", e.passage}, {"lang", e.lang},
                        {"where", e.where}, {"url", e.url}, {"checked", e.checked.text}});
    }
    root.erase("evidence");
    json langs = json::array();
    for (const Language& l : languages) langs.push_back({{"lang", l.lang}, {"name", l.name}});
    if (!languages.empty()) root["languages"] = std::move(langs);
    return {root.dump(), json{{"format", 1}, {"evidence", std::move(list)}}.dump(), lead_of(root, sheet).dump()};
}

std::string join_passages(std::string_view sheet_json, std::string_view passages_json) {
    json root = json::parse(sheet_json, nullptr, false);
    const json passages = json::parse(passages_json, nullptr, false);
    if (root.is_discarded() || !root.is_object() || !passages.is_object() || !passages.contains("evidence")) return {};
    root["evidence"] = passages["evidence"];
    return root.dump();
}

std::string bundle(std::string_view sheet_json, const Sheet& sheet, const std::vector<Evidence>& evidence,
                   const std::vector<Language>& languages) {
    const BuiltContent built = build_content(sheet_json, sheet, evidence, languages);
    return built.sheet.empty() ? std::string() : join_passages(built.sheet, built.passages);
}

}  // namespace factsheet::content
