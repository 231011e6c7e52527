// validate_sheet.cpp: the top of a language file: format, lang, meta, ui strings and sources.
#include <set>

#include "content/evidence.h"
#include "content/rules.h"
#include "content/url.h"
#include "content/utf8.h"
#include "content/validator.h"

namespace factsheet::content::detail {
namespace {

void validate_format(Validator& v, const json& root) {
    const auto it = root.find("format");
    if (it == root.end()) {
        v.error("/format", "required field \"format\" is missing (expected the number 1)");
    } else if (!it->is_number_integer() || it->get<std::int64_t>() != 1) {
        v.error("/format", "unsupported format: expected the number 1, found " + describe(*it));
    }
}

// meta.translation: how a translated file was made (who, from which file, reviewed or not). Whether
// a file must have one is parity's question (the original has none, every other file has one).
void validate_translation(Validator& v, const json& meta_obj, Meta& meta) {
    if (!meta_obj.contains("translation")) return;
    const json* obj = v.read_object(meta_obj, "/meta", "translation", "who translated the file and whether a native speaker reviewed it");
    if (!obj) return;
    const std::string path = "/meta/translation";
    v.reject_unknown_fields(*obj, path, {"from", "by", "native_review"});
    Translation t;
    bool ok = v.read_language(*obj, path, "from", t.from);
    ok = v.read_plain(*obj, path, "by", limits::ui_text, Need::Required, t.by) && ok;
    if (!obj->contains("native_review")) {
        v.error(path + "/native_review", "required field \"native_review\" is missing (expected true only once a native "
                                         "speaker has reviewed the translation, else false)");
        ok = false;
    } else {
        ok = v.read_bool(*obj, path, "native_review", t.native_review) && ok;
    }
    if (ok) meta.translation = std::move(t);
}

void validate_meta(Validator& v, const json& root, Meta& meta) {
    const json* obj = v.read_object(root, "", "meta", "the title, subtitle, description and review date");
    if (!obj) return;
    v.reject_unknown_fields(*obj, "/meta", {"title", "subtitle", "description", "reviewed", "translation"});
    v.read_plain(*obj, "/meta", "title", limits::title, Need::Required, meta.title);
    v.read_plain(*obj, "/meta", "subtitle", limits::subtitle, Need::Required, meta.subtitle);
    v.read_plain(*obj, "/meta", "description", limits::description, Need::Required, meta.description);
    v.read_date(*obj, "/meta", "reviewed", true, meta.reviewed);
    validate_translation(v, *obj, meta);
}

void validate_ui(Validator& v, const json& root, std::map<std::string, std::string>& ui) {
    const json* obj = v.read_object(root, "", "ui", "the interface strings by key");
    if (!obj) return;
    for (auto it = obj->begin(); it != obj->end(); ++it) {
        const std::string path = child_path("/ui", it.key());
        if (!is_ui_key(it.key())) {
            v.error(path, "expected a ui key of lowercase letters, digits and _ such as \"back_to_top\", found " +
                              quote_excerpt(it.key()));
            continue;
        }
        if (!it->is_string()) {
            v.error(path, "expected the interface text (a string), found " + describe(*it));
            continue;
        }
        if (v.check_plain(it->get_ref<const std::string&>(), path, limits::ui_text)) {
            ui[it.key()] = it->get_ref<const std::string&>();
        }
    }
    // The month names are one string of twelve words (present/words.h reads them so).
    const auto months = ui.find("months");
    if (months != ui.end()) {
        std::size_t words = 0;
        bool in_word = false;
        for (char c : months->second) {
            if (c != ' ' && !in_word) ++words;
            in_word = c != ' ';
        }
        if (words != 12) {
            v.error("/ui/months", "expected twelve month abbreviations separated by spaces, January first, found " +
                                      std::to_string(words) + " words");
        }
    }
    for (const UiKeyRule& rule : required_ui_keys()) {
        const std::string key(rule.key);
        const auto it = obj->find(key);
        if (it == obj->end()) {
            v.error(child_path("/ui", key), "required ui key \"" + key + "\" is missing (expected its interface text" +
                                                (rule.placeholder.empty() ? std::string()
                                                                          : ", with " + std::string(rule.placeholder)) +
                                                ")");
            continue;
        }
        if (!rule.placeholder.empty() && it->is_string() &&
            it->get_ref<const std::string&>().find(rule.placeholder) == std::string::npos) {
            v.error(child_path("/ui", key), "expected the placeholder " + std::string(rule.placeholder) +
                                                " in this text, found " + quote_excerpt(it->get_ref<const std::string&>()));
        }
    }
}

// Source ids are needed before the sections to resolve citations; collected leniently here
// (each entry is checked fully later), so one broken entry does not turn every cite into an error.
std::set<std::string> listed_source_ids(const json& sources) {
    std::set<std::string> ids;
    for (const json& s : sources) {
        if (!s.is_object()) continue;
        const auto id = s.find("id");
        if (id != s.end() && id->is_string() && is_source_id(id->get_ref<const std::string&>())) {
            ids.insert(id->get_ref<const std::string&>());
        }
    }
    return ids;
}

void validate_url(Validator& v, const json& obj, const std::string& path, std::string& out) {
    const auto it = obj.find("url");
    if (it == obj.end()) return;
    const std::string p = child_path(path, "url");
    if (!it->is_string()) {
        v.error(p, "expected an https:// address (a string), found " + describe(*it));
        return;
    }
    const std::string& url = it->get_ref<const std::string&>();
    std::string why;
    if (url.size() > limits::url) {
        v.error(p, "too long: " + std::to_string(url.size()) + " characters (expected at most " +
                       std::to_string(limits::url) + ")");
    } else if (!check_https_url(url, why)) {
        v.error(p, "invalid address " + quote_excerpt(url, 80) + ": " + why);
    } else {
        out = url;
    }
}

void validate_source(Validator& v, const json& value, const std::string& path, std::map<std::string, std::string>& seen,
                     Source& out) {
    if (!v.expect_object(value, path, "a source")) return;
    v.reject_unknown_fields(value, path, {"id", "publisher", "title", "author", "date", "url"});
    const auto id = value.find("id");
    if (id == value.end()) {
        v.error(child_path(path, "id"), "required field \"id\" is missing (expected a source id such as \"S26\")");
    } else if (!id->is_string() || !is_source_id(id->get_ref<const std::string&>())) {
        v.error(child_path(path, "id"), "expected a source id such as \"S26\", found " + describe(*id));
    } else {
        out.id = id->get_ref<const std::string&>();
        const auto [it, fresh] = seen.emplace(out.id, path);
        if (!fresh) {
            v.error(child_path(path, "id"),
                    "duplicate source id \"" + out.id + "\", already listed at " + it->second + " (expected each source once)");
        }
    }
    v.read_plain(value, path, "publisher", limits::publisher, Need::Required, out.publisher);
    v.read_plain(value, path, "title", limits::source_title, Need::Required, out.title);
    v.read_plain(value, path, "author", limits::author, Need::Optional, out.author);
    v.read_date(value, path, "date", false, out.date);
    validate_url(v, value, path, out.url);
}

void validate_sources(Validator& v, const json& list, Sheet& sheet) {
    std::map<std::string, std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        Source s;
        validate_source(v, list[i], child_path("/sources", i), seen, s);
        // A lead's sources are the whole sheet's: its details, still to come, cite the rest.
        if (!s.id.empty() && !v.is_cited(s.id) && !sheet.details_later()) {
            v.error(child_path("/sources", i), "source \"" + s.id + "\" is never cited (expected a [^" + s.id +
                                                   "] marker or a \"sources\" entry naming it; remove unused sources)");
        }
        sheet.sources.push_back(std::move(s));
    }
}

}  // namespace

