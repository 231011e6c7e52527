// loader.cpp: load_sheet's pipeline (size, UTF-8, streaming scan, tree, validation) and format_error.
#include "content/loader.h"

#include <cstdio>

#include "content/json_scan.h"
#include "content/rules.h"
#include "content/utf8.h"
#include "content/validator.h"

namespace factsheet::content {
namespace {

std::string utf8_error(std::string_view text, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset; ++i) line += text[i] == '\n';
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[offset]));
    return "invalid UTF-8 at line " + std::to_string(line) + " (byte " + std::to_string(offset) + ", " + hex +
           "): expected a UTF-8 encoded file";
}

}  // namespace

namespace detail {

bool parse_checked(std::string_view json_text, std::vector<Error>& errors, json& out) {
    if (json_text.size() > max_file_bytes) {
        errors.push_back({"", "file too large: " + std::to_string(json_text.size()) + " bytes (expected at most " +
                                  std::to_string(max_file_bytes) + ")"});
        return false;
    }
    // Checked up front so the message names the byte, not a JSON token that happens to hold it.
    const std::size_t bad = find_invalid_utf8(json_text);
    if (bad != std::string_view::npos) {
        errors.push_back({"", utf8_error(json_text, bad)});
        return false;
    }
    ScanResult scan = scan_json(json_text, max_json_depth);
    errors = std::move(scan.errors);
    if (!scan.parseable) return false;
    out = json::parse(json_text, nullptr, false);
    if (out.is_discarded()) {  // the scan accepted it, so this should not happen; never trust it
        errors.push_back({"", "invalid JSON"});
        return false;
    }
    return true;
}

}  // namespace detail

LoadResult load_sheet(std::string_view json_text) {
    LoadResult result;
    detail::json root;
    if (!detail::parse_checked(json_text, result.errors, root)) return result;
    detail::Validator validator(result.errors);
    detail::validate_document(validator, root, result.sheet);
    return result;
}

std::string format_error(const Error& e) {
    if (e.path.empty()) return e.message;  // about the whole file: "FILE: message"
    return e.path + ": " + e.message;
}

}  // namespace factsheet::content
