// rules.cpp: id patterns and the required ui key list.
#include "content/rules.h"

#include "content/utf8.h"

namespace factsheet::content {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_content_id(std::string_view id) {
    if (id.empty() || id.size() > max_id_length) return false;
    if (!is_lower(id[0]) && !is_digit(id[0])) return false;
    for (char c : id) {
        if (!is_lower(c) && !is_digit(c) && c != '-') return false;
    }
    return true;
}

bool is_source_id(std::string_view id) {
    if (id.size() < 2 || id.size() > max_id_length || id[0] != 'S') return false;
    for (char c : id.substr(1)) {
        if (!is_digit(c)) return false;
    }
    return true;
}

bool is_ui_key(std::string_view key) {
    if (key.empty() || key.size() > max_id_length || !is_lower(key[0])) return false;
    for (char c : key) {
        if (!is_lower(c) && !is_digit(c) && c != '_') return false;
    }
    return true;
}

bool is_language_tag(std::string_view tag) {
    std::size_t i = 0;
    while (i < tag.size() && is_lower(tag[i])) ++i;
    if (i < 2 || i > 3 || tag.size() > max_id_length) return false;
    while (i < tag.size()) {
        if (tag[i++] != '-') return false;
        const std::size_t start = i;
        while (i < tag.size() && tag[i] != '-' && (is_digit(tag[i]) || is_lower(tag[i]) || (tag[i] >= 'A' && tag[i] <= 'Z'))) ++i;
        if (i - start < 1 || i - start > 8 || (i < tag.size() && tag[i] != '-')) return false;
    }
    return true;
}

bool is_reserved_anchor(std::string_view id) { return id == "sources"; }

KeyPointLimits key_point_limits(std::string_view lang) {
    const std::string_view base = lang.substr(0, lang.find('-'));
    if (base == "en") return {20, 900};
    return {24, 0};  // Spanish, Portuguese, Haitian Creole (tools/readability/scores.mjs)
}

std::size_t count_words(std::string_view text) {
    std::size_t n = 0;
    bool counted = false;  // the token being read has been counted
    std::size_t i = 0;
    while (i < text.size()) {
        const char32_t c = next_code_point(text, i);
        if (c == U' ' || c == U'\t' || c == U'\n' || c == 0xA0) {
            counted = false;
            continue;
        }
        // Letters of the scripts the sheet is written in, and digits; not punctuation or symbols.
        const bool word_char = (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
                               (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x370 && c < 0x2000);
        if (word_char && !counted) {
            ++n;
            counted = true;
        }
    }
    return n;
}

const std::vector<UiKeyRule>& required_ui_keys() {
    static const std::vector<UiKeyRule> keys = {
        {"lang_name", ""},
        {"menu", ""},
        {"contents", ""},
        {"close", ""},
        {"sources", ""},
        {"source", ""},
        {"open_source", ""},
        {"leaving_to", "{domain}"},
        {"as_of", "{date}"},
        {"share", ""},
        {"link_copied", ""},
        {"exit", ""},
        {"text_smaller", ""},
        {"text_larger", ""},
        {"theme", ""},
        {"theme_light", ""},
        {"theme_dark", ""},
        {"theme_contrast", ""},
        {"save_offline", ""},
        {"offline_one_language", ""},
        {"error_title", ""},
        {"error_content", ""},
        {"fallback_notice_webgl", ""},
        {"fallback_notice_wasm", ""},
        {"fallback_notice_nojs", ""},
        {"fallback_notice_content", ""},
        {"section_announce", "{title}"},
        {"reviewed", "{date}"},
        {"back_to_top", ""},
        {"skip_to_content", ""},
        {"citation_label", "{n}"},
        {"loading", ""},
        // Sharing and leaving no trace (the menu's QR code and "Remove this sheet from this phone").
        {"show_qr", ""},
        {"qr_title", ""},
        {"qr_announce", "{address}"},
        {"share_heading", ""},
        {"remove_sheet", ""},
        {"remove_removes", ""},
        {"remove_cannot", ""},
        {"remove_android", ""},
        {"remove_iphone", ""},
        {"remove_confirm", ""},
        {"source_says", ""},
        {"source_says_unavailable", ""},
        {"evidence_for", "{place}"},
        {"evidence_checked", "{date}"},
        // Answers first: a section's key points, its details behind one tap, the one-page handout.
        {"key_points", ""},
        {"details_show", ""},
        {"details_hide", ""},
        {"details_all", ""},
        {"details_none", ""},
        {"call", "{phone}"},
        {"print", ""},
        {"print_whole", ""},
        {"print_key_points", ""},
        {"handout_more", "{address}"},
        // The sheet embedded in another site's page (web/host/embed.js, web/frame/embedded.js).
        {"embed_text_size", ""},
        {"embed_show_all", ""},
        {"embed_open_full", ""},
        {"embed_added_by", "{site}"},
        {"embed_added_by_unknown", ""},
        {"embed_frame_title", ""},
        // The pictures drawn in the embedded sheet (web/pictures/pictures.js).
        {"picture_label", "{title}"},
        {"picture_show_table", ""},
        {"picture_show_picture", ""},
        // Link previews (src/html/html.cpp, tools/factsheet_preview.cpp).
        {"site_name", ""},
        {"og_locale", ""},
        // How this language writes numbers, values, dates and hours (src/present/words.h).
        {"number_decimal", ""},
        {"number_group", ""},
        {"number_thousands", "{n}"},
        {"number_millions", "{n}"},
        {"value_about", "{n}"},
        {"value_more_than", "{n}"},
        {"value_less_than", "{n}"},
        {"months", ""},  // twelve abbreviations, January first, separated by spaces
        {"date_day", "{day}"},
        {"date_month", "{month}"},
        {"hour", ""},          // {h12} or {h24}, {mm}, {ampm}
        {"hour_minutes", "{mm}"},
        {"hour_am", ""},
        {"hour_pm", ""},
        {"hour_end_of_day", ""},
        // How a translation was made (meta.translation): at the top while unreviewed, and in About.
        {"translation_by", "{by}"},
        {"translation_not_reviewed", ""},
        {"translation_reviewed", ""},
        // The language list (the canvas's header, the pages' switch).
        {"languages", ""},
        // Reading a section aloud (web/shared/listen.js): the button, its controls, and where the
        // phone has no voice for the language, what to do on Android and on iPhone.
        {"listen", ""},
        {"listen_pause", ""},
        {"listen_resume", ""},
        {"listen_stop", ""},
        {"listen_no_voice", ""},
        {"listen_voice_android", ""},
        {"listen_voice_iphone", ""},
        // The app page while the browser translates it (web/app/translated.js).
        {"translated_notice", ""},
    };
    return keys;
}

const std::vector<UiKeyRule>& figure_ui_keys() {
    static const std::vector<UiKeyRule> keys = {
        {"figure_hint", ""},
        {"figure_previous", ""},
        {"figure_next", ""},
    };
    return keys;
}

const std::vector<UiKeyRule>& diagram_ui_keys() {
    static const std::vector<UiKeyRule> keys = {
        {"confidence_high", ""},
        {"confidence_medium", ""},
        {"confidence_low", ""},
    };
    return keys;
}

}  // namespace factsheet::content