// Pictures bring their own interface strings: required only in a sheet that has them.
static void validate_figure_ui(Validator& v, const json& root, const Sheet& sheet) {
    bool charts = false, diagrams = false;
    for (const Section& s : sheet.sections) {
        for (const Block& b : s.blocks) {
            charts = charts || is_picture(b);
            diagrams = diagrams || b.type == BlockType::Diagram;
        }
    }
    const auto ui = root.find("ui");
    if (ui == root.end() || !ui->is_object()) return;  // already reported
    auto require = [&](const std::vector<UiKeyRule>& keys, const char* why) {
        for (const UiKeyRule& rule : keys) {
            const std::string key(rule.key);
            if (ui->find(key) == ui->end()) {
                v.error(child_path("/ui", key), "required ui key \"" + key + "\" is missing (expected its interface text; " +
                                                    why + ")");
            }
        }
    };
    if (charts) require(figure_ui_keys(), "the sheet has a chart or diagram");
    if (diagrams) require(diagram_ui_keys(), "the sheet has a diagram");
}

// A built content file carries the passages its citations rest on (evidence.h: bundle); then
// every citation must have one, as the app shows it. The language files in data/ carry none.
static void validate_bundled_evidence(Validator& v, const json& root, Sheet& sheet) {
    const json* list = v.read_array(root, "", "evidence", 0, Need::Optional);
    if (!list) return;
    validate_evidence(v, *list, "/evidence", sheet.evidence);
    for (const Citation& c : citations(sheet)) {
        if (sheet.passages(c.at, c.source_id).empty()) {
            v.error(c.path, "the citation of " + c.source_id + " at \"" + c.at + "\" has no passage in /evidence");
        }
    }
}

// A built file's language list (evidence.h: bundle): each a tag and a name.
void validate_bundled_languages(Validator& v, const json& root, std::vector<Language>& out) {
    const json* list = v.read_array(root, "", "languages", 1, Need::Optional);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string p = child_path("/languages", i);
        if (!v.expect_object((*list)[i], p, "a language")) continue;
        v.reject_unknown_fields((*list)[i], p, {"lang", "name"});
        Language l;
        if (v.read_language((*list)[i], p, "lang", l.lang) &&
            v.read_plain((*list)[i], p, "name", limits::ui_text, Need::Required, l.name)) {
            out.push_back(std::move(l));
        }
    }
}

void validate_document(Validator& v, const json& root, Sheet& sheet) {
    if (!v.expect_object(root, "", "the fact sheet")) return;
    v.reject_unknown_fields(root, "", {"format", "lang", "meta", "ui", "sections", "sources", "evidence", "languages"});
    validate_format(v, root);
    v.read_language(root, "", "lang", sheet.lang);

    const json* sources = v.read_array(root, "", "sources", 0, Need::Required);
    v.set_known_sources(sources ? listed_source_ids(*sources) : std::set<std::string>(), sources != nullptr);

    validate_meta(v, root, sheet.meta);
    validate_ui(v, root, sheet.ui);
    validate_sections(v, root, sheet);
    validate_figure_ui(v, root, sheet);
    if (sources) validate_sources(v, *sources, sheet);  // last: needs every citation seen
    validate_bundled_evidence(v, root, sheet);
    validate_bundled_languages(v, root, sheet.languages);
}

}  // namespace factsheet::content::detail
