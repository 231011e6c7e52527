// host_options.cpp: web/embed.js's CHECKS, optionsOf() and sheetUrl(), step by step.
#include "options/host_options.h"

#include <algorithm>

#include "options/colour.h"
#include "options/js_string.h"
#include "options/url_check.h"

namespace factsheet::options {
namespace {

bool is_plain_text(std::string_view v) {
    const std::string t = js_trim(v);
    const std::size_t n = utf16_length(t);
    if (n == 0 || n > 60) return false;
    return std::none_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

// /^[a-z0-9][a-z0-9-]{0,63}$/
bool is_section_id(std::string_view v) {
    if (v.empty() || v.size() > 64 || v[0] == '-') return false;
    return std::all_of(v.begin(), v.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool ends_with(std::string_view s, std::string_view tail) {
    return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

struct Check {
    const char* key;
    const char* attribute;
    std::optional<std::string> HostOptions::*field;
    const char* expected;
};

const Check checks[] = {
    {"lang", "data-lang", &HostOptions::lang, "en or es"},
    {"section", "data-section", &HostOptions::section, "a section id such as smartlink"},
    {"theme", "data-theme", &HostOptions::theme, "light, dark, auto or host"},
    {"hostTheme", "data-host-theme", &HostOptions::host_theme, "light or dark"},
    {"compact", "data-compact", &HostOptions::compact, "true or false"},
    {"accent", "data-accent", &HostOptions::accent, "a colour #rgb or #rrggbb"},
    {"cta", "data-cta", &HostOptions::cta, "an https:// address"},
    {"ctaLabel", "data-cta-label", &HostOptions::cta_label, "plain text of 1 to 60 characters"},
    {"ctaOrg", "data-cta-org", &HostOptions::cta_org, "plain text of 1 to 60 characters"},
    {"title", "data-title", &HostOptions::title, "text of at most 120 characters"},
};

bool passes(std::string_view key, const std::string& v, HostResult& r) {
    if (key == "lang") return v == "en" || v == "es";
    if (key == "section") return is_section_id(v);
    if (key == "theme") return v == "light" || v == "dark" || v == "auto" || v == "host";
    if (key == "hostTheme") return v == "light" || v == "dark";
    if (key == "compact") return v.empty() || v == "1" || v == "0" || v == "true" || v == "false";
    if (key == "accent") return is_hex_colour(v);
    if (key == "cta") {
        const UrlVerdict verdict = check_https_address(v);
        if (verdict.unsure) r.unsure.push_back("cta");
        return verdict.ok && utf16_length(v) <= 500;
    }
    if (key == "ctaLabel" || key == "ctaOrg") return is_plain_text(v);
    return utf16_length(js_trim(v)) > 0 && utf16_length(v) <= 120;  // title
}

// getAttribute(name): the first attribute of that name; null when there is none.
const std::string* find_attribute(const std::vector<Param>& attributes, std::string_view name) {
    for (const Param& a : attributes) {
        if (a.name == name) return &a.value;
    }
    return nullptr;
}

}  // namespace

HostResult read_host_options(const std::vector<Param>& attributes, const std::optional<HostHref>& href) {
    HostResult r;
    HostOptions& o = r.options;
    for (const Check& c : checks) {
        const std::string* v = find_attribute(attributes, c.attribute);
        if (!v) continue;
        if (passes(c.key, *v, r)) o.*c.field = *v;
        else r.warnings.push_back(std::string("ignored ") + c.attribute + "=" + js_quoted(*v) + " (expected " + c.expected + ")");
    }
    if (href) {
        if (!o.lang && ends_with(href->pathname, "/en.html")) o.lang = "en";
        if (!o.lang && ends_with(href->pathname, "/es.html")) o.lang = "es";
        const std::string hash = href->hash.empty() ? std::string() : href->hash.substr(1);
        if (!o.section && !hash.empty() && is_section_id(hash)) o.section = hash;
    }
    if (o.cta && !o.cta_label) {
        r.warnings.push_back("ignored data-cta: it needs data-cta-label");
        o.cta.reset();
    } else if (o.cta_label && !o.cta && !find_attribute(attributes, "data-cta")) {
        r.warnings.push_back("ignored data-cta-label: it needs data-cta");
    }
    if (!o.cta) {
        o.cta_label.reset();
        o.cta_org.reset();
    }
    return r;
}

std::string sheet_url(std::string_view base_href, const HostOptions& o, std::string_view id,
                      const std::optional<std::string>& host_origin) {
    Query q;
    q.set("embed", "1");
    q.set("id", id);
    if (host_origin) q.set("origin", *host_origin);
    if (o.section) q.set("section", *o.section);
    if (o.theme) q.set("theme", *o.theme);
    if (o.compact && *o.compact != "false" && *o.compact != "0") q.set("compact", "1");
    if (o.accent) q.set("accent", *o.accent);
    if (o.cta) {
        q.set("cta", *o.cta);
        q.set("cta_label", js_trim(*o.cta_label));
    }
    if (o.cta_org) q.set("cta_org", js_trim(*o.cta_org));
    // Resolving "xx.html?query" against the directory: the serialized query needs no escaping.
    return std::string(base_href) + o.lang.value_or("en") + ".html?" + q.to_string();
}

std::string frame_title(const HostOptions& o) {
    if (o.title && !o.title->empty()) return *o.title;
    return o.lang.value_or("en") == "es" ? "Hoja informativa: las \u201calternativas a la detenci\u00f3n\u201d de ICE"
                                         : "Fact sheet: ICE\u2019s \u201cAlternatives to Detention\u201d";
}

std::string script_link_href(std::string_view base_href, const HostOptions& o) {
    return std::string(base_href) + o.lang.value_or("en") + ".html" + (o.section ? "#" + *o.section : std::string());
}

}  // namespace factsheet::options
