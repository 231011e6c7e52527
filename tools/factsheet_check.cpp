// factsheet_check.cpp: factsheet-check [--evidence E.json [--bundle DIR]] FILE...: validates
// language files, their parity, and the evidence for their citations.
//
// Prints "FILE:/json/pointer: message" for each problem on stderr (just "FILE: message" when it
// concerns the whole file), then "factsheet-check: N files OK" on stdout when there is none.
// With two or more files, the first is compared with each of the others (ids, ui keys, numbers).
// A file named after a language tag (es.json) must declare that lang. With --evidence, every citation must
// have a passage there and every passage a citation (evidence.h); with --bundle, each valid
// FILE is also written as the site ships it, in three files (evidence.h, build_content):
// DIR/content/<its name> (the sheet and the list of languages), DIR/content/<its stem>.lead.json
// (the same without the sections' details, which the canvas starts from) and
// DIR/passages/<its name> (the passages it cites).
// Exit status: 0 all valid, 1 content errors, 2 usage or I/O errors.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "content/evidence.h"
#include "content/loader.h"
#include "content/rules.h"
#include "read_file.h"

namespace {

using factsheet::content::Error;
using factsheet::content::LoadResult;

struct Loaded {
    std::string path;
    std::string text;
    LoadResult result;
};

void report(const std::string& file, const Error& e) {
    // format_error gives "path: message", or just the message for the whole file.
    std::fprintf(stderr, "%s:%s%s\n", file.c_str(), e.path.empty() ? " " : "",
                 factsheet::content::format_error(e).c_str());
}

std::string base_name(const std::string& path) {
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// "data/es.json" -> "es"
std::string stem(const std::string& path) {
    const std::size_t slash = path.find_last_of("/\\");
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

}  // namespace

int usage() {
    std::fprintf(stderr, "usage: factsheet-check [--evidence EVIDENCE.json [--bundle DIR]] FILE...\n"
                         "Validates fact sheet language files (data/FORMAT.md), their parity and their evidence.\n");
    return 2;
}

int main(int argc, char** argv) {
    std::string evidence_path, bundle_dir;
    std::vector<Loaded> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") return usage();
        if (arg == "--evidence" || arg == "--bundle") {
            if (i + 1 >= argc) return usage();
            (arg == "--evidence" ? evidence_path : bundle_dir) = argv[++i];
        } else {
            files.push_back({arg, {}, {}});
        }
    }
    if (files.empty() || (!bundle_dir.empty() && evidence_path.empty())) return usage();
    bool io_error = false;
    std::size_t errors = 0;
    for (Loaded& f : files) {
        std::string why;
        if (!factsheet::tools::read_file(f.path, f.text, why)) {
            std::fprintf(stderr, "factsheet-check: cannot read %s: %s\n", f.path.c_str(), why.c_str());
            io_error = true;
            continue;
        }
        f.result = factsheet::content::load_sheet(f.text);
        for (const Error& e : f.result.errors) report(f.path, e);
        errors += f.result.errors.size();
        // The build leaves details out of a lead file; a language file keeps every word.
        if (f.result.ok() && f.result.sheet.details_later()) {
            report(f.path, {"/sections", "a section with \"details_later\": the build writes that in a lead file; a language "
                                         "file has every section's details (remove it)"});
            ++errors;
        }
        const std::string name = stem(f.path);
        // A language's file is named after it (data/es.json); other names (fixtures) are free.
        if (f.result.ok() && factsheet::content::is_language_tag(name) && f.result.sheet.lang != name) {
            report(f.path, {"/lang", "file " + name + ".json declares lang \"" + f.result.sheet.lang +
                                         "\" (expected \"" + name + "\")"});
            ++errors;
        }
    }
    // Parity and evidence only between valid files: a broken file would only repeat its own errors.
    bool all_valid = !io_error && errors == 0;
    if (all_valid && files.size() > 1) {
        for (const Error& e : factsheet::content::check_original(files[0].result.sheet)) {
            report(files[0].path, e);
            ++errors;
        }
    }
    for (std::size_t i = 1; all_valid && i < files.size(); ++i) {
        for (const Error& e : factsheet::content::check_translation(files[0].result.sheet, files[i].result.sheet)) {
            report(files[i].path, e);
            ++errors;
        }
        for (const auto& p : factsheet::content::check_parity_detailed(files[0].result.sheet, files[i].result.sheet)) {
            report(p.in_b ? files[i].path : files[0].path, p.error);
            ++errors;
        }
    }
    factsheet::content::EvidenceResult evidence;
    if (!evidence_path.empty() && all_valid) {
        std::string text, why;
        if (!factsheet::tools::read_file(evidence_path, text, why)) {
            std::fprintf(stderr, "factsheet-check: cannot read %s: %s\n", evidence_path.c_str(), why.c_str());
            return 2;
        }
        evidence = factsheet::content::load_evidence(text);
        for (const Error& e : evidence.errors) report(evidence_path, e);
        errors += evidence.errors.size();
        std::vector<const factsheet::content::Sheet*> sheets;
        for (const Loaded& f : files) sheets.push_back(&f.result.sheet);
        for (const auto& e : factsheet::content::check_evidence(evidence.evidence, sheets)) {
            report(e.sheet < 0 ? evidence_path : files[static_cast<std::size_t>(e.sheet)].path, e.error);
            ++errors;
        }
    }
    if (io_error) return 2;
    if (errors > 0) {
        std::fprintf(stderr, "factsheet-check: %zu error%s\n", errors, errors == 1 ? "" : "s");
        return 1;
    }
    std::vector<factsheet::content::Language> languages;
    for (const Loaded& f : files) languages.push_back({f.result.sheet.lang, f.result.sheet.ui_text("lang_name")});
    if (!bundle_dir.empty()) {
        std::error_code made;
        for (const char* folder : {"content", "passages"}) std::filesystem::create_directories(bundle_dir + "/" + folder, made);
    }
    for (const Loaded& f : files) {
        if (bundle_dir.empty()) break;
        const auto built = factsheet::content::build_content(f.text, f.result.sheet, evidence.evidence, languages);
        // A lead that does not load would leave the canvas without a start: checked as the wasm reads it.
        const auto lead = factsheet::content::load_sheet(built.lead);
        for (const auto& e : lead.errors) report(f.path + " (its lead)", e);
        if (!lead.ok()) return 1;
        const std::string name = base_name(f.path);
        for (const auto& [out, text] : {std::pair{"content/" + name, &built.sheet}, std::pair{"content/" + stem(f.path) + ".lead.json", &built.lead},
                                        std::pair{"passages/" + name, &built.passages}}) {
            const std::string path = bundle_dir + "/" + out;
            std::string why;
            if (!factsheet::tools::write_file(path, *text, why)) {
                std::fprintf(stderr, "factsheet-check: cannot write %s: %s\n", path.c_str(), why.c_str());
                return 2;
            }
        }
    }
    std::printf("factsheet-check: %zu file%s OK%s\n", files.size(), files.size() == 1 ? "" : "s",
                evidence_path.empty() ? "" : ", every citation with its passage");
    return 0;
}
