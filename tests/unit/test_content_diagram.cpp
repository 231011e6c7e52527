// test_content_diagram.cpp: diagram blocks (an explorable picture: "phone" or "day"): how they
// load, each validation error with its JSON pointer, parity between languages, and their HTML.
#include "test_content_support.h"

#include "html/html.h"

using namespace factsheet::content;
using namespace factsheet::html;
using namespace content_test;

namespace {

// The fixture's day diagram (section "numbers", after the chart).
json& diagram(json& doc) { return doc["sections"][2]["blocks"][1]; }
const std::string kPath = "/sections/2/blocks/1";

json phone_diagram() {
    return json::parse(R"({"id": "app", "type": "diagram", "kind": "phone", "title": "What the app keeps",
        "caption": "Tap an item.", "items": [
          {"id": "face", "label": "Face photo", "text": "A selfie at each check-in.[^S1]", "confidence": "high"},
          {"id": "voice", "label": "Voice", "text": "Sometimes a voice check.[^S2]", "confidence": "low"}]})");
}

}  // namespace

TEST_CASE("diagram: the fixture's day diagram loads with its items, confidence and hours") {
    const LoadResult r = load(small_fixture());
    INFO(list_errors(r));
    REQUIRE(r.ok());
    const Block& b = r.sheet.sections[2].blocks[1];
    CHECK(b.type == BlockType::Diagram);
    CHECK(b.diagram_kind == factsheet::content::DiagramKind::Day);
    CHECK(b.title == "A day at the library");
    REQUIRE(b.diagram_items.size() == 3);
    const DiagramItem& open = b.diagram_items[0];
    CHECK(open.id == "open");
    CHECK(open.confidence == Confidence::High);
    REQUIRE(open.hours.size() == 1);
    CHECK(open.hours[0].from == 9);
    CHECK(open.hours[0].to == 17);
    const DiagramItem& ret = b.diagram_items[1];
    CHECK(ret.confidence == Confidence::Medium);
    REQUIRE(ret.hours.size() == 2);
    CHECK(ret.hours[0].moment());
    CHECK(ret.hours[0].from == doctest::Approx(22.5));
    CHECK(ret.hours[1].to == doctest::Approx(5.5));  // crosses midnight
    CHECK(b.diagram_items[2].confidence == Confidence::Low);
    CHECK_FALSE(b.note.empty());
}

TEST_CASE("diagram: a phone diagram needs no hours and may not have them") {
    json doc = small_fixture();
    doc["sections"][2]["blocks"].push_back(phone_diagram());
    CHECK(load(doc).ok());
    doc["sections"][2]["blocks"][2]["items"][0]["hours"] = json::array({{{"from", 1}}});
    check_single_error(load(doc), "/sections/2/blocks/2/items/0/hours", "unknown field \"hours\"");
}

TEST_CASE("diagram errors: kind, required fields, items") {
    json doc = small_fixture();
    diagram(doc)["kind"] = "clock";
    check_has_error(load(doc), kPath + "/kind", "expected one of \"phone\", \"day\", found the string \"clock\"");
    doc = small_fixture();
    diagram(doc).erase("caption");
    check_single_error(load(doc), kPath + "/caption", "required field \"caption\" is missing");
    doc = small_fixture();
    diagram(doc)["items"] = json::array();
    check_single_error(load(doc), kPath + "/items", "expected an array of at least 1 item, found an empty array");
    doc = small_fixture();
    diagram(doc)["y_unit"] = "hours";
    check_single_error(load(doc), kPath + "/y_unit", "unknown field \"y_unit\"");
    doc = small_fixture();
    json many = json::array();
    for (int i = 0; i < 13; ++i) {
        json item = diagram(doc)["items"][0];
        item["id"] = "item-" + std::to_string(i);
        many.push_back(item);
    }
    diagram(doc)["items"] = many;
    check_single_error(load(doc), kPath + "/items", "expected at most 12 items, found 13");
}

TEST_CASE("diagram errors: every item cites a source and says how sure it is") {
    json doc = small_fixture();
    diagram(doc)["items"][0]["text"] = "The doors open at 9.";
    check_single_error(load(doc), kPath + "/items/0/text", "expected at least one citation marker");
    doc = small_fixture();
    diagram(doc)["items"][0]["text"] = "The doors open at 9.[^S9]";
    check_has_error(load(doc), kPath + "/items/0/text", "S9");
    doc = small_fixture();
    diagram(doc)["items"][1].erase("confidence");
    check_single_error(load(doc), kPath + "/items/1/confidence", "required field \"confidence\" is missing");
    doc = small_fixture();
    diagram(doc)["items"][1]["confidence"] = "certain";
    check_single_error(load(doc), kPath + "/items/1/confidence", "expected one of \"high\", \"medium\", \"low\"");
    doc = small_fixture();
    diagram(doc)["items"][2]["label"] = std::string(41, 'x');
    check_single_error(load(doc), kPath + "/items/2/label", "expected at most 40");
    doc = small_fixture();
    diagram(doc)["items"][2]["id"] = "open";
    check_single_error(load(doc), kPath + "/items/2/id", "duplicate item id \"open\"");
    doc = small_fixture();
    diagram(doc)["items"][2]["id"] = "Not An Id";
    check_single_error(load(doc), kPath + "/items/2/id", "expected");
}

