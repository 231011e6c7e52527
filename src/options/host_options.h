// host_options.h: the host page's side of embedding: the C++ reference of optionsOf() and
// sheetUrl() in web/embed.js: a link's (or the script's) data-* attributes, checked, and the
// address of the iframe that replaces it (README, "Embedding in a campaign page").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "options/query.h"

namespace factsheet::options {

// What new URL(a.href) gives for the link: its pathname ("/es.html") and hash ("#smartlink",
// or "" for none). Resolving the href itself is the browser's part and not mirrored here.
struct HostHref {
    std::string pathname;
    std::string hash;
};

// The checked options, by embed.js's keys; each set only when its attribute (or, for lang and
// section, the link) gave a valid value.
struct HostOptions {
    std::optional<std::string> lang;        // data-lang: en, es; else the link's /en.html or /es.html
    std::optional<std::string> section;     // data-section: [a-z0-9][a-z0-9-]{0,63}; else the link's #hash
    std::optional<std::string> theme;       // data-theme: light, dark, auto, host
    std::optional<std::string> host_theme;  // data-host-theme: light, dark
    std::optional<std::string> compact;     // data-compact: "", 1, 0, true, false (as written)
    std::optional<std::string> accent;      // data-accent: #rgb, #rrggbb
    std::optional<std::string> cta;         // data-cta: an https address (see url_check.h), at most 500
    std::optional<std::string> cta_label;   // data-cta-label: plain text, 1-60 once trimmed (only with cta)
    std::optional<std::string> cta_org;     // data-cta-org: the same rule (only with cta)
    std::optional<std::string> title;       // data-title: not blank, at most 120 units
};

struct HostResult {
    HostOptions options;
    std::vector<std::string> warnings;  // the text after "factsheet embed: ", in order
    std::vector<std::string> unsure;    // "cta" when refused in one of host.h's documented cases
};

// optionsOf(el, href): attributes are the element's, name and value (an HTML element keeps the
// first of a repeated attribute; so does this); href is the link's address, or none for the
// one-line form (the script's own attributes).
HostResult read_host_options(const std::vector<Param>& attributes, const std::optional<HostHref>& href);

// sheetUrl(baseHref, o, id): base_href is the directory embed.js was loaded from
// ("https://SHEET/"); host_origin is the host page's origin when it is http(s), else none.
std::string sheet_url(std::string_view base_href, const HostOptions& o, std::string_view id,
                      const std::optional<std::string>& host_origin);

// The iframe's title: data-title as written, else the sheet's title in its language.
std::string frame_title(const HostOptions& o);

// The one-line form's stand-in link: the sheet's page in its language, with #section.
std::string script_link_href(std::string_view base_href, const HostOptions& o);

}  // namespace factsheet::options
