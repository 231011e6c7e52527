// rules.h: the format's fixed vocabulary: id patterns, length limits, required ui keys.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace factsheet::content {

// Longest id of any kind, so ids stay usable as anchors and in messages.
constexpr std::size_t max_id_length = 64;

// Section, block and series ids: [a-z0-9][a-z0-9-]*.
bool is_content_id(std::string_view id);
// Source ids: S followed by digits (S26).
bool is_source_id(std::string_view id);
// Language tags as the sheet uses them (BCP 47's common shape): a 2-3 letter language, then
// optional subtags of 1-8 letters or digits: "en", "es", "es-419", "en-XA".
bool is_language_tag(std::string_view tag);
// ui keys: [a-z][a-z0-9_]* (every key FORMAT.md lists has that shape).
bool is_ui_key(std::string_view key);

// The HTML page and the app's deep links use these anchors for themselves, so no section or
// block may take them.
bool is_reserved_anchor(std::string_view id);

// Length limits in code points (FORMAT.md; the ones marked * are this library's choice).
namespace limits {
constexpr std::size_t title = 120;           // meta.title, section title, chart title, callout title
constexpr std::size_t subtitle = 200;
constexpr std::size_t description = 300;
constexpr std::size_t ui_text = 200;
constexpr std::size_t rich = 2000;           // any rich text field
constexpr std::size_t publisher = 200;
constexpr std::size_t source_title = 300;
constexpr std::size_t author = 200;
constexpr std::size_t url = 500;
constexpr std::size_t figure_value = 40;
constexpr std::size_t figure_unit = 60;
constexpr std::size_t speaker = 120;
constexpr std::size_t role = 200;
constexpr std::size_t caption = 400;
constexpr std::size_t y_unit = 60;
constexpr std::size_t series_label = 120;    // *
constexpr std::size_t point_label = 60;      // * an axis label
constexpr std::size_t point_note = 400;      // * like a caption
constexpr std::size_t item_label = 40;       // * a diagram item's label, drawn on the picture
constexpr std::size_t diagram_items = 12;    // * most items a diagram may have (a phone's screen)
constexpr std::size_t passage = 300;         // a source's words in data/evidence.json
constexpr std::size_t passage_where = 120;   // * where in the source they are
constexpr std::size_t passage_at = 200;      // * the place in the sheet they support
constexpr std::size_t question = 200;        // * a question as readers ask it
constexpr std::size_t key_points_min = 2;    // a section's key points: two to four
constexpr std::size_t key_points_max = 4;
constexpr std::size_t event_label = 40;      // * a timeline event's label, drawn on the picture
constexpr std::size_t timeline_min = 2;      // * events in a timeline
constexpr std::size_t timeline_max = 24;     // *
}  // namespace limits

// Answers first (FORMAT.md, "Sections"): the most words one key point may have, and all the key
// points of a sheet together (0: no limit), by language. The readability of the key points is
// held by tools/readability.mjs.
struct KeyPointLimits {
    std::size_t item_words;
    std::size_t sheet_words;
};
KeyPointLimits key_point_limits(std::string_view lang);
// Words as the plain-language stage counts a sentence's length: the tokens between spaces that
// hold a letter or a digit (citation markers are not counted).
std::size_t count_words(std::string_view text);

// The nesting depth no valid file comes near; deeper input is refused before it is built.
constexpr std::size_t max_json_depth = 32;
// Larger input is refused before parsing (the real files are a few hundred KiB).
constexpr std::size_t max_file_bytes = 8u * 1024u * 1024u;
// The loader stops collecting errors after this many.
constexpr std::size_t max_errors = 200;

struct UiKeyRule {
    std::string_view key;
    std::string_view placeholder;  // must appear in the text; empty when none is needed
};
// The ui keys every language file must have (FORMAT.md, "UI keys").
const std::vector<UiKeyRule>& required_ui_keys();
// Also required once the sheet has a chart or a diagram (the pictures' own interface strings),
// and, for diagrams, the confidence wordings.
const std::vector<UiKeyRule>& figure_ui_keys();
const std::vector<UiKeyRule>& diagram_ui_keys();

}  // namespace factsheet::content
