// boot_options.cpp: web/boot.js's pickLanguage(), sectionFromHash() and its two query flags.
#include "options/boot_options.h"

#include "options/query.h"
#include "options/uri_component.h"
#include "options/utf8.h"

namespace factsheet::options {

std::string pick_language(std::string_view search, const std::vector<std::string>& preferences) {
    const auto asked = Query::parse(search).get("lang");
    if (asked && (*asked == "en" || *asked == "es")) return *asked;
    for (const std::string& pref : preferences) {
        std::string code = utf8_decode(pref);
        code = code.substr(0, code.find('-'));
        for (char& c : code) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        if (code == "en" || code == "es") return code;
    }
    return "en";
}

std::string section_from_hash(std::string_view hash) {
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    return decode_uri_component(hash).value_or(std::string());
}

bool render_continuous(std::string_view search) { return Query::parse(search).get("render") == std::optional<std::string>("continuous"); }

bool embed_requested(std::string_view search) { return Query::parse(search).get("embed") == std::optional<std::string>("1"); }

}  // namespace factsheet::options
