// test_content_data.cpp: the real data/en.json and data/es.json: valid, in parity, and every key
// figure and chart point dated and sourced.
#include "test_content_support.h"

#include "html/html.h"

using namespace factsheet::content;
using namespace factsheet::html;
using namespace content_test;

namespace {

bool load_data(const std::string& lang, Sheet& out) {
    const std::string path = source_path("data/" + lang + ".json");
    REQUIRE_MESSAGE(file_exists(path), path << " is missing");
    const LoadResult r = load_sheet(read_text(path));
    INFO(path << ":\n" << list_errors(r));
    CHECK(r.ok());
    CHECK(r.sheet.lang == lang);
    out = r.sheet;
    return r.ok();
}

void check_numbers_are_sourced(const Sheet& s) {
    for (const Section& section : s.sections) {
        for (const Block& b : section.blocks) {
            CAPTURE(b.id);
            if (b.type == BlockType::Figure) {
                CHECK(b.as_of.year >= 1900);
                CHECK_FALSE(b.sources.empty());
                for (const std::string& id : b.sources) CHECK(s.find_source(id) != nullptr);
            }
            if (b.type == BlockType::Chart) {
                for (const ChartSeries& series : b.series) {
                    for (const ChartPoint& p : series.points) {
                        CHECK(p.value > 0);
                        CHECK_FALSE(p.sources.empty());
                    }
                }
            }
        }
    }
}

}  // namespace

TEST_CASE("data: en.json and es.json are valid and in parity") {
    Sheet en, es;
    const bool have_en = load_data("en", en);
    const bool have_es = load_data("es", es);
    if (!have_en || !have_es) return;
    const auto errors = check_parity_detailed(en, es);
    std::string listed;
    for (const auto& e : errors) listed += std::string(e.in_b ? "  es.json:" : "  en.json:") + format_error(e.error) + "\n";
    INFO("parity errors:\n" << listed);
    CHECK(errors.empty());
}

TEST_CASE("data: every key figure has an as_of date and a source; every chart point a source") {
    for (const char* lang : {"en", "es"}) {
        Sheet s;
        if (!load_data(lang, s)) continue;
        CAPTURE(lang);
        check_numbers_are_sourced(s);
    }
}

TEST_CASE("data: the HTML page of each language renders with every section") {
    for (const char* lang : {"en", "es"}) {
        Sheet s;
        if (!load_data(lang, s)) continue;
        const std::string html = render_html(s, {});
        CHECK(html.find(std::string("<html lang=\"") + lang + "\"") != std::string::npos);
        for (const Section& section : s.sections) {
            CAPTURE(section.id);
            CHECK(html.find("<section id=\"" + section.id + "\"") != std::string::npos);
        }
    }
}
