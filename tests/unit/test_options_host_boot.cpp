// test_options_host_boot.cpp: the host page's data-* attributes (src/options/host_options.h, the
// reference of web/embed.js) and the app page's address (boot_options.h, of web/boot.js).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "options/boot_options.h"
#include "options/host_options.h"

using namespace factsheet::options;

TEST_CASE("embed.js: the README's link becomes the iframe address with its options") {
    const std::vector<Param> attributes{{"data-theme", "auto"}};
    const HostResult r = read_host_options(attributes, HostHref{"/es.html", "#smartlink"});
    CHECK(r.warnings.empty());
    CHECK(r.options.lang == "es");
    CHECK(r.options.section == "smartlink");
    CHECK(sheet_url("https://sheet.example/", r.options, "factsheet-1", std::string("https://campaign.example")) ==
          "https://sheet.example/es.html?embed=1&id=factsheet-1&origin=https%3A%2F%2Fcampaign.example&section=smartlink&theme=auto");
    CHECK(frame_title(r.options) == "Hoja informativa: las \u201calternativas a la detenci\u00f3n\u201d de ICE");
}

TEST_CASE("embed.js: bad attributes are warned one by one and not passed on") {
    const std::vector<Param> attributes{{"data-lang", "fr"},        {"data-accent", "red;}"},
                                        {"data-cta", "http://example.org/join"}, {"data-cta-label", "Join us"},
                                        {"data-theme", "neon"},     {"data-compact", "maybe"}};
    const HostResult r = read_host_options(attributes, HostHref{"/en.html", ""});
    CHECK(r.warnings == std::vector<std::string>{
                            "ignored data-lang=\"fr\" (expected en or es)",
                            "ignored data-theme=\"neon\" (expected light, dark, auto or host)",
                            "ignored data-compact=\"maybe\" (expected true or false)",
                            "ignored data-accent=\"red;}\" (expected a colour #rgb or #rrggbb)",
                            "ignored data-cta=\"http://example.org/join\" (expected an https:// address)",
                        });
    CHECK(r.options.lang == "en");  // from the link
    CHECK(sheet_url("https://s.example/", r.options, "factsheet-1", std::nullopt) ==
          "https://s.example/en.html?embed=1&id=factsheet-1");
}

TEST_CASE("embed.js: a label without data-cta is warned; the call to action goes over trimmed") {
    CHECK(read_host_options({{"data-cta-label", "Join"}}, std::nullopt).warnings ==
          std::vector<std::string>{"ignored data-cta-label: it needs data-cta"});
    CHECK(read_host_options({{"data-cta", "https://example.org"}}, std::nullopt).warnings ==
          std::vector<std::string>{"ignored data-cta: it needs data-cta-label"});
    const HostResult r = read_host_options(
        {{"data-cta", "https://example.org/act"}, {"data-cta-label", " Firme "}, {"data-cta-org", " Org "}, {"data-compact", ""}},
        std::nullopt);
    CHECK(sheet_url("https://s.example/", r.options, "f", std::nullopt) ==
          "https://s.example/en.html?embed=1&id=f&compact=1&cta=https%3A%2F%2Fexample.org%2Fact&cta_label=Firme&cta_org=Org");
    CHECK(script_link_href("https://s.example/", r.options) == "https://s.example/en.html");
}

TEST_CASE("boot.js: ?lang= wins, else the reader's languages, else English") {
    CHECK(pick_language("?lang=es", {"en-US"}) == "es");
    CHECK(pick_language("?lang=fr", {"fr-FR", "ES-mx"}) == "es");
    CHECK(pick_language("?lang=ES", {"de"}) == "en");
    CHECK(pick_language("", {}) == "en");
    CHECK(pick_language("?lang=es&lang=en", {}) == "es");
}

TEST_CASE("boot.js: the #section is decoded, and a malformed one is no section") {
    CHECK(section_from_hash("#smartlink") == "smartlink");
    CHECK(section_from_hash("#alternative%2Dor%2Daddition") == "alternative-or-addition");
    CHECK(section_from_hash("") == "");
    CHECK(section_from_hash("#%E0%A4%A") == "");
    CHECK(section_from_hash("#%") == "");
    CHECK(render_continuous("?render=continuous"));
    CHECK_FALSE(render_continuous("?render=Continuous"));
    CHECK(embed_requested("?lang=es&embed=1"));
    CHECK_FALSE(embed_requested("?embed=1 "));
}
