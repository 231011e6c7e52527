// test_content_load.cpp: a valid file becomes the expected model (spans, dates, qualifiers, defaults).
#include "test_content_support.h"

#include "content/rich_text.h"

using namespace factsheet::content;
using namespace content_test;

namespace {

const Block& block(const Sheet& s, std::size_t section, std::size_t index) { return s.sections.at(section).blocks.at(index); }

}  // namespace

TEST_CASE("content: the small fixture loads without errors") {
    const LoadResult r = load(small_fixture());
    INFO(list_errors(r));
    REQUIRE(r.ok());
    CHECK(r.sheet.lang == "en");
    CHECK(r.sheet.meta.title == "Example Town library");
    CHECK(r.sheet.sections.size() == 5);
    CHECK(r.sheet.sources.size() == 3);
}

TEST_CASE("content: rich text is split into words and citations") {
    const LoadResult r = load(small_fixture());
    REQUIRE(r.ok());
    const RichText& t = block(r.sheet, 0, 0).text;
    REQUIRE(t.size() == 5);
    CHECK(t[0].kind == Span::Kind::Text);
    CHECK(t[0].text == "The library opened in 1998.");
    CHECK(t[1].kind == Span::Kind::Cite);
    CHECK(t[1].source_id == "S1");
    CHECK(t[1].text.empty());
    CHECK(t[2].text == " It lends books and tools.");
    CHECK(t[3].source_id == "S2");
    CHECK(t[4].source_id == "S1");
}

TEST_CASE("content: dates keep their precision") {
    const LoadResult r = load(small_fixture());
    REQUIRE(r.ok());
    const Date& reviewed = r.sheet.meta.reviewed;
    CHECK(reviewed.year == 2024);
    CHECK(reviewed.month == 2);
    CHECK(reviewed.day == 29);  // a leap day is a real date
    CHECK(reviewed.text == "2024-02-29");
    const Date& as_of = block(r.sheet, 0, 1).as_of;
    CHECK(as_of.year == 2023);
    CHECK(as_of.month == 0);
    CHECK(as_of.day == 0);
    CHECK(r.sheet.sources[1].date.text == "2024-01");
    CHECK(r.sheet.sources[1].date.month == 1);
}

TEST_CASE("content: every block type is read with its fields") {
    const LoadResult r = load(small_fixture());
    REQUIRE(r.ok());
    const Block& figure = block(r.sheet, 0, 1);
    CHECK(figure.type == BlockType::Figure);
    CHECK(figure.value == "12,345");
    CHECK(figure.unit == "loans");
    CHECK(plain_text(figure.text) == "books lent in one year");
    CHECK(figure.sources == std::vector<std::string>{"S2"});

    const Block& list = block(r.sheet, 0, 2);
    CHECK(list.type == BlockType::List);
    CHECK_FALSE(list.ordered);  // the default
    REQUIRE(list.items.size() == 2);
    CHECK(list.items[1].back().source_id == "S3");
    CHECK(block(r.sheet, 0, 3).ordered);

    const Block& quote = block(r.sheet, 1, 0);
    CHECK(quote.type == BlockType::Quote);
    CHECK(quote.speaker == "A. Reader");
    CHECK(quote.role == "Head librarian");
    CHECK(quote.sources == std::vector<std::string>{"S3"});

    CHECK(block(r.sheet, 1, 1).title == "Opening hours");
    CHECK(block(r.sheet, 1, 2).title.empty());
}

TEST_CASE("content: chart series, labels and qualifiers") {
    const LoadResult r = load(small_fixture());
    REQUIRE(r.ok());
    const Block& chart = block(r.sheet, 2, 0);
    CHECK(chart.type == BlockType::Chart);
    CHECK(chart.chart_kind == factsheet::content::ChartKind::Line);
    CHECK(chart.y_unit == "visits");
    CHECK(chart.note.back().source_id == "S2");
    REQUIRE(chart.series.size() == 2);
    const ChartSeries& adults = chart.series[0];
    CHECK(adults.id == "adults");
    REQUIRE(adults.points.size() == 2);
    CHECK(adults.points[0].label == "Apr 2023");
    CHECK(adults.points[0].qualifier == Qualifier::Exact);  // the default
    CHECK(adults.points[1].value == 950.5);
    CHECK(adults.points[1].qualifier == Qualifier::About);
    CHECK(adults.points[1].note == "estimate");
    const ChartSeries& children = chart.series[1];
    CHECK(children.points[0].label == "2023-05");  // no label: the date as written
    CHECK(children.points[0].qualifier == Qualifier::MoreThan);
    CHECK(children.points[0].sources == std::vector<std::string>{"S2", "S3"});
    CHECK(children.points[1].qualifier == Qualifier::LessThan);
}

TEST_CASE("content: sheet look-ups") {
    const LoadResult r = load(small_fixture());
    REQUIRE(r.ok());
    REQUIRE(r.sheet.find_source("S2") != nullptr);
    CHECK(r.sheet.find_source("S2")->author == "B. Counter");
    CHECK(r.sheet.find_source("S2")->url.empty());
    CHECK(r.sheet.find_source("S1")->url == "https://www.example.org/library/history");
    CHECK(r.sheet.find_source("S9") == nullptr);
    REQUIRE(r.sheet.find_section("voices") != nullptr);
    CHECK(r.sheet.find_section("voices")->title == "Voices");
    CHECK(r.sheet.find_section("nope") == nullptr);
    CHECK(r.sheet.ui_text("menu") == "Menu");
    // A missing key shows as itself, and the reference outlives the temporary it came from.
    const std::string& missing = r.sheet.ui_text("no_such_key");
    CHECK(missing == "no_such_key");
}

TEST_CASE("content: a UTF-8 byte order mark is accepted") {
    const LoadResult r = load_sheet("\xEF\xBB\xBF" + small_fixture().dump());
    INFO(list_errors(r));
    CHECK(r.ok());
}
