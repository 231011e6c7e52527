// test_content_data.cpp: the real content files of data/: valid, in parity with en.json, each
// translation saying how it was made, and every key figure and chart point dated and sourced.
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

TEST_CASE("data: every language is valid, in parity with en.json, and says how it was translated") {
    const std::vector<std::string> langs = data_langs();
    REQUIRE(langs.size() >= 4);  // en, es, ht, pt-BR
    Sheet en;
    if (!load_data("en", en)) return;
    CHECK(check_original(en).empty());
    for (std::size_t i = 1; i < langs.size(); ++i) {
        CAPTURE(langs[i]);
        Sheet other;
        if (!load_data(langs[i], other)) continue;
        const auto errors = check_parity_detailed(en, other);
        std::string listed;
        for (const auto& e : errors) listed += std::string(e.in_b ? "  " + langs[i] + ".json:" : "  en.json:") + format_error(e.error) + "\n";
        INFO("parity errors:\n" << listed);
        CHECK(errors.empty());
        CHECK(check_translation(en, other).empty());
    }
}

TEST_CASE("data: every key figure has an as_of date and a source; every chart point a source") {
    for (const std::string& lang : data_langs()) {
        Sheet s;
        if (!load_data(lang, s)) continue;
        CAPTURE(lang);
        check_numbers_are_sourced(s);
    }
}

TEST_CASE("data: the HTML page of each language renders with every section") {
    for (const std::string& lang : data_langs()) {
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
