// test_options_embed.cpp: the embedded sheet's address options (src/options/embed_options.h, the
// reference of web/embedded.js): what a campaign page's iframe address does to the sheet.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "options/embed_options.h"

using namespace factsheet::options;

namespace {

EmbedPage page(const std::string& lang = "en", bool app = false) {
    EmbedPage p;
    p.lang = lang;
    p.app_page = app;
    p.section_ids = {"what-is-atd", "ankle-monitors", "smartlink", "phone-and-visits", "alternative-or-addition",
                     "recommendations", "about"};
    return p;
}

std::vector<std::string> keys(const EmbedResult& r) {
    std::vector<std::string> out;
    for (const Warning& w : r.warnings) out.push_back(w.key);
    return out;
}

}  // namespace

TEST_CASE("without embed=1 nothing is read and nothing is warned") {
    const EmbedResult r = read_embed_options("?theme=purple&embed=true", page());
    CHECK_FALSE(r.embedded);
    CHECK(r.warnings.empty());
    CHECK_FALSE(read_embed_options("?embed=0&embed=1", page()).embedded);  // the first embed counts
}

TEST_CASE("the README's iframe: es.html?embed=1&section=smartlink shows that section") {
    const EmbedResult r = read_embed_options("?embed=1&section=smartlink", page("es"));
    CHECK(r.embedded);
    CHECK_FALSE(r.redirect.has_value());
    CHECK(r.warnings.empty());
    CHECK(r.options.section == "smartlink");
    CHECK(r.options.theme == "auto");
    CHECK(r.options.text == 100);
    CHECK(r.options.id == "factsheet");
}

TEST_CASE("theme=purple is ignored with a warning naming it, and the theme stays auto") {
    const EmbedResult r = read_embed_options("?embed=1&theme=purple", page());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].key == "theme");
    CHECK(r.warnings[0].message == "ignored theme=\"purple\" (light, dark, auto or host)");
    CHECK(r.options.theme == "auto");
}

TEST_CASE("accent=%23c00 is accepted; an accent that does not read is ignored") {
    const EmbedResult red = read_embed_options("?embed=1&accent=%23c00", page());
    CHECK(red.warnings.empty());
    CHECK(red.options.accent == "#c00");
    CHECK(red.options.accent_light);
    CHECK_FALSE(red.options.accent_dark);  // auto: used in light only
    const EmbedResult yellow = read_embed_options("?embed=1&theme=light&accent=%23ffff00", page());
    CHECK_FALSE(yellow.options.accent.has_value());
    REQUIRE(yellow.warnings.size() == 1);
    CHECK(yellow.warnings[0].message == "ignored accent=\"#ffff00\" (contrast below 4.5:1 against the light background)");
    const EmbedResult dark = read_embed_options("?embed=1&theme=dark&accent=%23c00", page());
    CHECK_FALSE(dark.options.accent.has_value());
    CHECK(read_embed_options("?embed=1&accent=c00", page()).warnings[0].message ==
          "ignored accent=\"c00\" (a colour #rgb or #rrggbb)");
}

TEST_CASE("text=250 is rejected; text=150 is taken") {
    const EmbedResult r = read_embed_options("?embed=1&text=250", page());
    CHECK(keys(r) == std::vector<std::string>{"text"});
    CHECK(r.options.text == 100);
    CHECK(read_embed_options("?embed=1&text=150", page()).options.text == 150);
    CHECK(read_embed_options("?embed=1&text=+150", page()).options.text == 100);  // " 150"
    CHECK(read_embed_options("?embed=1&text=099", page()).options.text == 100);
}

TEST_CASE("a call to action without its label is dropped, and a label without it warned") {
    const EmbedResult no_label = read_embed_options("?embed=1&cta=https%3A%2F%2Fexample.org", page());
    CHECK_FALSE(no_label.options.cta.has_value());
    REQUIRE(no_label.warnings.size() == 1);
    CHECK(no_label.warnings[0].message == "ignored cta: it needs cta_label");
    const EmbedResult no_cta = read_embed_options("?embed=1&cta_label=Join+us&cta_org=Org", page());
    CHECK(keys(no_cta) == std::vector<std::string>{"cta_label"});
    CHECK_FALSE(no_cta.options.cta_label.has_value());
    CHECK_FALSE(no_cta.options.cta_org.has_value());
    // A bad cta is warned for itself; its label is not warned again.
    const EmbedResult bad = read_embed_options("?embed=1&cta=http%3A%2F%2Fexample.org&cta_label=Join", page());
    CHECK(keys(bad) == std::vector<std::string>{"cta"});
    const EmbedResult good = read_embed_options(
        "?embed=1&cta=https%3A%2F%2Fexample.org%2Fact&cta_label=+Firme+la+carta+&cta_org=Coalici%C3%B3n+Ejemplo", page());
    CHECK(good.warnings.empty());
    CHECK(good.options.cta == "https://example.org/act");
    CHECK(good.options.cta_label == " Firme la carta ");  // trimmed where it is shown
    CHECK(good.options.cta_org == "Coalici\xC3\xB3n Ejemplo");
}

