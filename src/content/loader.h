// loader.h: JSON text -> validated Sheet, or a list of errors that say where and why.
// Never throws and never aborts, whatever the input (a fuzz target holds it to that).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/sheet.h"

namespace factsheet::content {

struct Error {
    std::string path;     // JSON pointer into the file: "/sections/2/blocks/0/sources/1"
    std::string message;  // what was expected and what was found
};

struct LoadResult {
    Sheet sheet;                // complete only when errors is empty
    std::vector<Error> errors;  // empty when the file is valid
    bool ok() const { return errors.empty(); }
};

// Parses and validates one language file.
LoadResult load_sheet(std::string_view json_text);

// Language parity: every section id, block id and ui key of one sheet exists in the other.
// Paths point into `b` for what b lacks and into `a` for what a lacks; the message names the file.
std::vector<Error> check_parity(const Sheet& a, const Sheet& b);

// check_parity's errors, each saying which sheet its path points into, so a tool can print the
// right file name. Beyond the ids it compares what must not change in translation: block types,
// the significant digits of figure values ("96,574" = "96.574"; "$2.2 billion" = "2200 millones"),
// as_of dates, sources arrays, chart kinds, series ids, point counts, dates, values and
// qualifiers, and the order of sections and blocks. For something one sheet lacks, the path is
// the array or object where it belongs.
struct ParityError {
    Error error;
    bool in_b = true;  // false: error.path points into a
};
// The original (the first file, English) says nothing of translation; every other file says who
// translated it from the original and whether a native speaker has reviewed it (meta.translation).
std::vector<Error> check_original(const Sheet& original);
std::vector<Error> check_translation(const Sheet& original, const Sheet& translated);
std::vector<ParityError> check_parity_detailed(const Sheet& a, const Sheet& b);

// "path: message", the form the checker prints after the file name.
std::string format_error(const Error& e);

}  // namespace factsheet::content
