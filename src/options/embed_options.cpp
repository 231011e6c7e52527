// embed_options.cpp: web/embedded.js's readOptions() and linkQuery(), step by step.
#include "options/embed_options.h"

#include <algorithm>
#include <functional>

#include "options/colour.h"
#include "options/js_string.h"
#include "options/query.h"
#include "options/url_check.h"

namespace factsheet::options {
namespace {

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// /^[A-Za-z0-9_-]{1,64}$/ and, with extra ":.", /^[A-Za-z0-9_:.-]{1,128}$/
bool is_name(std::string_view v, std::size_t max, std::string_view extra) {
    if (v.empty() || v.size() > max) return false;
    return std::all_of(v.begin(), v.end(), [&](char c) { return is_ascii_alnum(c) || extra.find(c) != std::string_view::npos; });
}

// plain(): trimmed, 1 to 60 UTF-16 units, no C0 control or DEL.
bool is_plain_text(std::string_view v) {
    const std::string t = js_trim(v);
    const std::size_t n = utf16_length(t);
    if (n == 0 || n > 60) return false;
    return std::none_of(t.begin(), t.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

// /^\d{3}$/: three ASCII digits, as a number (-1 when not).
int three_digits(std::string_view v) {
    if (v.size() != 3 || !std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) return -1;
    return (v[0] - '0') * 100 + (v[1] - '0') * 10 + (v[2] - '0');
}

// The text option: /^\d{3}$/ and 100 <= +v <= 200.
bool is_text_size(std::string_view v) {
    const int n = three_digits(v);
    return n >= 100 && n <= 200;
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += sep;
        out += items[i];
    }
    return out;
}

class Reader {
public:
    explicit Reader(EmbedResult& r) : r_(r) {}

    void warn(const std::string& key, const std::string& text) {
        if (std::any_of(r_.warnings.begin(), r_.warnings.end(), [&](const Warning& w) { return w.key == key; })) return;
        r_.warnings.push_back(Warning{key, text});
    }
    bool warned(std::string_view key) const {
        return std::any_of(r_.warnings.begin(), r_.warnings.end(), [&](const Warning& w) { return w.key == key; });
    }
    // option(key, check, why): the value if it passes, else a warning and nullopt.
    std::optional<std::string> option(const Query& q, const std::string& key,
                                      const std::function<bool(const std::string&)>& check, const std::string& why) {
        std::optional<std::string> v = q.get(key);
        if (!v) return std::nullopt;
        if (check(*v)) return v;
        warn(key, "ignored " + key + "=" + js_quoted(*v) + " (" + why + ")");
        return std::nullopt;
    }

private:
    EmbedResult& r_;
};

}  // namespace

bool EmbedOptions::operator==(const EmbedOptions& o) const {
    return id == o.id && pym_id == o.pym_id && origin == o.origin && theme == o.theme && compact == o.compact &&
           accent == o.accent && accent_light == o.accent_light && accent_dark == o.accent_dark &&
           section == o.section && text == o.text && cta == o.cta && cta_label == o.cta_label && cta_org == o.cta_org;
}

EmbedResult read_embed_options(std::string_view search, const EmbedPage& page) {
    EmbedResult r;
    Query params = Query::parse(search);
    if (params.get("embed") != std::optional<std::string>("1")) return r;
    r.embedded = true;
    Reader in(r);
    EmbedOptions& o = r.options;

    // Language: a page asked for the other language, and index.html, hand over.
    std::optional<std::string> asked = params.get("lang");
    if (asked && *asked != "en" && *asked != "es") {
        in.warn("lang", "ignored lang=" + js_quoted(*asked) + " (expected en or es)");
        asked.reset();
    }
    const std::string want = asked ? *asked : page.lang;
    if (page.app_page || want != page.lang) {
        params.remove("lang");
        r.redirect = want + ".html?" + params.to_string();
        return r;
    }

    if (auto id = in.option(params, "id", [](const std::string& v) { return is_name(v, 64, "_-"); },
                            "letters, digits, - and _, at most 64")) {
        o.id = *id;
    }
    const std::optional<std::string> child = params.get("childId");
    o.pym_id = child && is_name(*child, 128, "_:.-") ? *child : o.id;
    o.origin = in.option(params, "origin", [&](const std::string& v) {
        const UrlVerdict verdict = check_origin(v);
        if (verdict.unsure) r.unsure.push_back("origin");
        return verdict.ok;
    }, "an origin such as https://example.org");
    if (auto theme = in.option(params, "theme", [](const std::string& v) {
            return v == "light" || v == "dark" || v == "auto" || v == "host";
        }, "light, dark, auto or host")) {
        o.theme = *theme;
    }
    const std::optional<std::string> compact = in.option(params, "compact", [](const std::string& v) {
        return v == "1" || v == "0" || v == "true" || v == "false" || v.empty();
    }, "1 or 0");
    o.compact = compact && (*compact == "1" || *compact == "true" || compact->empty());
    o.accent = in.option(params, "accent", [](const std::string& v) { return is_hex_colour(v); }, "a colour #rgb or #rrggbb");
    o.section = in.option(params, "section", [&](const std::string& v) {
        return std::find(page.section_ids.begin(), page.section_ids.end(), v) != page.section_ids.end();
    }, "one of " + join(page.section_ids, ", "));
    if (auto text = in.option(params, "text", [](const std::string& v) { return is_text_size(v); },
                              "a percentage from 100 to 200")) {
        o.text = three_digits(*text);
    }
    o.cta = in.option(params, "cta", [&](const std::string& v) {
        const UrlVerdict verdict = check_https_address(v);
        if (verdict.unsure) r.unsure.push_back("cta");
        return verdict.ok && utf16_length(v) <= 500;
    }, "an https:// address");
    o.cta_label = in.option(params, "cta_label", is_plain_text, "plain text of 1 to 60 characters");
    o.cta_org = in.option(params, "cta_org", is_plain_text, "plain text of 1 to 60 characters");
    if (o.cta && !o.cta_label) {
        in.warn("cta", "ignored cta: it needs cta_label");
        o.cta.reset();
    }
    if (o.cta_label && !o.cta && !in.warned("cta")) in.warn("cta_label", "ignored cta_label: it needs a valid cta");
    if (!o.cta) {
        o.cta_label.reset();
        o.cta_org.reset();
    }

    // Theme and accent: a fixed theme needs the accent to read in it; auto and host use it
    // wherever it reads.
    if (o.accent) {
        const AccentFit fit = accent_fit(*o.accent);
        const bool fixed = o.theme == "light" || o.theme == "dark";
        const bool usable = fixed ? (o.theme == "light" ? fit.light : fit.dark) : (fit.light || fit.dark);
        if (usable) {
            o.accent_light = fit.light;
            o.accent_dark = fit.dark;
        } else {
            in.warn("accent", "ignored accent=" + js_quoted(*o.accent) + " (contrast below 4.5:1 against the " +
                                  (fixed ? o.theme : std::string("light and the dark")) + " background)");
            o.accent.reset();
        }
    }
    return r;
}

std::string link_query(std::string_view search, int text, const std::optional<std::string>& section) {
    Query keep = Query::parse(search);
    keep.remove("lang");
    if (text != 100) keep.set("text", std::to_string(text));
    else keep.remove("text");
    if (section) keep.set("section", *section);
    else keep.remove("section");
    return keep.to_string();
}

std::string to_query(const EmbedOptions& o) {
    Query q;
    q.append("embed", "1");
    if (o.id != "factsheet") q.append("id", o.id);
    if (o.pym_id != o.id) q.append("childId", o.pym_id);
    if (o.origin) q.append("origin", *o.origin);
    if (o.theme != "auto") q.append("theme", o.theme);
    if (o.compact) q.append("compact", "1");
    if (o.accent) q.append("accent", *o.accent);
    if (o.section) q.append("section", *o.section);
    if (o.text != 100) q.append("text", std::to_string(o.text));
    if (o.cta) q.append("cta", *o.cta);
    if (o.cta_label) q.append("cta_label", *o.cta_label);
    if (o.cta_org) q.append("cta_org", *o.cta_org);
    return q.to_string();
}

}  // namespace factsheet::options
