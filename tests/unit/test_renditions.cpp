// test_renditions.cpp: the canvas and the HTML rendition say every number, date and hour the same
// way, block by block, in both languages and in the en-XA pseudo-locale; and a new language is
// data only: the pseudo-locale passes the checker and renders, with no code of its own.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "content/evidence.h"
#include "html/html.h"
#include "test_content_support.h"
#include "present/words.h"
#include "ui/picture.h"
#include "ui_fixture.h"

using namespace factsheet;

namespace {

// Visible text: tags out, the five references back, and no whitespace at all (the canvas wraps
// its text into pieces, the HTML into lines; what is written must match, not where it breaks).
std::string visible(const std::string& html) {
    std::string out;
    bool tag = false;
    for (std::size_t i = 0; i < html.size(); ++i) {
        const char c = html[i];
        if (c == '<') tag = true;
        else if (c == '>') tag = false;
        else if (!tag) out += c;
    }
    for (const auto& [ref, ch] : std::vector<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}}) {
        for (std::size_t at; (at = out.find(ref)) != std::string::npos;) out.replace(at, ref.size(), ch);
    }
    return out;
}

std::string squeeze(std::string s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t') continue;
        if (s.compare(i, 2, "\xC2\xA0") == 0) { ++i; continue; }  // a no-break space
        out += s[i];
    }
    return out;
}

// The HTML of the element with id="ID" up to its closing tag (blocks do not nest themselves).
std::string element(const std::string& html, const std::string& id) {
    const std::size_t at = html.find("id=\"" + id + "\"");
    REQUIRE_MESSAGE(at != std::string::npos, "no element #" << id);
    const std::size_t start = html.rfind('<', at);
    const std::size_t name_end = html.find_first_of(" >", start);
    const std::string close = "</" + html.substr(start + 1, name_end - start - 1) + ">";
    return html.substr(start, html.find(close, at) + close.size() - start);
}

std::string canvas_document_text(const ui::Document& doc) {
    std::string out;
    for (const auto& t : doc.texts) out += t.text;
    return squeeze(out);
}

void check_same_words(const test::Content& content) {
    test::HeadlessApp h(390, 844, 2, content);
    REQUIRE(h.app.content_ok());
    h.app.set_all_details(true);  // every block laid out, the details too
    h.settle();
    const content::Sheet& s = h.app.sheet();
    CAPTURE(s.lang);
    const std::string html = html::render_html(s);
    const std::string page = squeeze(visible(html));
    const std::string canvas = canvas_document_text(h.app.document());
    auto both = [&](const std::string& where, const std::string& words) {
        CAPTURE(where);
        CAPTURE(words);
        CHECK(canvas.find(squeeze(words)) != std::string::npos);
        CHECK(page.find(squeeze(words)) != std::string::npos);
    };
    both("reviewed", present::fill(s.ui_text("reviewed"), "date", present::date(s, s.meta.reviewed)));
    for (const content::Source& src : s.sources) both("source " + src.id, present::date(s, src.date));
    int marks = 0;
    for (const content::Section& section : s.sections) {
        for (const content::Block& b : section.blocks) {
            CAPTURE(b.id);
            if (b.as_of.year) both("as of", present::fill(s.ui_text("as_of"), "date", present::date(s, b.as_of)));
            const auto picture = ui::make_picture(b, s, h.app.metrics(), h.app.fonts(), h.app.metrics().column_w);
            if (!picture) continue;
            // Each mark: what the canvas panel heads it with, the HTML says inside that picture's
            // text alternative (a table row's cells, a list item).
            const std::string alternative = squeeze(visible(element(html, b.id)));
            for (int i = 0; i < static_cast<int>(picture->marks().size()); ++i) {
                const ui::MarkDetail d = picture->describe(i);
                const std::size_t colon = d.head.find(": ");
                // "Jun 2022: about 183,000 people": the row's label and its cell (the unit is
                // in the table's caption); "GPS monitor: 9 am–5 pm": the item and its hours.
                std::string said = colon == std::string::npos ? d.head : d.head.substr(colon + 2);
                const std::string unit = " " + b.y_unit;
                if (!b.y_unit.empty() && said.size() > unit.size() && said.compare(said.size() - unit.size(), unit.size(), unit) == 0) {
                    said.resize(said.size() - unit.size());
                }
                CAPTURE(d.head);
                CHECK(alternative.find(squeeze(d.head.substr(0, colon))) != std::string::npos);
                CHECK(alternative.find(squeeze(said)) != std::string::npos);
                ++marks;
            }
        }
    }
    CHECK(marks > 30);
}

}  // namespace

TEST_CASE("renditions: the canvas and the HTML page write every date, value and hour the same way") {
    check_same_words({test::shipped_content("en")});
    check_same_words({test::shipped_content("es")});
    check_same_words({test::shipped_content("pt-BR")});
    check_same_words({test::shipped_content("ht")});
    check_same_words({test::shipped_pseudo_content()});
}

TEST_CASE("languages are data: a pseudo-locale derived from en.json passes the checker and renders") {
    using namespace content;
    const std::string en_text = test::read_file(test::data_file("en.json"));
    const std::string xa_text = test::pseudo_locale(en_text);
    const LoadResult en = load_sheet(en_text), xa = load_sheet(xa_text);
    INFO(content_test::list_errors(xa));
    REQUIRE(xa.ok());
    CHECK(xa.sheet.lang == "en-XA");
    // The checker's cross-file rules hold as for a real translation: same structure, same
    // citations, a passage for each.
    CHECK(check_parity_detailed(en.sheet, xa.sheet).empty());
    const EvidenceResult evidence = load_evidence(test::read_file(test::data_file("evidence.json")));
    CHECK(check_evidence(evidence.evidence, {&en.sheet, &xa.sheet}).empty());
    // Longer, as many translations are.
    CHECK(test::code_points(xa.sheet.sections[1].title) * 10 >= test::code_points(en.sheet.sections[1].title) * 13);
    // The HTML rendition: its language, its words, its dates.
    const std::string html = html::render_html(load_sheet(test::shipped_pseudo_content()).sheet);
    CHECK(html.find("<html lang=\"en-XA\"") != std::string::npos);
    CHECK(html.find(xa.sheet.meta.title) != std::string::npos);
    CHECK(html.find(present::date(xa.sheet, xa.sheet.meta.reviewed)) != std::string::npos);
    CHECK(html.find("D\xC4\x93\xC4\x89") != std::string::npos);  // "Dēĉ": its own month names
    CHECK(visible(html).find('{') == std::string::npos);              // every placeholder filled
}
