// boot_options.h: what web/boot.js reads from the app page's address, as the C++ reference:
// the language (?lang=), the section (#hash), ?render=continuous and ?embed=1.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace factsheet::options {

// pickLanguage(): ?lang= when it is en or es (the first lang= only), else the first of the
// reader's languages (navigator.languages) whose primary subtag is en or es, else en.
// The subtag is lower-cased in ASCII; toLowerCase() maps no other character to e, n or s.
std::string pick_language(std::string_view search, const std::vector<std::string>& preferences);

// sectionFromHash(): decodeURIComponent of the hash without its '#' ("" for no hash), or ""
// where decodeURIComponent throws (see uri_component.h).
std::string section_from_hash(std::string_view hash);

// ?render=continuous (the first render=).
bool render_continuous(std::string_view search);

// ?embed=1 (the first embed=): the page leaves the canvas to web/embedded.js.
bool embed_requested(std::string_view search);

}  // namespace factsheet::options
