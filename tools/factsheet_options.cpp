// factsheet_options.cpp: factsheet-options MODE [OPTION...] [INPUT...]: the C++ reference of the
// address and embed option parsers (src/options/), one JSON object per input per line on stdout,
// for tests/browser/options.test.mjs to hold the shipping JavaScript against.
//
// Modes (what each input is, and what is printed):
//   query  a query string: {"params": [[name, value]...], "string": toString()}       (URLSearchParams)
//   sheet  location.search of the embedded sheet: {"embedded", "redirect", "options", "warnings":
//          [[key, text]...], "unsure", "linkQuery"}                      (web/embedded.js readOptions)
//          --lang en|es (default en), --app-page, --sections id,id,... (the page's section ids)
//   host   the embed's attributes written as a query string ("data-theme=host&data-cta=..."), and
//          "href=/es.html#smartlink" for the link form (pathname and hash), none for the script
//          form: {"options", "warnings", "unsure", "sheetUrl", "title", "linkHref"}  (web/embed.js)
//          --base URL (default https://sheet.example/), --host-origin ORIGIN (default none)
//   boot   "?search#hash" of the app page: {"lang", "section", "continuous", "embed"}  (web/boot.js)
//          --prefs en-US,es (navigator.languages; default en-US)
// Inputs: files (each file is one input) and folders (their files, by name); with none, each
// line of stdin is one input. Every object also has "input": the file's path or the line number.
// Exit status: 0, or 2 for usage and I/O errors.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "options/boot_options.h"
#include "options/embed_options.h"
#include "options/host_options.h"
#include "options/js_string.h"
#include "options/query.h"
#include "options/utf8.h"
#include "read_file.h"

namespace {

using namespace factsheet::options;

struct Settings {
    std::string mode;
    EmbedPage page;
    std::string base = "https://sheet.example/";
    std::optional<std::string> host_origin;
    std::vector<std::string> prefs{"en-US"};
};

std::vector<std::string> split_commas(const std::string& s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t comma = s.find(',', start);
        const std::string item = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return out;
}

std::string str(const std::string& s) { return json_string(utf8_decode(s)); }
std::string str(const std::optional<std::string>& s) { return s ? str(*s) : "null"; }
const char* boolean(bool b) { return b ? "true" : "false"; }

std::string string_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + str(items[i]);
    return out + "]";
}

std::string query_json(std::string_view input) {
    const Query q = Query::parse(input);
    std::string out = "\"params\":[";
    for (std::size_t i = 0; i < q.params().size(); ++i) {
        out += (i ? ",[" : "[") + str(q.params()[i].name) + "," + str(q.params()[i].value) + "]";
    }
    return out + "],\"string\":" + str(q.to_string());
}

std::string sheet_json(std::string_view input, const Settings& s) {
    const EmbedResult r = read_embed_options(input, s.page);
    std::string out = std::string("\"embedded\":") + boolean(r.embedded) + ",\"redirect\":" + str(r.redirect);
    out += ",\"warnings\":[";
    for (std::size_t i = 0; i < r.warnings.size(); ++i) {
        out += (i ? ",[" : "[") + str(r.warnings[i].key) + "," + str(r.warnings[i].message) + "]";
    }
    out += "],\"unsure\":" + string_list(r.unsure);
    if (!r.embedded || r.redirect) return out + ",\"options\":null,\"linkQuery\":null";
    const EmbedOptions& o = r.options;
    out += ",\"options\":{\"id\":" + str(o.id) + ",\"pymId\":" + str(o.pym_id) + ",\"origin\":" + str(o.origin) +
           ",\"theme\":" + str(o.theme) + ",\"compact\":" + boolean(o.compact) + ",\"accent\":" + str(o.accent) +
           ",\"accentLight\":" + boolean(o.accent_light) + ",\"accentDark\":" + boolean(o.accent_dark) +
           ",\"section\":" + str(o.section) + ",\"text\":" + std::to_string(o.text) + ",\"cta\":" + str(o.cta) +
           ",\"ctaLabel\":" + str(o.cta_label) + ",\"ctaOrg\":" + str(o.cta_org) + "}";
    return out + ",\"linkQuery\":" + str(link_query(input, o.text, o.section));
}