TEST_CASE("call-to-action texts: 1 to 60 characters once trimmed, no control characters") {
    const std::string cta = "?embed=1&cta=https%3A%2F%2Fexample.org&cta_label=";
    CHECK(read_embed_options(cta + std::string(60, 'x'), page()).options.cta.has_value());
    CHECK(keys(read_embed_options(cta + std::string(61, 'x'), page())) == std::vector<std::string>{"cta_label", "cta"});
    CHECK(keys(read_embed_options(cta + "%20%20", page())) == std::vector<std::string>{"cta_label", "cta"});
    CHECK(keys(read_embed_options(cta + "a%0Ab", page())) == std::vector<std::string>{"cta_label", "cta"});
    // 30 emoji are 60 UTF-16 units; 31 are too many.
    std::string emoji;
    for (int i = 0; i < 31; ++i) emoji += "%F0%9F%98%80";
    CHECK(keys(read_embed_options(cta + emoji, page())) == std::vector<std::string>{"cta_label", "cta"});
    CHECK(read_embed_options(cta + emoji.substr(12), page()).warnings.empty());
}

TEST_CASE("section=does-not-exist is ignored, naming the sections there are") {
    const EmbedResult r = read_embed_options("?embed=1&section=does-not-exist", page());
    CHECK_FALSE(r.options.section.has_value());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].message.rfind("ignored section=\"does-not-exist\" (one of what-is-atd, ankle-monitors, ", 0) == 0);
    CHECK(keys(read_embed_options("?embed=1&section=sources", page())) == std::vector<std::string>{"section"});
}

TEST_CASE("duplicate keys: the first counts") {
    const EmbedResult r = read_embed_options("?embed=1&theme=dark&theme=purple&text=150&text=250", page());
    CHECK(r.warnings.empty());
    CHECK(r.options.theme == "dark");
    CHECK(r.options.text == 150);
}

TEST_CASE("compact, id, childId and origin") {
    CHECK(read_embed_options("?embed=1&compact", page()).options.compact);
    CHECK(read_embed_options("?embed=1&compact=true", page()).options.compact);
    CHECK_FALSE(read_embed_options("?embed=1&compact=0", page()).options.compact);
    CHECK(keys(read_embed_options("?embed=1&compact=maybe", page())) == std::vector<std::string>{"compact"});
    const EmbedResult ids = read_embed_options("?embed=1&id=factsheet-2&childId=pym:box.1", page());
    CHECK(ids.options.id == "factsheet-2");
    CHECK(ids.options.pym_id == "pym:box.1");
    const EmbedResult bad_ids = read_embed_options("?embed=1&id=a%20b&childId=a%20b", page());
    CHECK(keys(bad_ids) == std::vector<std::string>{"id"});  // childId falls back silently
    CHECK(bad_ids.options.pym_id == "factsheet");
    CHECK(read_embed_options("?embed=1&origin=http%3A%2F%2F127.0.0.1%3A8080", page()).options.origin == "http://127.0.0.1:8080");
    CHECK(keys(read_embed_options("?embed=1&origin=https%3A%2F%2Fexample.org%2F", page())) == std::vector<std::string>{"origin"});
}

TEST_CASE("the other language and the app page hand over, keeping every other option") {
    const EmbedResult es = read_embed_options("?embed=1&lang=es&section=smartlink&theme=purple", page("en"));
    CHECK(es.redirect == "es.html?embed=1&section=smartlink&theme=purple");
    CHECK(es.warnings.empty());  // the Spanish page warns about the theme
    const EmbedResult app = read_embed_options("?embed=1&lang=fr&text=150", page("en", true));
    CHECK(app.redirect == "en.html?embed=1&text=150");
    CHECK(keys(app) == std::vector<std::string>{"lang"});
    CHECK_FALSE(read_embed_options("?embed=1&lang=en", page("en")).redirect.has_value());
}

TEST_CASE("the language link keeps the options and sets text and section from the sheet's state") {
    CHECK(link_query("?embed=1&lang=en&text=250&theme=dark&section=nope", 125, std::string("smartlink")) ==
          "embed=1&text=125&theme=dark&section=smartlink");
    CHECK(link_query("?embed=1&text=150&section=smartlink", 100, std::nullopt) == "embed=1");
}

TEST_CASE("the accepted options written back read the same, without warnings") {
    const EmbedResult r = read_embed_options(
        "?embed=1&id=f-1&childId=box&origin=https%3A%2F%2Fexample.org&theme=light&compact&accent=%237a1f6b"
        "&section=about&text=175&cta=+https%3A%2F%2Fexample.org%2Fa+b&cta_label=Join&cta_org=Org&foo=bar",
        page());
    REQUIRE(r.warnings.empty());
    const EmbedResult again = read_embed_options(to_query(r.options), page());
    CHECK(again.warnings.empty());
    CHECK(again.options == r.options);
}
