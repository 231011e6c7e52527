// html.h: the HTML rendition: a Sheet as one complete, semantic, script-free HTML page (the no-JavaScript fallback,
// search engines, printing). Every string from the content is escaped; the page has no inline
// script, event handler or style attribute, so a strict Content-Security-Policy can serve it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/sheet.h"
#include "present/markup.h"

namespace factsheet::html {

using content::Sheet;

struct HtmlOptions {
    // The way from this page to the site's root ("" at the root, "../" one folder down): every
    // address below that is within the site is written from the root and gets it in front where
    // it stays relative (links and the stylesheet; an absolute site_url address needs none).
    std::string root;
    // <link rel="stylesheet" href="...">; empty: no stylesheet link.
    std::string stylesheet_href;
    // The same page in each other language: with this page's, the header's list of languages
    // (each in its own name) and a <link rel="alternate"> each; empty: neither.
    struct OtherLanguage {
        std::string lang;  // its BCP 47 tag
        std::string name;  // its own name (its ui lang_name: "Español"); empty: the tag
        std::string href;  // its page, from the site's root
    };
    std::vector<OtherLanguage> other_languages;
    // A sheet without evidence: each source links to its passages on this page instead
    // ("en.html" -> <a href="en.html#src-S26">What the source says</a>); empty: no link.
    std::string evidence_page;
    // Trusted HTML inserted as is (not escaped) by the web build: at the end of <head>,
    // right after <body>, right before </body>.
    std::string head_extra;
    std::string body_start_extra;
    std::string body_end_extra;

    // Link previews and discovery (README, "Hosting"). site_url: the site's public address,
    // ending in "/" ("https://example.org/atd/"); empty: addresses stay relative and there is no
    // og:url or canonical link (chat apps then show no picture: they need absolute addresses).
    std::string site_url;
    // This page's address within the site ("en.html"; "" for the site's root, index.html).
    std::string page_path;
    // The preview picture within the site ("preview-en.png", 1200x630); empty: no og:image.
    std::string preview_image;
    // The oEmbed file within the site ("oembed-en.json"); empty: no discovery link.
    std::string oembed_href;
    // The other languages' og:locale values (their ui og_locale): og:locale:alternate.
    std::vector<std::string> alternate_locales;
    // The sheet's public address in this page's language (what the app's Share passes on); when
    // set, the footer has a "Share this sheet" part: that address as a QR code and written out.
    std::string share_url;
};

// The preview picture's size (Open Graph, Twitter's summary_large_image).
constexpr int preview_width = 1200;
constexpr int preview_height = 630;

// The page, "<!doctype html>" to "</html>\n". Works on any Sheet, validated or not: a citation
// of an unknown source renders as plain "[?]" text.
std::string render_html(const Sheet& sheet, const HtmlOptions& options = {});

// The lines of the page's <head> that link previews and oEmbed consumers read (description,
// the oEmbed discovery link, Open Graph and card tags), for a page that is not the sheet itself:
// the site's root address, which only forwards.
std::string render_preview_tags(const Sheet& sheet, const HtmlOptions& options = {});

// The escaper the page is written with (present/markup.h).
using present::escape_html;

}  // namespace factsheet::html