std::string host_json(std::string_view input, const Settings& s) {
    const Query q = Query::parse(input);
    std::optional<HostHref> href;
    if (const auto h = q.get("href")) {
        const std::size_t hash = h->find('#');
        href = HostHref{h->substr(0, hash), hash == std::string::npos || hash + 1 == h->size() ? "" : h->substr(hash)};
    }
    std::vector<Param> attributes;
    for (const Param& p : q.params()) {
        if (p.name != "href") attributes.push_back(p);
    }
    const HostResult r = read_host_options(attributes, href);
    const HostOptions& o = r.options;
    std::string out = "\"options\":{\"lang\":" + str(o.lang) + ",\"section\":" + str(o.section) + ",\"theme\":" +
                      str(o.theme) + ",\"hostTheme\":" + str(o.host_theme) + ",\"compact\":" + str(o.compact) +
                      ",\"accent\":" + str(o.accent) + ",\"cta\":" + str(o.cta) + ",\"ctaLabel\":" + str(o.cta_label) +
                      ",\"ctaOrg\":" + str(o.cta_org) + ",\"title\":" + str(o.title) + "}";
    out += ",\"warnings\":" + string_list(r.warnings) + ",\"unsure\":" + string_list(r.unsure);
    out += ",\"sheetUrl\":" + str(sheet_url(s.base, o, "factsheet-1", s.host_origin));
    out += ",\"title\":" + str(frame_title(o));
    out += ",\"linkHref\":" + (href ? std::string("null") : str(script_link_href(s.base, o)));
    return out;
}

std::string boot_json(std::string_view input, const Settings& s) {
    const std::size_t hash = input.find('#');
    const std::string_view search = input.substr(0, hash);
    const std::string_view fragment = hash == std::string_view::npos ? std::string_view() : input.substr(hash);
    return "\"lang\":" + str(pick_language(search, s.prefs)) + ",\"section\":" + str(section_from_hash(fragment)) +
           ",\"continuous\":" + boolean(render_continuous(search)) + ",\"embed\":" + boolean(embed_requested(search));
}

void print(const std::string& name, std::string_view input, const Settings& s) {
    std::string body;
    if (s.mode == "query") body = query_json(input);
    else if (s.mode == "sheet") body = sheet_json(input, s);
    else if (s.mode == "host") body = host_json(input, s);
    else body = boot_json(input, s);
    std::printf("{\"input\":%s,%s}\n", str(name).c_str(), body.c_str());
}

int usage() {
    std::fprintf(stderr,
                 "usage: factsheet-options query|sheet|host|boot [--lang en|es] [--app-page] [--sections a,b]\n"
                 "         [--base URL] [--host-origin ORIGIN] [--prefs en-US,es] [FILE|FOLDER...]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage();
    Settings s;
    s.mode = argv[1];
    if (s.mode != "query" && s.mode != "sheet" && s.mode != "host" && s.mode != "boot") return usage();
    std::vector<std::string> inputs;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--app-page") s.page.app_page = true;
        else if (arg == "--lang" && has_value) s.page.lang = argv[++i];
        else if (arg == "--sections" && has_value) s.page.section_ids = split_commas(argv[++i]);
        else if (arg == "--base" && has_value) s.base = argv[++i];
        else if (arg == "--host-origin" && has_value) s.host_origin = argv[++i];
        else if (arg == "--prefs" && has_value) s.prefs = split_commas(argv[++i]);
        else if (arg.rfind("--", 0) == 0) return usage();
        else inputs.push_back(arg);
    }
    if (inputs.empty()) {
        std::string line;
        int number = 0, c;
        while ((c = std::getchar()) != EOF) {
            if (c != '\n') {
                line += static_cast<char>(c);
                continue;
            }
            print(std::to_string(++number), line, s);
            line.clear();
        }
        if (!line.empty()) print(std::to_string(++number), line, s);
        return 0;
    }
    for (const std::string& input : inputs) {
        std::vector<std::string> files;
        std::error_code ec;
        if (std::filesystem::is_directory(input, ec)) {
            for (std::filesystem::directory_iterator it(input, ec), end; !ec && it != end; it.increment(ec)) {
                if (it->is_regular_file(ec)) files.push_back(it->path().string());
            }
            if (ec) {
                std::fprintf(stderr, "factsheet-options: %s: %s\n", input.c_str(), ec.message().c_str());
                return 2;
            }
            std::sort(files.begin(), files.end());
        } else {
            files.push_back(input);
        }
        for (const std::string& file : files) {
            std::string text, error;
            if (!factsheet::tools::read_file(file, text, error)) {
                std::fprintf(stderr, "factsheet-options: %s: %s\n", file.c_str(), error.c_str());
                return 2;
            }
            print(file, text, s);
        }
    }
    return 0;
}
