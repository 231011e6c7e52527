// test_content_support.h: shared helpers for the content tests: fixture paths, loading a mutated
// fixture, and assertions on error paths and messages.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/loader.h"
#include "content/rules.h"

#ifndef FACTSHEET_SOURCE_DIR
#error "tests need FACTSHEET_SOURCE_DIR"
#endif

namespace content_test {

using json = nlohmann::json;
using factsheet::content::LoadResult;

inline std::string source_path(const std::string& relative) { return std::string(FACTSHEET_SOURCE_DIR) + "/" + relative; }

inline bool file_exists(const std::string& path) { return std::ifstream(path).good(); }

inline std::string read_text(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    REQUIRE_MESSAGE(f.good(), "cannot open " << path);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// tests/fixtures/small.json: a valid en sheet with every block type.
inline json small_fixture() { return json::parse(read_text(source_path("tests/fixtures/small.json"))); }
// The languages in data/ (each file named after its tag), the original (en) first.
inline std::vector<std::string> data_langs() {
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(source_path("data"))) {
        const std::string stem = entry.path().stem().string();
        if (entry.path().extension() == ".json" && factsheet::content::is_language_tag(stem)) out.push_back(stem);
    }
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
        return (a != "en") < (b != "en") || ((a != "en") == (b != "en") && a < b);
    });
    return out;
}

// The fixture as another language's file: its tag, and how it was translated (parity requires it).
inline json as_translation(json doc, const std::string& lang) {
    doc["lang"] = lang;
    doc["meta"]["translation"] = {{"from", "en"}, {"by", "the test"}, {"native_review", false}};
    return doc;
}

inline LoadResult load(const json& doc) { return factsheet::content::load_sheet(doc.dump()); }

inline std::string list_errors(const LoadResult& r) {
    std::string out;
    for (const auto& e : r.errors) out += "  " + factsheet::content::format_error(e) + "\n";
    return out.empty() ? "  (no errors)\n" : out;
}

// The parity errors between two versions of a sheet, each of which must load.
inline std::vector<factsheet::content::Error> parity_errors(const json& first, const json& second) {
    const LoadResult a = load(first), b = load(second);
    REQUIRE(a.ok());
    INFO(list_errors(b));
    REQUIRE(b.ok());
    return factsheet::content::check_parity(a.sheet, b.sheet);
}

// The result has exactly one error, at path, whose message contains part.
inline void check_single_error(const LoadResult& r, const std::string& path, const std::string& part) {
    INFO("errors:\n" << list_errors(r));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].path == path);
    CHECK(r.errors[0].message.find(part) != std::string::npos);
}

// Some error is at path with a message containing part (others may exist).
inline void check_has_error(const LoadResult& r, const std::string& path, const std::string& part) {
    INFO("errors:\n" << list_errors(r));
    bool found = false;
    for (const auto& e : r.errors) found = found || (e.path == path && e.message.find(part) != std::string::npos);
    CHECK_MESSAGE(found, "expected an error at " << path << " containing: " << part);
}

}  // namespace content_test
