// factsheet_check.cpp: factsheet-check FILE...: validates language files and their parity.
//
// Prints "FILE:/json/pointer: message" for each problem on stderr (just "FILE: message" when it
// concerns the whole file), then "factsheet-check: N files OK" on stdout when there is none.
// With two or more files, the first is compared with each of the others (ids, ui keys, numbers).
// A file named en.json or es.json must declare that lang.
// Exit status: 0 all valid, 1 content errors, 2 usage or I/O errors.
#include <cstdio>
#include <string>
#include <vector>

#include "content/loader.h"
#include "read_file.h"

namespace {

using factsheet::content::Error;
using factsheet::content::LoadResult;

struct Loaded {
    std::string path;
    LoadResult result;
};

void report(const std::string& file, const Error& e) {
    // format_error gives "path: message", or just the message for the whole file.
    std::fprintf(stderr, "%s:%s%s\n", file.c_str(), e.path.empty() ? " " : "",
                 factsheet::content::format_error(e).c_str());
}

// "data/es.json" -> "es"
std::string stem(const std::string& path) {
    const std::size_t slash = path.find_last_of("/\\");
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        std::fprintf(stderr, "usage: factsheet-check FILE...\n"
                             "Validates fact sheet language files (data/FORMAT.md) and their parity.\n");
        return 2;
    }
    bool io_error = false;
    std::size_t errors = 0;
    std::vector<Loaded> files;
    for (int i = 1; i < argc; ++i) {
        Loaded f{argv[i], {}};
        std::string text, why;
        if (!factsheet::tools::read_file(f.path, text, why)) {
            std::fprintf(stderr, "factsheet-check: cannot read %s: %s\n", f.path.c_str(), why.c_str());
            io_error = true;
            continue;
        }
        f.result = factsheet::content::load_sheet(text);
        for (const Error& e : f.result.errors) report(f.path, e);
        errors += f.result.errors.size();
        const std::string name = stem(f.path);
        if (f.result.ok() && (name == "en" || name == "es") && f.result.sheet.lang != name) {
            report(f.path, {"/lang", "file " + name + ".json declares lang \"" + f.result.sheet.lang +
                                         "\" (expected \"" + name + "\")"});
            ++errors;
        }
        files.push_back(std::move(f));
    }
    // Parity only between valid files: a broken file would only repeat its own errors.
    bool all_valid = !io_error && errors == 0;
    for (std::size_t i = 1; all_valid && i < files.size(); ++i) {
        for (const auto& p : factsheet::content::check_parity_detailed(files[0].result.sheet, files[i].result.sheet)) {
            report(p.in_b ? files[i].path : files[0].path, p.error);
            ++errors;
        }
    }
    if (io_error) return 2;
    if (errors > 0) {
        std::fprintf(stderr, "factsheet-check: %zu error%s\n", errors, errors == 1 ? "" : "s");
        return 1;
    }
    std::printf("factsheet-check: %zu file%s OK\n", files.size(), files.size() == 1 ? "" : "s");
    return 0;
}
