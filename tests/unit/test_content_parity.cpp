// test_content_parity.cpp: the two languages must describe the same sheet: ids, ui keys, numbers.
#include "test_content_support.h"

using namespace factsheet::content;
using namespace content_test;

namespace {

Sheet fixture_sheet(const std::string& lang) {
    json doc = lang == "en" ? small_fixture() : as_translation(small_fixture(), lang);
    const LoadResult r = load(doc);
    REQUIRE(r.ok());
    return r.sheet;
}

std::string list(const std::vector<ParityError>& errors) {
    std::string out;
    for (const auto& e : errors) out += std::string(e.in_b ? "  b" : "  a") + " " + format_error(e.error) + "\n";
    return out.empty() ? "  (none)\n" : out;
}

// Exactly one parity error, in the expected sheet, at path, with part in its message.
void check_single(const std::vector<ParityError>& errors, bool in_b, const std::string& path, const std::string& part) {
    INFO("parity errors:\n" << list(errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].in_b == in_b);
    CHECK(errors[0].error.path == path);
    CHECK(errors[0].error.message.find(part) != std::string::npos);
}

}  // namespace

TEST_CASE("parity: a translation with the same structure and numbers passes") {
    Sheet en = fixture_sheet("en");
    Sheet es = fixture_sheet("es");
    es.meta.title = "Biblioteca de Example Town";
    es.sections[0].title = "Resumen";
    es.sections[0].blocks[1].value = "12.345";  // the same digits, Spanish grouping
    es.sections[0].blocks[1].unit = "préstamos";
    es.ui["menu"] = "Menú";
    CHECK(check_parity(en, es).empty());
    CHECK(check_parity_detailed(en, es).empty());
}

TEST_CASE("parity: both files declaring one language") {
    check_single(check_parity_detailed(fixture_sheet("en"), fixture_sheet("en")), true, "/lang", "both files declare lang \"en\"");
}

TEST_CASE("parity: missing sections point to the file that lacks them") {
    const Sheet en = fixture_sheet("en");
    Sheet es = fixture_sheet("es");
    es.sections.erase(es.sections.begin() + 1);
    check_single(check_parity_detailed(en, es), true, "/sections",
                 "missing section \"voices\" (the en sheet has it at /sections/1)");
    // The other way round the path points into the first sheet.
    check_single(check_parity_detailed(es, en), false, "/sections",
                 "missing section \"voices\" (the en sheet has it at /sections/1)");
    // check_parity keeps the same errors without the side.
    const auto plain = check_parity(en, es);
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].path == "/sections");
}

TEST_CASE("parity: sections in another order") {
    const Sheet en = fixture_sheet("en");
    Sheet es = fixture_sheet("es");
    std::swap(es.sections[0], es.sections[1]);
    check_single(check_parity_detailed(en, es), true, "/sections/0",
                 "section \"voices\" is out of order (the en sheet has \"overview\" here)");
}

TEST_CASE("parity: ui keys") {
    const Sheet en = fixture_sheet("en");
    Sheet es = fixture_sheet("es");
    es.ui.erase("share");
    check_single(check_parity_detailed(en, es), true, "/ui", "missing ui key \"share\" (the en sheet has it)");
    es = fixture_sheet("es");
    es.ui["extra_key"] = "Solo en español";
    check_single(check_parity_detailed(en, es), false, "/ui", "missing ui key \"extra_key\" (the es sheet has it)");
}

