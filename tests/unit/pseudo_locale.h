// pseudo_locale.h: a made-up language derived from data/en.json, to show that a new language is
// data only: every text accented (letters from the shipped font subset) and 40% longer (within
// each field's limit), tagged en-XA (BCP 47's pseudo-locale region). Placeholders ({date}),
// citation markers ([^S12]), ids, dates, kinds and addresses stay as they are.
#pragma once

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "content/rules.h"

namespace test {

inline std::string accent_letters(const std::string& text) {
    static const char* const lower[26] = {"ā", "ƀ", "ĉ", "ď", "ē", "ƒ", "ĝ", "ĥ", "ī", "ĵ", "ķ", "ľ", "ɱ",
                                          "ñ", "ō", "ƥ", "ʠ", "ŕ", "š", "ŧ", "ū", "ṽ", "ŵ", "ẋ", "ŷ", "ž"};
    std::string out;
    int depth = 0;  // inside {placeholder} or [^marker]: copied as is
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{' || (c == '[' && i + 1 < text.size() && text[i + 1] == '^')) ++depth;
        if (depth == 0 && c >= 'a' && c <= 'z' && std::string("bfjmpqvx").find(c) == std::string::npos) out += lower[c - 'a'];
        else out += c;
        if ((c == '}' || c == ']') && depth > 0) --depth;
    }
    return out;
}

inline std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// The field's length limit (content/rules.h) by its name; 0: not a reader's text.
inline std::size_t pseudo_limit(const std::string& key, bool in_ui) {
    namespace L = factsheet::content::limits;
    if (in_ui) return L::ui_text;
    if (key == "title") return L::title;
    if (key == "subtitle") return L::subtitle;
    if (key == "description") return L::description;
    if (key == "caption") return L::caption;
    if (key == "label") return L::item_label;  // the tightest of the labels
    if (key == "text" || key == "items") return L::rich;
    if (key == "note") return L::point_note;  // the tightest of the notes
    if (key == "speaker") return L::speaker;
    if (key == "role") return L::role;
    if (key == "unit" || key == "y_unit") return L::y_unit;
    return 0;
}

// ui strings that are formats, not words: accented but not made longer.
inline bool is_format_key(const std::string& key) {
    static const std::set<std::string> formats{"number_decimal", "number_group", "months", "date_day", "date_month",
                                               "hour", "hour_minutes", "lang_name", "og_locale"};
    return formats.count(key) != 0;
}

// few_words: key points, held to a number of words (content/rules.h): longer, in as many words.
inline void pseudo_walk(nlohmann::json& node, const std::string& key, bool in_ui, bool few_words = false) {
    if (node.is_object()) {
        const bool points = node.value("type", "") == "key_points";
        for (auto it = node.begin(); it != node.end(); ++it) pseudo_walk(it.value(), it.key(), in_ui || key == "ui", points);
    } else if (node.is_array()) {
        if (key == "sources") return;  // source ids (and the source list: publishers' own names)
        for (auto& item : node) pseudo_walk(item, key, in_ui, few_words);
    } else if (node.is_string()) {
        const std::size_t limit = pseudo_limit(key, in_ui);
        if (limit == 0) return;
        std::string text = accent_letters(node.get<std::string>());
        if (!(in_ui && is_format_key(key))) {
            const std::size_t n = code_points(text);
            std::size_t pad = (n * 4 + 9) / 10;
            if (n + pad + 1 > limit) pad = limit > n + 1 ? limit - n - 1 : 0;
            // Words a line can break between, as a translation's would be.
            for (std::size_t i = 0; i < pad; ++i) text += i % 5 == 0 && !few_words ? " " : "ŀ";
        }
        node = text;
    }
}

// data/en.json's text -> the en-XA sheet's JSON.
inline std::string pseudo_locale(const std::string& en_json) {
    nlohmann::json doc = nlohmann::json::parse(en_json);
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (it.key() != "sources") pseudo_walk(it.value(), it.key(), false);
    }
    doc["lang"] = "en-XA";
    doc["meta"]["translation"] = {{"from", "en"}, {"by", "pseudo_locale.h"}, {"native_review", false}};
    doc["ui"]["lang_name"] = "Ēñĝľīšĥ (šēūďō)";
    return doc.dump();
}

}  // namespace test
