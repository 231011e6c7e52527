// html.h: the HTML rendition: a Sheet as one complete, semantic, script-free HTML page (the no-JavaScript fallback,
// search engines, printing). Every string from the content is escaped; the page has no inline
// script, event handler or style attribute, so a strict Content-Security-Policy can serve it.
#pragma once

#include <string>
#include <string_view>

#include "content/sheet.h"

namespace factsheet::html {

using content::Sheet;

struct HtmlOptions {
    // <link rel="stylesheet" href="...">; empty: no stylesheet link.
    std::string stylesheet_href;
    // The same page in the other language: a link in the header and <link rel="alternate">;
    // empty: neither.
    std::string other_lang_href;
    // Its BCP 47 tag (both needed for the link).
    std::string other_lang;
    // The link text, in that language (its ui lang_name: "Español"); empty: the tag.
    std::string other_lang_name;
    // A sheet without evidence: each source links to its passages on this page instead
    // ("en.html" -> <a href="en.html#src-S26">What the source says</a>); empty: no link.
    std::string evidence_page;
    // Trusted HTML inserted as is (not escaped) by the web build: at the end of <head>,
    // right after <body>, right before </body>.
    std::string head_extra;
    std::string body_start_extra;
    std::string body_end_extra;
    // The sheet's public address in this page's language (what the app's Share passes on); when
    // set, the footer has a "Share this sheet" part: that address as a QR code and written out.
    std::string share_url;
};

// The page, "<!doctype html>" to "</html>\n". Works on any Sheet, validated or not: a citation
// of an unknown source renders as plain "[?]" text.
std::string render_html(const Sheet& sheet, const HtmlOptions& options = {});

// text with &, <, >, " and ' replaced by character references: safe in text and in quoted
// attribute values.
std::string escape_html(std::string_view text);

}  // namespace factsheet::html
