// json_scan.h: a streaming pass over the raw JSON before it is built into a tree: syntax errors
// with their position, a nesting bound, and duplicate keys (which a tree silently drops).
#pragma once

#include <string_view>
#include <vector>

#include "content/loader.h"

namespace factsheet::content {

struct ScanResult {
    std::vector<Error> errors;
    bool parseable = false;  // syntax fine and nesting within bounds: safe to build the tree
};

ScanResult scan_json(std::string_view text, std::size_t max_depth);

}  // namespace factsheet::content
