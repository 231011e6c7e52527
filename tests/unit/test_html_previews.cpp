// test_html_previews.cpp: link previews and oEmbed discovery in the page's head: Open Graph and
// Twitter card tags in the page's own language, escaped; relative without a site address (no
// og:url, no canonical), absolute with one; the discovery link to the oEmbed answer.
#include "test_content_support.h"

#include <regex>
#include <sstream>

#include "html/html.h"

using namespace factsheet::content;
using namespace factsheet::html;
using namespace content_test;

namespace {

Sheet sheet_of(const json& doc) {
    const LoadResult r = load(doc);
    REQUIRE(r.ok());
    return r.sheet;
}

HtmlOptions preview_options(const std::string& site) {
    HtmlOptions o;
    o.site_url = site;
    o.page_path = "en.html";
    o.preview_image = "preview-en.png";
    o.oembed_href = "oembed-en.json";
    o.other_languages = {{"es", "", "es.html"}};
    o.alternate_locales = {"es_US"};
    return o;
}

// The content of <meta property|name="key" content="...">, or "" (and a failed check) if absent.
std::string meta(const std::string& html, const std::string& key) {
    std::smatch m;
    const std::regex re("<meta (?:property|name)=\"" + std::regex_replace(key, std::regex(":"), ":") + "\" content=\"([^\"]*)\">");
    if (std::regex_search(html, m, re)) return m[1];
    FAIL_CHECK("no meta " << key);
    return "";
}

std::string head_of(const std::string& html) { return html.substr(0, html.find("</head>")); }

}  // namespace

TEST_CASE("previews: Open Graph and card tags in the page's language, escaped") {
    json doc = small_fixture();
    doc["meta"]["title"] = "Rights & \"records\" <now>";
    doc["meta"]["description"] = "What ICE's app records";
    doc["ui"]["site_name"] = "Fact <sheet>";
    const std::string html = head_of(render_html(sheet_of(doc), preview_options("")));
    CHECK(meta(html, "og:title") == "Rights &amp; &quot;records&quot; &lt;now&gt;");
    CHECK(meta(html, "twitter:title") == "Rights &amp; &quot;records&quot; &lt;now&gt;");
    CHECK(meta(html, "og:description") == "What ICE&#39;s app records");
    CHECK(meta(html, "og:site_name") == "Fact &lt;sheet&gt;");
    CHECK(meta(html, "og:type") == "website");
    CHECK(meta(html, "og:locale") == "en_US");
    CHECK(meta(html, "og:locale:alternate") == "es_US");
    CHECK(meta(html, "twitter:card") == "summary_large_image");
    CHECK(meta(html, "og:image:width") == "1200");
    CHECK(meta(html, "og:image:height") == "630");
    CHECK(meta(html, "og:image:alt").find("Rights &amp;") == 0);
    // No raw content anywhere in the head.
    CHECK(html.find("<now>") == std::string::npos);
    CHECK(html.find("<sheet>") == std::string::npos);

    // Another language's file: its own words, its own locale.
    json es = small_fixture();
    es["lang"] = "es";
    es["meta"]["title"] = "Hoja informativa";
    es["ui"]["og_locale"] = "es_US";
    es["ui"]["site_name"] = "Hoja sobre ATD";
    HtmlOptions o = preview_options("");
    o.alternate_locales = {"en_US"};
    const std::string page = head_of(render_html(sheet_of(es), o));
    CHECK(meta(page, "og:title") == "Hoja informativa");
    CHECK(meta(page, "og:locale") == "es_US");
    CHECK(meta(page, "og:locale:alternate") == "en_US");
    CHECK(meta(page, "og:site_name") == "Hoja sobre ATD");
}

TEST_CASE("previews: without a site address, relative image and no og:url or canonical") {
    const std::string html = head_of(render_html(sheet_of(small_fixture()), preview_options("")));
    CHECK(meta(html, "og:image") == "preview-en.png");
    CHECK(html.find("og:url") == std::string::npos);
    CHECK(html.find("rel=\"canonical\"") == std::string::npos);
    CHECK(html.find("<link rel=\"alternate\" hreflang=\"es\" href=\"es.html\">") != std::string::npos);
    CHECK(html.find("<link rel=\"alternate\" type=\"application/json+oembed\" href=\"oembed-en.json\"") != std::string::npos);
}

TEST_CASE("previews: with a site address, og:url, og:image, canonical, hreflang and oEmbed are absolute") {
    const std::string site = "https://example.org/atd/";
    const std::string html = head_of(render_html(sheet_of(small_fixture()), preview_options(site)));
    CHECK(meta(html, "og:url") == site + "en.html");
    CHECK(meta(html, "og:image") == site + "preview-en.png");
    CHECK(meta(html, "twitter:image") == site + "preview-en.png");
    CHECK(html.find("<link rel=\"canonical\" href=\"" + site + "en.html\">") != std::string::npos);
    CHECK(html.find("<link rel=\"alternate\" hreflang=\"en\" href=\"" + site + "en.html\">") != std::string::npos);
    CHECK(html.find("<link rel=\"alternate\" hreflang=\"es\" href=\"" + site + "es.html\">") != std::string::npos);
    CHECK(html.find("type=\"application/json+oembed\" href=\"" + site + "oembed-en.json\"") != std::string::npos);

    // The app page (the site's root): its canonical address is the site itself.
    HtmlOptions root = preview_options(site);
    root.page_path = "";
    root.other_languages = {{"es", "", "?lang=es"}};
    const std::string index = head_of(render_html(sheet_of(small_fixture()), root));
    CHECK(index.find("<link rel=\"canonical\" href=\"" + site + "\">") != std::string::npos);
    CHECK(meta(index, "og:url") == site);
    CHECK(index.find("hreflang=\"es\" href=\"" + site + "?lang=es\"") != std::string::npos);
}

TEST_CASE("previews: a page without a picture says so to card readers") {
    HtmlOptions o = preview_options("");
    o.preview_image.clear();
    const std::string html = head_of(render_html(sheet_of(small_fixture()), o));
    CHECK(meta(html, "twitter:card") == "summary");
    CHECK(html.find("og:image") == std::string::npos);
}

TEST_CASE("previews: the tags alone, for the root page, are the page's own and nothing else") {
    const std::string site = "https://example.org/atd/";
    HtmlOptions o = preview_options(site);
    o.page_path = "";
    const Sheet sheet = sheet_of(small_fixture());
    const std::string tags = render_preview_tags(sheet, o);
    const std::string head = head_of(render_html(sheet, o));
    CHECK(meta(tags, "og:title") == meta(head, "og:title"));
    CHECK(meta(tags, "og:url") == site);
    CHECK(meta(tags, "og:image") == site + "preview-en.png");
    CHECK(meta(tags, "description") == meta(head, "description"));
    CHECK(tags.find("type=\"application/json+oembed\" href=\"" + site + "oembed-en.json\"") != std::string::npos);
    // Every line of them stands in the full page's head.
    std::istringstream lines(tags);
    for (std::string line; std::getline(lines, line);) CHECK_MESSAGE(head.find(line) != std::string::npos, line);
    // No page around them: no title, no body, no canonical address of a page that is not this one.
    CHECK(tags.find("<title>") == std::string::npos);
    CHECK(tags.find("<body") == std::string::npos);
    CHECK(tags.find("canonical") == std::string::npos);
}