TEST_CASE("diagram errors: hours are ranges or moments within the day") {
    json doc = small_fixture();
    diagram(doc)["items"][0].erase("hours");
    check_single_error(load(doc), kPath + "/items/0/hours", "required field \"hours\" is missing");
    doc = small_fixture();
    diagram(doc)["items"][0]["hours"][0]["from"] = 25;
    check_single_error(load(doc), kPath + "/items/0/hours/0/from", "expected an hour from 0 to 24");
    doc = small_fixture();
    diagram(doc)["items"][0]["hours"][0]["from"] = 24;
    check_single_error(load(doc), kPath + "/items/0/hours/0/from", "below 24");
    doc = small_fixture();
    diagram(doc)["items"][0]["hours"][0]["to"] = "5 pm";
    check_single_error(load(doc), kPath + "/items/0/hours/0/to", "found the string \"5 pm\"");
    doc = small_fixture();
    diagram(doc)["items"][0]["hours"][0]["to"] = 9;
    check_single_error(load(doc), kPath + "/items/0/hours/0/to", "other than \"from\"");
    doc = small_fixture();
    diagram(doc)["items"][0]["hours"][0] = json::object({{"at", 3}});
    const LoadResult r = load(doc);
    check_has_error(r, kPath + "/items/0/hours/0/at", "unknown field \"at\"");
    check_has_error(r, kPath + "/items/0/hours/0/from", "required field \"from\" is missing");
    doc = small_fixture();
    diagram(doc)["items"][0]["hours"][0] = 9;
    check_single_error(load(doc), kPath + "/items/0/hours/0", "expected an hour range (an object)");
}

TEST_CASE("diagram errors: a sheet with pictures needs their interface strings") {
    json doc = small_fixture();
    doc["ui"].erase("confidence_low");
    check_single_error(load(doc), "/ui/confidence_low", "required ui key \"confidence_low\" is missing");
    doc = small_fixture();
    doc["ui"].erase("figure_hint");
    check_single_error(load(doc), "/ui/figure_hint", "the sheet has a chart or diagram");
    // Without diagrams, the confidence wordings are not needed; without pictures, no figure keys.
    doc = small_fixture();
    doc["sections"][2]["blocks"].erase(1);
    for (const char* key : {"confidence_high", "confidence_medium", "confidence_low"}) doc["ui"].erase(key);
    CHECK(load(doc).ok());
    doc["sections"].erase(2);
    doc["sections"].erase(2);  // and the timeline's section, which followed it
    for (const char* key : {"figure_hint", "figure_previous", "figure_next"}) doc["ui"].erase(key);
    INFO(list_errors(load(doc)));
    CHECK(load(doc).ok());
}

TEST_CASE("diagram parity: same kind, items, confidence, hours and sources in both languages") {
    const json en = small_fixture();
    json es = as_translation(en, "es");
    auto parity = [&](const json& other) { return parity_errors(en, other); };
    // Wording may differ, and so may where the markers sit.
    diagram(es)["items"][1]["label"] = "Buzón de devoluciones";
    diagram(es)["items"][1]["text"] = "Se vacía[^S3] hacia las 22:30 y al amanecer.[^S2]";
    CHECK(parity(es).empty());
    json x = es;
    diagram(x)["items"][1]["confidence"] = "high";
    auto errors = parity(x);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == kPath + "/items/1/confidence");
    x = es;
    diagram(x)["items"][0]["hours"][0]["to"] = 18;
    errors = parity(x);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == kPath + "/items/0/hours");
    x = es;
    diagram(x)["items"][1]["text"] = "Se vacía hacia las 22:30.[^S2]";
    errors = parity(x);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].path == kPath + "/items/1/text");
    x = es;
    std::swap(diagram(x)["items"][0], diagram(x)["items"][1]);
    errors = parity(x);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0].path == kPath + "/items/0/id");
    x = es;
    diagram(x)["items"].erase(2);
    errors = parity(x);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0].path == kPath + "/items");
    x = es;
    diagram(x)["kind"] = "phone";
    for (json& item : diagram(x)["items"]) item.erase("hours");
    errors = parity(x);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0].path == kPath + "/kind");
}

TEST_CASE("diagram html: a figure with its caption and the items as a list, with hours and confidence") {
    const LoadResult r = load(small_fixture());
    REQUIRE(r.ok());
    const std::string html = render_html(r.sheet, {});
    const std::size_t at = html.find("<figure class=\"diagram\" id=\"opening-day\">");
    REQUIRE(at != std::string::npos);
    const std::string fig = html.substr(at, html.find("</figure>", at) - at);
    CHECK(fig.find("<figcaption><strong>A day at the library</strong> When the doors open") != std::string::npos);
    CHECK(fig.find("<li><strong>Open</strong> (9 am\u20135 pm): The doors open") != std::string::npos);
    // Moments and ranges across midnight; labels escaped.
    CHECK(fig.find("<strong>Book return &lt;emptied&gt;</strong> (10:30 pm, 11 pm\u20135:30 am)") != std::string::npos);
    CHECK(fig.find("(12 am\u2013midnight)") != std::string::npos);
    CHECK(fig.find("<span class=\"confidence\">(not confirmed)</span>") != std::string::npos);
    CHECK(fig.find("href=\"#src-S2\"") != std::string::npos);
    CHECK(fig.find("<p class=\"note\">Hours change in summer.") != std::string::npos);
    // Spanish hours are on the 24-hour clock: the Spanish file's way of writing hours.
    json doc = small_fixture();
    doc["lang"] = "es";
    const json es_ui = json::parse(read_text(source_path("data/es.json")))["ui"];
    for (const char* key : {"hour", "hour_minutes", "hour_am", "hour_pm", "hour_end_of_day"}) doc["ui"][key] = es_ui[key];
    const LoadResult es = load(doc);
    REQUIRE(es.ok());
    const std::string es_html = render_html(es.sheet, {});
    CHECK(es_html.find("(22:30, 23:00\u201305:30)") != std::string::npos);
    CHECK(es_html.find("(00:00\u201324:00)") != std::string::npos);
}
