// validator.h: internal to the loader: collects errors with JSON pointer paths and reads typed,
// bounded fields out of a parsed JSON tree, checking the type before every access (without
// exceptions, nlohmann aborts on a type mismatch).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/loader.h"
#include "content/sheet.h"

namespace factsheet::content::detail {

using json = nlohmann::json;

std::string child_path(const std::string& parent, std::string_view key);
std::string child_path(const std::string& parent, std::size_t index);
// "an object", "a string", ...: what a message says it found.
std::string describe(const json& value);

enum class Need : bool { Optional, Required };

class Validator {
public:
    explicit Validator(std::vector<Error>& errors) : errors_(errors) {}

    void error(const std::string& path, std::string message);
    bool full() const { return capped_; }

    // The value must be an object; what names it in the message ("a section").
    bool expect_object(const json& value, const std::string& path, std::string_view what);
    // Reports each field of obj not in allowed.
    void reject_unknown_fields(const json& obj, const std::string& path, std::initializer_list<std::string_view> allowed);

    // Typed fields of obj (at path). Each reports what is missing or wrong and returns false
    // when the field is absent or unusable; out is only written on success.
    bool read_plain(const json& obj, const std::string& path, const char* name, std::size_t max, Need need,
                    std::string& out);
    bool read_rich(const json& obj, const std::string& path, const char* name, Need need, RichText& out);
    bool read_date(const json& obj, const std::string& path, const char* name, bool day_required, Date& out);
    bool read_bool(const json& obj, const std::string& path, const char* name, bool& out);
    bool read_choice(const json& obj, const std::string& path, const char* name, Need need,
                     std::initializer_list<std::string_view> choices, std::string& out);
    // An array of source ids: at least one, each known, none twice. Counts as citing them.
    bool read_source_ids(const json& obj, const std::string& path, const char* name, std::vector<std::string>& out);
    // A required field that must be an object; what names it ("the ui strings"). nullptr when unusable.
    const json* read_object(const json& obj, const std::string& path, const char* name, const char* what);
    // A language tag (rules.h: is_language_tag).
    bool read_language(const json& obj, const std::string& path, const char* name, std::string& out);
    // A section, block or series id: [a-z0-9][a-z0-9-]*.
    bool read_content_id(const json& obj, const std::string& path, std::string& out);
    // The field as an array with at least min_items elements, or nullptr.
    const json* read_array(const json& obj, const std::string& path, const char* name, std::size_t min_items, Need need);

    // Checks a string that was already read (shared by ui values and array items).
    bool check_plain(const std::string& text, const std::string& path, std::size_t max);
    bool check_rich(const std::string& text, const std::string& path, RichText& out);

    // Source ids listed in /sources; cites are resolved against them when known is true.
    void set_known_sources(std::set<std::string> ids, bool usable);
    bool is_cited(const std::string& id) const { return cited_.count(id) != 0; }

    // Section and block ids share one namespace: both become anchors (#smartlink).
    bool claim_anchor(const std::string& id, const std::string& path);

private:
    const json* field(const json& obj, const std::string& path, const char* name, Need need, const char* expected);
    bool check_text(const std::string& text, const std::string& path, std::size_t max);
    void cite(const std::string& id, const std::string& path, bool in_marker);

    std::vector<Error>& errors_;
    bool capped_ = false;
    std::set<std::string> known_sources_;
    bool sources_usable_ = false;
    std::set<std::string> cited_;
    std::map<std::string, std::string> anchors_;  // id -> path of its first use
};

// The checks every content file passes before it is read (size, UTF-8, syntax, nesting), then
// the tree; false with the errors when it is unusable (loader.cpp).
bool parse_checked(std::string_view json_text, std::vector<Error>& errors, json& out);

// The parts of a sheet, each in its own file.
void validate_document(Validator& v, const json& root, Sheet& sheet);
void validate_sections(Validator& v, const json& root, Sheet& sheet);
void validate_block(Validator& v, const json& value, const std::string& path, const std::string& lang, Block& out);
void validate_chart(Validator& v, const json& obj, const std::string& path, Block& out);
void validate_diagram(Validator& v, const json& obj, const std::string& path, Block& out);
void validate_timeline(Validator& v, const json& obj, const std::string& path, Block& out);
// A block's "items": rich texts, at least min_items of them (lists, key points, a question's steps).
void validate_list_items(Validator& v, const json& obj, const std::string& path, std::size_t min_items, Need need,
                         Block& out);
// Key points, questions and contacts (validate_answers.cpp); key point limits depend on `lang`.
void validate_answer_block(Validator& v, const json& obj, const std::string& path, const std::string& lang, Block& out);
// Key points first, then at most one main picture, then details that are never empty.
void validate_section_shape(Validator& v, const Section& s, const std::string& path);
// The key points of the whole sheet within their language's total (rules.h: key_point_limits).
void validate_key_points_total(Validator& v, const Sheet& sheet);
// True when the text has a citation marker.
bool has_citation(const RichText& text);
// The entries of an evidence array at path; the valid ones are appended to out.
void validate_evidence(Validator& v, const json& list, const std::string& path, std::vector<Evidence>& out);

}  // namespace factsheet::content::detail
