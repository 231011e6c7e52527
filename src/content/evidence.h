// evidence.h: the passages of the sources that support each citation (data/evidence.json), and
// the checks that tie them to the sheets: every citation has a passage, every passage a citation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/loader.h"
#include "content/sheet.h"

namespace factsheet::content {

// One place in a sheet that cites one source, in the order a reader meets them.
// `at` names the place the same way in every language:
//   "<block-id>"                    paragraph, callout, quote, figure (label and sources)
//   "<block-id>/<n>"                item n (from 1) of a list, of key points, of a question's steps
//   "<block-id>/<item-id>"          a diagram item, a timeline event
//   "<block-id>/note"               a chart's or diagram's note
//   "<block-id>/<series-id>/<date>" a chart point
struct Citation {
    std::string at;
    std::string source_id;
    std::string path;     // JSON pointer into the language file, for messages
    std::string section;  // id of the section the place is in (its HTML anchor)
    std::string block;    // id of the block (its HTML anchor)
    std::string label;    // the place for a reader: "Section title: picture title, item label"
};

// The names of places, as `at` writes them (one definition for the checker, the app and the page).
std::string place_of_block(const Block& b);
std::string place_of_list_item(const Block& b, std::size_t index);  // index from 0, named from 1
std::string place_of_note(const Block& b);
std::string place_of_point(const Block& b, const ChartSeries& series, const ChartPoint& point);
std::string place_of_item(const Block& b, const DiagramItem& item);
std::string place_of_event(const Block& b, const TimelineEvent& event);

// Each (place, source) once, first use first.
std::vector<Citation> citations(const Sheet& sheet);

struct EvidenceResult {
    std::vector<Evidence> evidence;
    std::vector<Error> errors;  // JSON pointers into the evidence file
    bool ok() const { return errors.empty(); }
};

// Parses and validates data/evidence.json on its own (fields, lengths, dates).
EvidenceResult load_evidence(std::string_view json_text);

// What ties the evidence to the sheets. `sheet` is the index into `sheets` of the file a path
// points into, or -1 for the evidence file.
struct EvidenceError {
    Error error;
    int sheet = -1;
};
// A citation without a passage (in whichever sheet has it), a source cited at a place in one
// sheet but not in another, a passage whose source no sheet lists, a passage whose place and
// source no sheet cites, and a contact whose phone number or address no passage at it holds.
std::vector<EvidenceError> check_evidence(const std::vector<Evidence>& evidence, const std::vector<const Sheet*>& sheets);

// A language's built content as the site ships it, three files: the sheet (the language file's
// JSON with a "languages" array of every language built beside it, its switch), its lead (below;
// read at start), and the passages that sheet cites, in the form of data/evidence.json (read when
// a reader first opens what a source says). Compact; all empty when the file is not a JSON object.
struct BuiltContent {
    std::string sheet;
    std::string passages;
    // The sheet's lead: the same file without its sections' details (Section::details_later).
    // The canvas starts from it and takes the sheet after its first frame; the page's rendition
    // holds the details meanwhile.
    std::string lead;
};
BuiltContent build_content(std::string_view sheet_json, const Sheet& sheet, const std::vector<Evidence>& evidence,
                           const std::vector<Language>& languages = {});

// A built sheet with its passages as one file (its "evidence" array): what the simple page is
// rendered from and what the tests load. Empty when either is not the expected JSON object.
std::string join_passages(std::string_view sheet_json, std::string_view passages_json);

// build_content, joined.
std::string bundle(std::string_view sheet_json, const Sheet& sheet, const std::vector<Evidence>& evidence,
                   const std::vector<Language>& languages = {});

}  // namespace factsheet::content
