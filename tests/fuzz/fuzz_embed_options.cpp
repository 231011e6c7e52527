// fuzz_embed_options.cpp: libFuzzer target for the embed options (src/options/embed_options.h,
// the reference of web/embedded.js, and host_options.h, of web/embed.js). Any bytes are an
// embedded sheet's address, read on en.html, es.html and index.html; and the same bytes, read as
// "name=value&..." pairs, are a host page link's attributes (href= gives its address).
// Invariants (a violation aborts): reading is deterministic; without embed=1 nothing is read;
// warnings only for keys present in the address, at most one per key, each starting
// "ignored <key>"; every accepted option satisfies its rule; the hand-over address reads on its
// page without a hand-over or a lang warning; the accepted options written back read the same
// with no warning; the language link reads on the other page to the same options, with the same
// warnings but lang, section and text; and what embed.js passes to the iframe, the sheet takes
// (but for what only the sheet can check: that the section exists, the accent's contrast).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "options/colour.h"
#include "options/embed_options.h"
#include "options/host_options.h"
#include "options/js_string.h"
#include "options/query.h"
#include "options/url_check.h"
#include "options/utf8.h"

namespace {

using namespace factsheet::options;

void check(bool ok) {
    if (!ok) std::abort();
}

bool valid_utf8(const std::string& s) { return utf8_decode(s) == s; }

const std::vector<std::string> kSections = {"what-is-atd", "ankle-monitors", "smartlink", "phone-and-visits",
                                            "alternative-or-addition", "recommendations", "about"};
const std::vector<std::string> kKeys = {"lang", "id", "origin", "theme", "compact", "accent",
                                        "section", "text", "cta", "cta_label", "cta_org"};

EmbedPage page(const std::string& lang, bool app) {
    EmbedPage p;
    p.lang = lang;
    p.app_page = app;
    p.section_ids = kSections;
    return p;
}

bool same(const EmbedResult& a, const EmbedResult& b) {
    return a.embedded == b.embedded && a.redirect == b.redirect && a.options == b.options && a.warnings == b.warnings &&
           a.unsure == b.unsure;
}

bool is_name(const std::string& v, std::size_t max, std::string_view extra) {
    if (v.empty() || v.size() > max) return false;
    for (const char c : v) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && extra.find(c) == std::string_view::npos) return false;
    }
    return true;
}

