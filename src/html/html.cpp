// html.cpp: render_html: the sheet as a semantic HTML page (headings, lists, figures, tables,
// footnote-style citations), written top to bottom into one string.
#include "html/html.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <utility>
#include <vector>

#include "content/evidence.h"
#include "dom.h"  // generated from web/dom.json: the page's ids, classes and data attributes
#include "content/phone.h"
#include "present/markup.h"
#include "present/qr.h"
#include "present/words.h"

namespace factsheet::html {
using namespace content;
namespace {

// Anchors the page makes for itself contain "_" (or, for sources, an upper-case S), which
// content ids ([a-z0-9-]) cannot, so they never collide; "sources" is reserved by the validator.

class Page {
public:
    Page(const Sheet& sheet, const HtmlOptions& options) : s_(sheet), o_(options) {
        for (std::size_t i = 0; i < s_.sources.size(); ++i) numbers_.emplace(s_.sources[i].id, i + 1);
        if (!s_.evidence.empty()) places_ = citations(s_);
    }

    std::string render() {
        head();
        body();
        return std::move(out_);
    }

    std::string render_preview_tags() {
        preview_tags();
        return std::move(out_);
    }

private:
    void text(std::string_view t) { out_ += escape_html(t); }
    void raw(std::string_view html) { out_ += html; }

    // An interface string with its {placeholder} replaced by a piece of HTML; the rest escaped.
    std::string fill(const std::string& key, std::string_view placeholder, const std::string& html) const {
        const present::Template t = present::split(s_.ui_text(key), placeholder);
        return escape_html(t.before) + html + escape_html(t.after);
    }

    // Sorts like compare_dates.
    static long long date_key(const Date& d) { return (static_cast<long long>(d.year) * 100 + d.month) * 100 + d.day; }

    // The date as the canvas writes it, with its machine-readable form.
    std::string time_html(const Date& d) const {
        return "<time datetime=\"" + escape_html(d.text) + "\">" + escape_html(present::date(s_, d)) + "</time>";
    }

    void cite(const std::string& source_id) {
        const auto it = numbers_.find(source_id);
        if (it == numbers_.end()) {
            raw("<span class=\"" + dom::cls::cite + "\">[?]</span>");
            return;
        }
        const std::string n = std::to_string(it->second);
        raw("<a href=\"#" + dom::prefix::source + escape_html(source_id) + "\" class=\"" + dom::cls::cite + "\" aria-label=\"" +
            fill("citation_label", "n", n) + "\">[" + n + "]</a>");
    }

    void cites(const std::vector<std::string>& ids) {
        for (const std::string& id : ids) cite(id);
    }

    void rich(const RichText& spans) {
        for (const Span& span : spans) {
            if (span.kind == Span::Kind::Cite) cite(span.source_id);
            else text(span.text);
        }
    }

    void head() {
        raw("<!doctype html>\n<html lang=\"");
        text(s_.lang);
        raw("\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n");
        raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        text(s_.meta.title);
        raw("</title>\n");
        description();
        const std::string& site = o_.site_url;
        if (!site.empty()) link("canonical", address(o_.page_path));
        if (!o_.other_languages.empty()) {
            if (!site.empty()) alternate(s_.lang, address(o_.page_path));
            for (const auto& l : o_.other_languages) alternate(l.lang, address(l.href));
        }
        discovery();
        if (!o_.stylesheet_href.empty()) {
            raw("<link rel=\"stylesheet\" href=\"");
            text(o_.root + o_.stylesheet_href);
            raw("\">\n");
        }
        raw(o_.head_extra);
        raw("</head>\n");
    }

    void link(std::string_view rel, const std::string& href) {
        raw("<link rel=\"");
        raw(rel);
        raw("\" href=\"");
        text(href);
        raw("\">\n");
    }

    void alternate(const std::string& lang, const std::string& href) {
        raw("<link rel=\"alternate\" hreflang=\"");
        text(lang);
        raw("\" href=\"");
        text(href);
        raw("\">\n");
    }

