// fuzz_content.cpp: libFuzzer target: load_sheet must never crash, abort or hang on any bytes,
// and whatever it accepts must render and be in parity with itself.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "content/html.h"
#include "content/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace factsheet::content;
    const LoadResult r = load_sheet(std::string_view(reinterpret_cast<const char*>(data), size));
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
    }
    return 0;
}