TEST_CASE("parity: blocks missing, moved, reordered or of another type") {
    const Sheet en = fixture_sheet("en");
    Sheet es = fixture_sheet("es");
    es.sections[1].blocks.erase(es.sections[1].blocks.begin() + 1);
    check_single(check_parity_detailed(en, es), true, "/sections/1/blocks",
                 "missing block \"note-hours\" (the en sheet has it at /sections/1/blocks/1)");

    es = fixture_sheet("es");
    es.sections[0].blocks.push_back(es.sections[1].blocks[2]);
    es.sections[1].blocks.pop_back();
    check_single(check_parity_detailed(en, es), true, "/sections/0/blocks/4",
                 "block \"plain-callout\" is in section \"overview\" here but in \"voices\" in the en sheet");

    es = fixture_sheet("es");
    std::swap(es.sections[0].blocks[2], es.sections[0].blocks[3]);
    check_single(check_parity_detailed(en, es), true, "/sections/0/blocks/2",
                 "block \"steps\" is out of order (the en sheet has \"services\" here)");

    es = fixture_sheet("es");
    es.sections[0].blocks[0].type = BlockType::Callout;
    check_single(check_parity_detailed(en, es), true, "/sections/0/blocks/0/type", "has a different type");
}

TEST_CASE("parity: key figures keep their digits, date and sources") {
    const Sheet en = fixture_sheet("en");
    Sheet es = fixture_sheet("es");
    es.sections[0].blocks[1].value = "12.346";
    check_single(check_parity_detailed(en, es), true, "/sections/0/blocks/1/value",
                 "value \"12.346\" does not match the en sheet's \"12,345\"");
    // Scale words differ between languages; the significant digits do not.
    Sheet en_b = fixture_sheet("en");
    es = fixture_sheet("es");
    en_b.sections[0].blocks[1].value = "about $2.2 billion";
    es.sections[0].blocks[1].value = "unos 2200 millones de d\xC3\xB3lares";
    CHECK(check_parity(en_b, es).empty());
    es.sections[0].blocks[1].value = "unos 2300 millones de d\xC3\xB3lares";
    check_single(check_parity_detailed(en_b, es), true, "/sections/0/blocks/1/value", "expected the same significant digits");
    es = fixture_sheet("es");
    es.sections[0].blocks[1].as_of.year = 2022;
    es.sections[0].blocks[1].as_of.text = "2022";
    check_single(check_parity_detailed(en, es), true, "/sections/0/blocks/1/as_of",
                 "as_of \"2022\" does not match the en sheet's \"2023\"");
    es = fixture_sheet("es");
    es.sections[0].blocks[1].sources = {"S3"};
    check_single(check_parity_detailed(en, es), true, "/sections/0/blocks/1/sources", "sources [\"S3\"] differ");
}

TEST_CASE("parity: charts keep series, point counts, dates, values and qualifiers") {
    const Sheet en = fixture_sheet("en");
    Sheet es = fixture_sheet("es");
    ChartSeries& adults = es.sections[2].blocks[0].series[0];
    adults.points[1].value = 951;
    check_single(check_parity_detailed(en, es), true, "/sections/2/blocks/0/series/0/points/1/value",
                 "value 951 does not match the en sheet's 950.5");

    es = fixture_sheet("es");
    es.sections[2].blocks[0].series[0].points.pop_back();
    check_single(check_parity_detailed(en, es), true, "/sections/2/blocks/0/series/0/points",
                 "has 1 points, the en sheet has 2");

    es = fixture_sheet("es");
    es.sections[2].blocks[0].series[1].points[0].date = es.sections[2].blocks[0].series[1].points[1].date;
    check_single(check_parity_detailed(en, es), true, "/sections/2/blocks/0/series/1/points/0/date",
                 "date \"2023-06\" does not match the en sheet's \"2023-05\"");

    es = fixture_sheet("es");
    es.sections[2].blocks[0].series[1].points[1].qualifier = Qualifier::Exact;
    check_single(check_parity_detailed(en, es), true, "/sections/2/blocks/0/series/1/points/1/qualifier",
                 "qualifier differs");

    es = fixture_sheet("es");
    es.sections[2].blocks[0].series[1].id = "kids";
    const auto errors = check_parity_detailed(en, es);
    INFO(list(errors));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].error.message.find("missing series \"children\"") != std::string::npos);
    CHECK(errors[0].in_b);
    CHECK(errors[1].error.message.find("missing series \"kids\"") != std::string::npos);
    CHECK_FALSE(errors[1].in_b);
}