    // <meta property|name="key" content="value">, the value escaped.
    void meta(std::string_view attr, std::string_view key, std::string_view value) {
        raw("<meta ");
        raw(attr);
        raw("=\"");
        raw(key);
        raw("\" content=\"");
        text(value);
        raw("\">\n");
    }

    // What a chat app or a site that embeds links reads: the description, the oEmbed discovery
    // link and the link previews.
    void preview_tags() {
        description();
        discovery();
    }

    void description() { meta("name", "description", s_.meta.description); }

    // The oEmbed discovery link and the link previews.
    void discovery() {
        if (!o_.oembed_href.empty()) {
            raw("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"");
            text(address(o_.oembed_href));
            raw("\" title=\"");
            text(s_.meta.title);
            raw("\">\n");
        }
        previews();
    }

    // Link previews (Open Graph, Twitter's card), in the page's language.
    void previews() {
        const std::string& site = o_.site_url;
        const std::string site_name = s_.ui_text("site_name");
        meta("property", "og:type", "website");
        meta("property", "og:site_name", site_name);
        meta("property", "og:title", s_.meta.title);
        meta("property", "og:description", s_.meta.description);
        meta("property", "og:locale", s_.ui_text("og_locale"));
        for (const std::string& locale : o_.alternate_locales) meta("property", "og:locale:alternate", locale);
        if (!site.empty()) meta("property", "og:url", address(o_.page_path));
        meta("name", "twitter:card", o_.preview_image.empty() ? "summary" : "summary_large_image");
        meta("name", "twitter:title", s_.meta.title);
        meta("name", "twitter:description", s_.meta.description);
        if (o_.preview_image.empty()) return;
        const std::string image = address(o_.preview_image);
        const std::string alt = s_.meta.title + " \u2014 " + s_.meta.subtitle;
        meta("property", "og:image", image);
        meta("property", "og:image:type", "image/png");
        meta("property", "og:image:width", std::to_string(preview_width));
        meta("property", "og:image:height", std::to_string(preview_height));
        meta("property", "og:image:alt", alt);
        meta("name", "twitter:image", image);
        meta("name", "twitter:image:alt", alt);
    }

    // An address within the site, from this page: absolute with the site's address, else relative
    // through the way to the root.
    std::string address(const std::string& path) const {
        return (o_.site_url.empty() ? o_.root : o_.site_url) + path;
    }


    void body() {
        raw("<body>\n");
        raw(o_.body_start_extra);
        raw("<a class=\"" + dom::cls::skip_link + "\" href=\"#" + dom::id::main + "\">");
        text(s_.ui_text("skip_to_content"));
        raw("</a>\n");
        if (!o_.other_languages.empty()) languages();
        raw("<main id=\"" + dom::id::main + "\">\n<h1>");
        text(s_.meta.title);
        raw("</h1>\n<p class=\"" + dom::cls::subtitle + "\">");
        text(s_.meta.subtitle);
        raw("</p>\n");
        if (present::translation_unreviewed(s_)) translation_note();
        contents();
        for (const Section& section : s_.sections) this->section(section);
        sources();
        raw("</main>\n<footer>\n");
        share();
        raw("<p class=\"" + dom::cls::reviewed + "\">");
        raw(fill("reviewed", "date", time_html(s_.meta.reviewed)));
        raw("</p>\n</footer>\n");
        raw(o_.body_end_extra);
        raw("</body>\n</html>\n");
    }

    // The header's list of languages, each in its own name and language, this page's first in the
    // order of the site's languages and marked as the current one (not a link).
    void languages() {
        raw("<header>\n<nav class=\"" + dom::cls::lang_switch + "\" aria-label=\"");
        text(s_.ui_text("languages"));
        raw("\"><ul>");
        std::vector<HtmlOptions::OtherLanguage> all = o_.other_languages;
        all.push_back({s_.lang, s_.ui_text("lang_name"), ""});
        std::stable_sort(all.begin(), all.end(), [&](const auto& a, const auto& b) { return order(a.lang) < order(b.lang); });
        for (const auto& l : all) {
            const bool here = l.lang == s_.lang;
            raw(here ? "<li><span aria-current=\"page\" lang=\"" : "<li><a href=\"");
            if (!here) {
                text(o_.root + l.href);
                raw("\" hreflang=\"");
                text(l.lang);
                raw("\" lang=\"");
            }
            text(l.lang);
            raw("\">");
            text(l.name.empty() ? l.lang : l.name);
            raw(here ? "</span></li>" : "</a></li>");
        }
        raw("</ul></nav>\n</header>\n");
    }

    // A language's place in the list: the sheet's languages' order where known (content/sheet.h:
    // languages), else after them.
    std::size_t order(const std::string& lang) const {
        for (std::size_t i = 0; i < s_.languages.size(); ++i)
            if (s_.languages[i].lang == lang) return i;
        for (std::size_t i = 0; i < o_.other_languages.size(); ++i)
            if (o_.other_languages[i].lang == lang) return i;
        return o_.other_languages.size();
    }

    // "Share this sheet": the address as a QR code (present/qr.h, the app's own code) and as text.
    void share() {
        const present::QrMatrix qr = present::qr_code(o_.share_url);
        if (qr.size == 0) return;
        raw("<section class=\"" + dom::cls::share + "\" aria-labelledby=\"" + dom::id::share_heading + "\">\n<h2 id=\"" + dom::id::share_heading + "\">");
        text(s_.ui_text("share_heading"));
        raw("</h2>\n<p>");
        text(s_.ui_text("qr_title"));
        raw("</p>\n<p class=\"" + dom::cls::qr + "\">");
        raw(present::qr_svg(qr, 6, s_.ui_text("qr_title")));
        raw("</p>\n<p class=\"" + dom::cls::share_address + "\"><a rel=\"noopener noreferrer\" href=\"");
        text(o_.share_url);
        raw("\">");
        text(o_.share_url);
        raw("</a></p>\n</section>\n");
    }

    void contents() {
        raw("<nav aria-labelledby=\"" + dom::id::contents_heading + "\">\n<h2 id=\"" + dom::id::contents_heading + "\">");
        text(s_.ui_text("contents"));
        raw("</h2>\n<ol>\n");
        for (const Section& section : s_.sections) {
            raw("<li><a href=\"#");
            text(section.id);
            raw("\">");
            text(section.title);
            raw("</a></li>\n");
        }
        raw("<li><a href=\"#sources\">");
        text(s_.ui_text("sources"));
        raw("</a></li>\n</ol>\n</nav>\n");
    }

    // A section: its key points and main picture, then its details folded in a <details> that
    // the page's scripts open for a deep link or a citation into them (and for print).
    void section(const Section& section) {
        const std::string heading = dom::prefix::section_heading + section.id;
        raw("<section id=\"");
        text(section.id);
        raw("\" aria-labelledby=\"");
        text(heading);
        raw("\" " + dom::data::kind + "=\"");
        raw(section.kind == SectionKind::Practical ? "practical" : section.kind == SectionKind::Reference ? "reference" : "topic");
        raw("\">\n<h2 id=\"");
        text(heading);
        raw("\">");
        text(section.title);
        raw("</h2>\n");
        const std::size_t end = section.summary_end();
        for (std::size_t i = 0; i < end; ++i) block(section.blocks[i]);
        if (end < section.blocks.size()) {
            raw("<details class=\"" + dom::cls::details + "\" id=\"" + dom::prefix::details);
            text(section.id);
            raw("\"><summary>");
            text(s_.ui_text("details_show"));
            raw("</summary>\n");
            for (std::size_t i = end; i < section.blocks.size(); ++i) block(section.blocks[i]);
            raw("</details>\n");
        }
        if (section.id == about_section_id && s_.meta.translation) translation_note();
        raw("</section>\n");
    }

    // How this language's text was made, in its words (present/words.h: translation_note).
    void translation_note() {
        raw("<p class=\"" + dom::cls::translation + "\" role=\"note\">");
        text(present::translation_note(s_));
        raw("</p>\n");
    }

    // Opens an element with the block's id: <tag class="cls" id="ID">.
    void open(std::string_view tag, std::string_view cls, const Block& b) {
        raw("<");
        raw(tag);
        if (!cls.empty()) {
            raw(" class=\"");
            raw(cls);
            raw("\"");
        }
        raw(" id=\"");
        text(b.id);
        raw("\">");
    }

    void block(const Block& b) {
        switch (b.type) {
            case BlockType::Paragraph:
                open("p", "", b);
                rich(b.text);
                raw("</p>\n");
                break;
            case BlockType::Figure: figure(b); break;
            case BlockType::List:
                open(b.ordered ? "ol" : "ul", "", b);
                raw("\n");
                items(b);
                raw(b.ordered ? "</ol>\n" : "</ul>\n");
                break;
            case BlockType::Quote: quote(b); break;
            case BlockType::Callout:
                open("aside", dom::cls::callout, b);
                raw("\n");
                if (!b.title.empty()) {
                    raw("<h3>");
                    text(b.title);
                    raw("</h3>\n");
                }
                raw("<p>");
                rich(b.text);
                raw("</p>\n</aside>\n");
                break;
            case BlockType::Chart: chart(b); break;
            case BlockType::Diagram: diagram(b); break;
            case BlockType::KeyPoints:
                open("div", dom::cls::key_points, b);
                raw("\n<h3>");
                text(s_.ui_text("key_points"));
                raw("</h3>\n<ul>\n");
                items(b);
                raw("</ul>\n</div>\n");
                break;
            case BlockType::Question:
                open("div", dom::cls::question, b);
                raw("\n<h3>");
                text(b.question);
                raw("</h3>\n<p>");
                rich(b.text);
                raw("</p>\n");
                if (!b.items.empty()) {
                    raw("<ul>\n");
                    items(b);
                    raw("</ul>\n");
                }
                raw("</div>\n");
                break;
            case BlockType::Contact: contact(b); break;
            case BlockType::Timeline: timeline(b); break;
        }
    }

    void items(const Block& b) {
        for (const RichText& item : b.items) {
            raw("<li>");
            rich(item);
            raw("</li>\n");
        }
    }

    // A service: its name, what it is for, then its number as a tap-to-call link and its address
    // written out (a reader copies it, print shows it).
    void contact(const Block& b) {
        open("div", dom::cls::contact, b);
        raw("\n<h3>");
        text(b.title);
        raw("</h3>\n<p>");
        rich(b.text);
        raw("</p>\n<p class=\"" + dom::cls::contact_links + "\">");
        const std::string tel = tel_url(b.phone);
        if (!tel.empty()) {
            raw("<a class=\"" + dom::cls::tel + "\" href=\"");
            text(tel);
            raw("\" aria-label=\"");
            text(present::fill(s_.ui_text("call"), "phone", b.phone));
            raw("\">");
            text(b.phone);
            raw("</a>");
        }
        // Only https addresses become links, even if an unvalidated sheet holds something else.
        if (b.url.rfind("https://", 0) == 0) {
            if (!tel.empty()) raw(" ");
            raw("<a class=\"" + dom::cls::contact_url + "\" href=\"");
            text(b.url);
            raw("\" rel=\"noopener noreferrer\">");
            text(b.url);
            raw("</a>");
        }
        raw("</p>\n</div>\n");
    }


    void figure(const Block& b) {
        open("p", dom::cls::figure, b);
        raw("<strong>");
        text(b.value);
        if (!b.unit.empty()) {
            raw(" ");
            text(b.unit);
        }
        raw("</strong> ");
        rich(b.text);
        raw(" <span class=\"" + dom::cls::as_of + "\">(");
        raw(fill("as_of", "date", time_html(b.as_of)));
        raw(")</span>");
        cites(b.sources);
        raw("</p>\n");
    }

    void quote(const Block& b) {
        open("figure", dom::cls::quote, b);
        raw("\n<blockquote><p>");
        rich(b.text);
        raw("</p></blockquote>\n<figcaption>");
        text(b.speaker);
        if (!b.role.empty()) {
            raw(", ");
            text(b.role);
        }
        for (const std::string& id : b.sources) {
            const Source* src = s_.find_source(id);
            if (src) {
                raw(", <cite>");
                text(src->title);
                raw("</cite>");
            }
            cite(id);
        }
        raw("</figcaption>\n</figure>\n");
    }

    void chart(const Block& b) {
        open("figure", dom::cls::chart, b);
        raw("\n<figcaption>");
        text(b.caption);
        raw("</figcaption>\n<table>\n<caption>");
        text(b.title);
        if (!b.y_unit.empty()) {
            raw(" (");
            text(b.y_unit);
            raw(")");
        }
        raw("</caption>\n<thead><tr><td></td>");
        for (const ChartSeries& series : b.series) {
            raw("<th scope=\"col\">");
            text(series.label);
            raw("</th>");
        }
        raw("</tr></thead>\n<tbody>\n");
        // One row per date any series has, in time order; a series without that date gets an
        // empty cell. Maps keep this O(n log n) however many points a chart has.
        std::map<long long, const ChartPoint*> rows;
        std::vector<std::map<long long, const ChartPoint*>> cells(b.series.size());
        for (std::size_t i = 0; i < b.series.size(); ++i) {
            for (const ChartPoint& p : b.series[i].points) {
                rows.emplace(date_key(p.date), &p);
                cells[i].emplace(date_key(p.date), &p);
            }
        }
        for (const auto& [key, row] : rows) {
            raw("<tr><th scope=\"row\">");
            text(present::point_label(s_, *row));
            raw("</th>");
            for (const auto& column : cells) {
                raw("<td>");
                const auto cell = column.find(key);
                if (cell != column.end()) point(*cell->second);
                raw("</td>");
            }
            raw("</tr>\n");
        }
        raw("</tbody>\n</table>\n");
        note(b);
        raw("</figure>\n");
    }

    void confidence(Confidence c) {
        const char* key = c == Confidence::High ? "confidence_high" : c == Confidence::Medium ? "confidence_medium" : "confidence_low";
        raw(" <span class=\"" + dom::cls::confidence + "\">(");
        text(s_.ui_text(key));
        raw(")</span>");
    }

    // A picture whose text alternative is a list (a diagram's items, a timeline's events): its
    // title and caption, the list (each item written by `item`), and its note.
    template <typename Item>
    void listed_figure(const Block& b, std::string_view cls, bool ordered, Item&& item) {
        open("figure", cls, b);
        raw("\n<figcaption><strong>");
        text(b.title);
        raw("</strong> ");
        text(b.caption);
        raw(ordered ? "</figcaption>\n<ol>\n" : "</figcaption>\n<ul>\n");
        item();
        raw(ordered ? "</ol>\n" : "</ul>\n");
        note(b);
        raw("</figure>\n");
    }

    void note(const Block& b) {
        if (b.note.empty()) return;
        raw("<p class=\"" + dom::cls::note + "\">");
        rich(b.note);
        raw("</p>\n");
    }

    // A diagram's text alternative: the items as a list, each with its hours, text and confidence.
    void diagram(const Block& b) {
        listed_figure(b, dom::cls::diagram, false, [&] {
            for (const DiagramItem& item : b.diagram_items) {
                raw("<li><strong>");
                text(item.label);
                raw("</strong>");
                if (!item.hours.empty()) {
                    raw(" (");
                    text(present::hours(s_, item));
                    raw(")");
                }
                raw(": ");
                rich(item.text);
                confidence(item.confidence);
                raw("</li>\n");
            }
        });
    }

    // A timeline's text alternative: its events in date order, each with its date, label and words.
    void timeline(const Block& b) {
        listed_figure(b, dom::cls::timeline, true, [&] {
            for (const TimelineEvent& e : b.events) {
                raw("<li>");
                raw(time_html(e.date));
                raw(": <strong>");
                text(e.label);
                raw("</strong>. ");
                rich(e.text);
                raw("</li>\n");
            }
        });
    }

    void point(const ChartPoint& p) {
        text(present::value(s_, p.value, p.qualifier));
        cites(p.sources);
        if (!p.note.empty()) {
            raw(" <span class=\"" + dom::cls::note + "\">(");
            text(p.note);
            raw(")</span>");
        }
    }

    void sources() {
        raw("<section id=\"" + dom::id::sources + "\" aria-labelledby=\"" + dom::id::sources_heading + "\">\n<h2 id=\"" + dom::id::sources_heading + "\">");
        text(s_.ui_text("sources"));
        raw("</h2>\n<ol>\n");
        for (const Source& src : s_.sources) {
            raw("<li id=\"" + dom::prefix::source);
            text(src.id);
            raw("\">");
            text(src.publisher);
            raw(", <cite>");
            text(src.title);
            raw("</cite>");
            if (!src.author.empty()) {
                raw(", ");
                text(src.author);
            }
            raw(", ");
            raw(time_html(src.date));
            raw(".");
            // Only https addresses become links, even if an unvalidated sheet holds something else.
            if (src.url.rfind("https://", 0) == 0) {
                raw(" <a href=\"");
                text(src.url);
                raw("\" rel=\"noopener noreferrer\">");
                text(src.url);
                raw("</a>");
            } else if (!src.url.empty()) {
                raw(" ");
                text(src.url);
            }
            passages(src);
            raw("</li>\n");
        }
        raw("</ol>\n</section>\n");
    }

    // What the source says, for each place that cites it: the passage in its own language,
    // then the part of the sheet it supports (a link there), where in the source, and when checked.
    // Folded under one <details> per source: hundreds of passages would bury the list itself.
    void passages(const Source& src) {
        std::vector<std::pair<const Citation*, const Evidence*>> found;
        for (const Citation& c : places_) {
            if (c.source_id != src.id) continue;
            for (const Evidence* e : s_.passages(c.at, c.source_id)) found.emplace_back(&c, e);
        }
        if (found.empty()) {
            if (o_.evidence_page.empty() || !s_.evidence.empty()) return;
            raw(" <a class=\"" + dom::cls::evidence_link + "\" href=\"" + escape_html(o_.root + o_.evidence_page) + "#" + dom::prefix::source + escape_html(src.id) + "\">");
            text(s_.ui_text("source_says"));
            raw("</a>");
            return;
        }
        raw("\n<details class=\"" + dom::cls::evidence_list + "\"><summary>");
        text(s_.ui_text("source_says") + " (" + std::to_string(found.size()) + ")");
        raw("</summary>");
        for (const auto& [c, e] : found) {
            raw("\n<figure class=\"" + dom::cls::evidence + "\"><blockquote lang=\"");
            text(e->lang);
            raw("\" cite=\"");
            text(e->url);
            raw("\"><p>");
            text(e->passage);
            raw("</p></blockquote><figcaption>");
            raw(fill("evidence_for", "place", "<a href=\"#" + escape_html(c->block) + "\">" + escape_html(c->label) + "</a>"));
            raw(" \u00b7 ");
            text(e->where);
            raw(" \u00b7 ");
            raw(fill("evidence_checked", "date", time_html(e->checked)));
            raw("</figcaption></figure>");
        }
        raw("</details>");
    }

    const Sheet& s_;
    const HtmlOptions& o_;
    std::map<std::string, std::size_t> numbers_;  // source id -> footnote number
    std::vector<Citation> places_;                // where each source is cited, when there is evidence
    std::string out_;
};

}  // namespace

std::string render_html(const Sheet& sheet, const HtmlOptions& options) { return Page(sheet, options).render(); }

std::string render_preview_tags(const Sheet& sheet, const HtmlOptions& options) {
    return Page(sheet, options).render_preview_tags();
}

}  // namespace factsheet::html
