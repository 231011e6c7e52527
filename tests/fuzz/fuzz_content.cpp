// fuzz_content.cpp: libFuzzer target: load_sheet and load_evidence must never crash, abort or
// hang on any bytes; whatever load_sheet accepts must render, be in parity with itself, and
// bundle with any evidence into a file that loads again with its passages.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "content/evidence.h"
#include "html/html.h"
#include "content/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace factsheet::content;
    using namespace factsheet::html;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const LoadResult r = load_sheet(text);
    const EvidenceResult ev = load_evidence(text);
    for (const Error& e : ev.errors) {
        if (format_error(e).empty()) std::abort();
    }
    for (const Error& e : r.errors) {
        if (format_error(e).empty()) std::abort();  // every error says something
    }
    // The renderer must cope with partial sheets too (the loader's sheet is partial on errors).
    const std::string html = render_html(r.sheet, {});
    if (html.rfind("<!doctype html>", 0) != 0) std::abort();
    if (r.ok()) {
        // A valid sheet matches itself in everything but declaring the same lang twice.
        const std::vector<Error> errors = check_parity(r.sheet, r.sheet);
        if (errors.size() != 1 || errors[0].path != "/lang") std::abort();
        // Evidence for every citation: the bundle loads, each citation with its passage.
        std::vector<Evidence> made;
        for (const Citation& c : citations(r.sheet)) {
            made.push_back({c.at, c.source_id, "words", "en", "p. 1", "https://example.org/", r.sheet.meta.reviewed});
        }
        if (!check_evidence(made, {&r.sheet}).empty()) std::abort();
        const LoadResult b = load_sheet(bundle(text, r.sheet, made));
        if (!b.ok() || b.sheet.evidence.size() != made.size()) std::abort();
    }
    return 0;
}
