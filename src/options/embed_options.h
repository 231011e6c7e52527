// embed_options.h: the embedded sheet's options (en.html / es.html with ?embed=1): the C++
// reference of readOptions() and linkQuery() in web/embedded.js, the same checks, defaults and
// warnings (README, "Embedding in a campaign page"). tests/browser/options.test.mjs runs the
// JavaScript against this on every corpus input and a few hundred generated ones;
// tests/fuzz/fuzz_embed_options.cpp holds it to its invariants.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factsheet::options {

// The page the script runs in.
struct EmbedPage {
    std::string lang = "en";               // <html lang>: en or es
    bool app_page = false;                 // index.html (it has the canvas): always hands over
    std::vector<std::string> section_ids;  // main > section[id] but "sources", in page order
};

// One ignored option: the key it is remembered under (at most one warning per key) and the
// text after "factsheet embed: " in the console.
struct Warning {
    std::string key;
    std::string message;
    bool operator==(const Warning& o) const { return key == o.key && message == o.message; }
};

struct EmbedOptions {
    std::string id = "factsheet";             // id: [A-Za-z0-9_-]{1,64}
    std::string pym_id = "factsheet";         // childId ([A-Za-z0-9_:.-]{1,128}), else id; never warned
    std::optional<std::string> origin;        // origin: see url_check.h
    std::string theme = "auto";               // theme: light, dark, auto, host
    bool compact = false;                     // compact: "", 1, true (on) or 0, false (off)
    std::optional<std::string> accent;        // accent: #rgb / #rrggbb that reads in the theme
    bool accent_light = false;                // with accent: it reads on the light backgrounds
    bool accent_dark = false;                 //              and on the dark ones
    std::optional<std::string> section;       // section: one of the page's section ids
    int text = 100;                           // text: 100 to 200, three digits
    std::optional<std::string> cta;           // cta: an https address, at most 500 units, with a label
    std::optional<std::string> cta_label;     // cta_label: plain text, 1-60 once trimmed (only with cta)
    std::optional<std::string> cta_org;       // cta_org: the same rule (only with cta)
    bool operator==(const EmbedOptions& o) const;
};

struct EmbedResult {
    bool embedded = false;                  // the address's first embed is "1"; else nothing else is set
    std::optional<std::string> redirect;    // the page to hand over to ("es.html?embed=1&..."); then
                                            // options are not read (only lang is warned)
    EmbedOptions options;
    std::vector<Warning> warnings;          // in the order the script prints them
    std::vector<std::string> unsure;        // keys (origin, cta) refused in one of host.h's documented
                                            // cases, where a browser's new URL() may accept them
};

// readOptions(search, page.lang, page.app_page, page.section_ids). search is location.search
// (with or without its '?'), read as UTF-8 (see query.h).
EmbedResult read_embed_options(std::string_view search, const EmbedPage& page);

// linkQuery(search, text, section): the language link's query, keeping every option but lang,
// text and section, which it sets from the sheet's state (text 100 and no section drop them).
std::string link_query(std::string_view search, int text, const std::optional<std::string>& section);

// The accepted options written as a query that read_embed_options reads back to the same
// options with no warning (embed=1 first; defaults left out).
std::string to_query(const EmbedOptions& options);

}  // namespace factsheet::options
