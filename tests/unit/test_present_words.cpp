// test_present_words.cpp: numbers, values, dates and hours as each language's content file says
// to write them (present/words.h), the same for the canvas and the HTML rendition.
#include "test_content_support.h"

#include "present/words.h"

using namespace factsheet::content;
using namespace factsheet::present;
using namespace content_test;

namespace {

const std::string kNbsp = "\xC2\xA0";

Sheet data_sheet(const std::string& lang) {
    const LoadResult r = load_sheet(read_text(source_path("data/" + lang + ".json")));
    REQUIRE(r.ok());
    return r.sheet;
}

Date day(int y, int m = 0, int d = 0) {
    Date out;
    out.year = y;
    out.month = m;
    out.day = d;
    return out;
}

}  // namespace

TEST_CASE("words: values and tick labels are written the way US readers of each language write numbers") {
    const Sheet en = data_sheet("en"), es = data_sheet("es");
    CHECK(number(en, 316700, 1) == "316,700");
    CHECK(number(es, 316700, 1) == "316,700");
    CHECK(number(en, 1700, 1) == "1,700");
    CHECK(number(es, 1700, 1) == "1,700");  // US Spanish, not the RAE's "1700"
    CHECK(number(en, 4.41, 2) == "4.41");
    CHECK(number(es, 4.41, 2) == "4.41");
    CHECK(number(en, 440, 1) == "440");
    CHECK(value(en, 87000, Qualifier::About) == "about 87,000");
    CHECK(value(es, 100000, Qualifier::MoreThan) == "más de 100,000");
    CHECK(value(en, 160000, Qualifier::LessThan) == "fewer than 160,000");
    CHECK(tick(en, 300000) == "300k");
    CHECK(tick(es, 300000) == "300" + kNbsp + "mil");
    CHECK(tick(en, 2500000) == "2.5M");
    CHECK(tick(en, 2000) == "2,000");
    CHECK(tick(es, 500) == "500");
}

TEST_CASE("words: numbers in each language") {
    const Sheet en = data_sheet("en"), es = data_sheet("es");
    CHECK(number(en, 96574) == "96,574");
    CHECK(number(es, 96574) == "96,574");  // as US Spanish readers write it
    CHECK(number(en, 1234567.25) == "1,234,567.25");
    CHECK(number(es, 1234567.25) == "1,234,567.25");
    CHECK(number(en, 2200) == "2,200");
    CHECK(number(es, 2200) == "2,200");
    CHECK(number(en, 950.5) == "950.5");
    CHECK(number(en, 12) == "12");
    CHECK(number(en, 0.004) == "0");
    CHECK(number(en, -0.004) == "0");  // no "-0"
    CHECK(number(en, -2.5) == "-2.5");
    CHECK(number(en, 1e300) == "?");
    CHECK(value_sign(en, 96574, Qualifier::Exact) == "96,574");
    CHECK(value_sign(en, 100000, Qualifier::MoreThan) == ">100,000");
    CHECK(value_sign(es, 183000, Qualifier::About) == "~183,000");
}

TEST_CASE("words: dates and hours in each language, from its content file") {
    const Sheet en = data_sheet("en"), es = data_sheet("es");
    CHECK(date(en, day(2022, 6, 20)) == "Jun 20, 2022");
    CHECK(date(es, day(2022, 6, 20)) == "20 jun. 2022");
    CHECK(date(en, day(2021, 9)) == "Sep 2021");
    CHECK(date(es, day(2021, 9)) == "sept. 2021");
    CHECK(date(en, day(2021)) == "2021");
    CHECK(hour(en, 6.5) == "6:30 am");
    CHECK(hour(en, 23) == "11 pm");
    CHECK(hour(en, 0) == "12 am");
    CHECK(hour(en, 24) == "midnight");
    CHECK(hour(es, 23) == "23:00");
    CHECK(hour(es, 6.5) == "06:30");
    CHECK(hour(es, 24) == "24:00");
    DiagramItem item;
    item.hours = {{9, 17}, {23, -1}};
    CHECK(hours(en, item) == "9 am\u20135 pm, 11 pm");
}

TEST_CASE("words: a template's placeholder is filled once; a missing one still shows the value") {
    CHECK(fill("as of {date}", "date", "Jun 2022") == "as of Jun 2022");
    CHECK(fill("Source {n}", "n", "3") == "Source 3");
    CHECK(fill("as of", "date", "Jun 2022") == "as of Jun 2022");
    const Template t = split("From {org}, not part of this fact sheet:", "org");
    CHECK(t.found);
    CHECK(t.before == "From ");
    CHECK(t.after == ", not part of this fact sheet:");
}