bool plain_text(const std::string& v) {
    const std::string t = js_trim(v);
    if (t.empty() || utf16_length(t) > 60) return false;
    return std::none_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

// Every accepted option satisfies its rule, checked here on its own terms.
void options_hold(const EmbedOptions& o) {
    check(is_name(o.id, 64, "_-"));
    check(o.pym_id == o.id || is_name(o.pym_id, 128, "_:.-"));
    check(o.theme == "auto" || o.theme == "light" || o.theme == "dark" || o.theme == "host");
    check(o.text >= 100 && o.text <= 200);
    if (o.section) check(std::find(kSections.begin(), kSections.end(), *o.section) != kSections.end());
    if (o.accent) {
        check(is_hex_colour(*o.accent));
        const AccentFit fit = accent_fit(*o.accent);
        check(fit.light == o.accent_light && fit.dark == o.accent_dark);
        check(o.theme == "light" ? fit.light : o.theme == "dark" ? fit.dark : (fit.light || fit.dark));
    } else {
        check(!o.accent_light && !o.accent_dark);
    }
    if (o.origin) {
        const bool https = o.origin->rfind("https://", 0) == 0;
        check(https || o.origin->rfind("http://", 0) == 0);
        const std::string hostport = o.origin->substr(https ? 8 : 7);
        check(!hostport.empty() && hostport.find_first_of("/?#@\\ ") == std::string::npos);
        for (const char c : hostport) check(!(c >= 'A' && c <= 'Z'));
    }
    if (o.cta) {
        check(check_https_address(*o.cta).ok && utf16_length(*o.cta) <= 500);
        check(o.cta_label && plain_text(*o.cta_label));
        if (o.cta_org) check(plain_text(*o.cta_org));
    } else {
        check(!o.cta_label && !o.cta_org);
    }
}

void sheet_invariants(std::string_view input, const EmbedPage& where) {
    const EmbedResult r = read_embed_options(input, where);
    check(same(read_embed_options(input, where), r));
    const Query q = Query::parse(input);
    check(r.embedded == (q.get("embed") == std::string("1")));
    if (!r.embedded) {
        check(r.warnings.empty() && !r.redirect && r.options == EmbedOptions());
        return;
    }
    for (std::size_t i = 0; i < r.warnings.size(); ++i) {
        const Warning& w = r.warnings[i];
        check(std::find(kKeys.begin(), kKeys.end(), w.key) != kKeys.end());
        check(q.has(w.key));
        check(w.message.rfind("ignored " + w.key, 0) == 0);
        check(valid_utf8(w.message));
        for (std::size_t j = 0; j < i; ++j) check(r.warnings[j].key != w.key);
    }
    if (r.redirect) {
        const std::string& to = *r.redirect;
        check(to.rfind("en.html?", 0) == 0 || to.rfind("es.html?", 0) == 0);
        check(where.app_page || to.substr(0, 2) != where.lang);
        const EmbedResult there = read_embed_options(to.substr(8), page(to.substr(0, 2), false));
        check(there.embedded && !there.redirect);
        for (const Warning& w : there.warnings) check(w.key != "lang");
        return;
    }
    options_hold(r.options);
    // Written back, the accepted options read the same, with no warning.
    const EmbedResult again = read_embed_options(to_query(r.options), where);
    check(again.embedded && !again.redirect && again.warnings.empty() && again.options == r.options);
    // The language link: the same options on the other page; its warnings are ours but for
    // lang, section and text, which it sets from the sheet's state.
    const std::string other = where.lang == "en" ? "es" : "en";
    const EmbedResult linked = read_embed_options(link_query(input, r.options.text, r.options.section), page(other, false));
    check(linked.embedded && !linked.redirect && linked.options == r.options);
    std::vector<Warning> expected;
    for (const Warning& w : r.warnings) {
        if (w.key != "lang" && w.key != "section" && w.key != "text") expected.push_back(w);
    }
    check(linked.warnings == expected);
}

// The same bytes as a host page's link (or script) attributes.
void host_invariants(std::string_view input) {
    const Query q = Query::parse(input);
    std::optional<HostHref> href;
    if (const auto h = q.get("href")) {
        const std::size_t hash = h->find('#');
        href = HostHref{h->substr(0, hash), hash == std::string::npos || hash + 1 == h->size() ? "" : h->substr(hash)};
    }
    const HostResult r = read_host_options(q.params(), href);
    const HostResult again = read_host_options(q.params(), href);
    check(again.warnings == r.warnings && again.unsure == r.unsure);
    for (const std::string& w : r.warnings) check(w.rfind("ignored data-", 0) == 0 && valid_utf8(w));
    const HostOptions& o = r.options;
    if (!o.cta) check(!o.cta_label && !o.cta_org);
    const std::string base = "https://sheet.example/";
    const std::string url = sheet_url(base, o, "factsheet-1", std::string("https://host.example"));
    const std::string lang = o.lang.value_or("en");
    check(url.rfind(base + lang + ".html?", 0) == 0);
    // The sheet takes every option embed.js passes on, but what only it can check.
    const EmbedResult sheet = read_embed_options(url.substr(base.size() + 8), page(lang, false));
    check(sheet.embedded && !sheet.redirect);
    for (const Warning& w : sheet.warnings) check(w.key == "section" || w.key == "accent");
    check(sheet.options.id == "factsheet-1" && sheet.options.origin == std::string("https://host.example"));
    check(sheet.options.theme == o.theme.value_or("auto"));
    check(sheet.options.cta == o.cta);
    if (o.cta) check(sheet.options.cta_label == js_trim(*o.cta_label));
    check(!frame_title(o).empty());
    check(script_link_href(base, o).rfind(base + lang + ".html", 0) == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    sheet_invariants(input, page("en", false));
    sheet_invariants(input, page("es", false));
    sheet_invariants(input, page("en", true));
    host_invariants(input);
    return 0;
}
