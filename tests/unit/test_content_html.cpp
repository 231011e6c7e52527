// test_content_html.cpp: the HTML page: golden output, what readers and screen readers get,
// escaping of every string, and nothing a strict Content-Security-Policy would block.
#include "test_content_support.h"

#include <cstdlib>
#include <regex>

#include "html/html.h"

using namespace factsheet::content;
using namespace factsheet::html;
using namespace content_test;

namespace {

Sheet small_sheet() {
    const LoadResult r = load(small_fixture());
    REQUIRE(r.ok());
    return r.sheet;
}

HtmlOptions golden_options() {
    HtmlOptions o;
    o.stylesheet_href = "factsheet.css";
    o.other_languages = {{"es", "Espa\u00f1ol", "es.html"}};
    return o;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("html: golden page for the small fixture (UPDATE_GOLDEN=1 rewrites it)") {
    const std::string html = render_html(small_sheet(), golden_options());
    const std::string golden_path = source_path("tests/fixtures/small.golden.html");
    const char* update = std::getenv("UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        std::ofstream(golden_path, std::ios::binary) << html;
        MESSAGE("rewrote " << golden_path);
    }
    REQUIRE_MESSAGE(file_exists(golden_path), "no golden file; run: UPDATE_GOLDEN=1 unit-tests -tc='html: golden*'");
    const std::string golden = read_text(golden_path);
    if (html != golden) {
        std::size_t at = 0;
        while (at < html.size() && at < golden.size() && html[at] == golden[at]) ++at;
        FAIL_CHECK("page differs from " << golden_path << " at byte " << at << ":\n got: "
                                        << html.substr(at, 120) << "\nwant: " << golden.substr(at, 120));
    }
}

TEST_CASE("html: document head") {
    const std::string html = render_html(small_sheet(), golden_options());
    CHECK(html.rfind("<!doctype html>\n<html lang=\"en\"", 0) == 0);
    CHECK(contains(html, "<meta charset=\"utf-8\">"));
    CHECK(contains(html, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    CHECK(contains(html, "<title>Example Town library</title>"));
    CHECK(contains(html, "<meta name=\"description\" content=\"Numbers about a made-up library"));
    CHECK(contains(html, "<link rel=\"stylesheet\" href=\"factsheet.css\">"));
    CHECK(contains(html, "<link rel=\"alternate\" hreflang=\"es\" href=\"es.html\">"));
    CHECK(contains(html, "<a href=\"es.html\" hreflang=\"es\" lang=\"es\">Espa\xC3\xB1ol</a>"));
    // Without options: no stylesheet, no language link.
    const std::string bare = render_html(small_sheet(), {});
    CHECK_FALSE(contains(bare, "stylesheet"));
    CHECK_FALSE(contains(bare, "hreflang"));
}

TEST_CASE("html: headings, contents and sections") {
    const std::string html = render_html(small_sheet(), {});
    CHECK(count(html, "<h1>") == 1);
    CHECK(contains(html, "<h1>Example Town library</h1>\n<p class=\"subtitle\">A small fixture"));
    CHECK(contains(html, "<a class=\"skip-link\" href=\"#main_content\">Skip to content</a>"));
    CHECK(contains(html, "<main id=\"main_content\">"));
    CHECK(contains(html, "<li><a href=\"#overview\">Overview</a></li>\n<li><a href=\"#voices\">Voices</a></li>"));
    CHECK(contains(html, "<li><a href=\"#sources\">Sources</a></li>"));
    CHECK(contains(html, "<section id=\"voices\" aria-labelledby=\"h_voices\" data-kind=\"reference\">\n<h2 id=\"h_voices\">Voices</h2>"));
    CHECK(count(html, "<section ") == 6);  // five content sections and the sources
}

TEST_CASE("html: blocks use semantic elements") {
    const std::string html = render_html(small_sheet(), {});
    CHECK(contains(html, "<p id=\"intro\">The library opened in 1998.<a href=\"#src-S1\""));
    CHECK(contains(html, "<p class=\"figure\" id=\"loans\"><strong>12,345 loans</strong> books lent in one year"));
    CHECK(contains(html, "(as of <time datetime=\"2023\">2023</time>)"));
    CHECK(contains(html, "<ul id=\"services\">\n<li>Books for all ages</li>"));
    CHECK(contains(html, "<ol id=\"steps\">\n<li>Get a card</li>"));
    CHECK(contains(html, "<figure class=\"quote\" id=\"librarian\">\n<blockquote><p>We lend what people need.</p></blockquote>\n"
                         "<figcaption>A. Reader, Head librarian, <cite>Tools you can borrow</cite><a href=\"#src-S3\""));
    CHECK(contains(html, "<aside class=\"callout\" id=\"note-hours\">\n<h3>Opening hours</h3>"));
    CHECK(contains(html, "<aside class=\"callout\" id=\"plain-callout\">\n<p>No title here.</p>"));
}

TEST_CASE("html: charts are tables readers can navigate") {
    const std::string html = render_html(small_sheet(), {});
    CHECK(contains(html, "<figure class=\"chart\" id=\"visits\">\n<figcaption>Visits counted at the door.</figcaption>"));
    CHECK(contains(html, "<caption>Visits per month (visits)</caption>"));
    CHECK(contains(html, "<th scope=\"col\">Adults</th><th scope=\"col\">Children</th>"));
    // Rows are the union of dates in time order; a series without the date has an empty cell.
    const std::size_t apr = html.find("<th scope=\"row\">Apr 2023</th>");
    const std::size_t may = html.find("<th scope=\"row\">May 2023</th>");
    const std::size_t jun = html.find("<th scope=\"row\">2023-06</th>");
    REQUIRE(apr != std::string::npos);
    REQUIRE(may != std::string::npos);
    REQUIRE(jun != std::string::npos);
    CHECK(apr < may);
    CHECK(may < jun);
    CHECK(contains(html, "<th scope=\"row\">2023-06</th><td></td><td>fewer than 12"));
    CHECK(contains(html, "<td>about 950.5"));  // a qualifier in words, as the canvas panel says it
    CHECK(contains(html, "<td>more than 300"));            // more than
    CHECK(contains(html, "<td>1,200<a href=\"#src-S2\""));
    CHECK(contains(html, "<span class=\"note\">(estimate)</span>"));
    CHECK(contains(html, "<p class=\"note\">May was closed for a week."));
    // Spanish as US Spanish readers write numbers: grouped with a comma, decimal point.
    Sheet es = small_sheet();
    es.lang = "es";
    CHECK(contains(render_html(es, {}), "<td>1,200<a"));
    CHECK(contains(render_html(es, {}), "950.5"));
}

TEST_CASE("html: citations are numbered footnote links in source order") {
    const std::string html = render_html(small_sheet(), {});
    CHECK(contains(html, "<a href=\"#src-S1\" class=\"cite\" aria-label=\"Source 1\">[1]</a>"));
    CHECK(contains(html, "<a href=\"#src-S3\" class=\"cite\" aria-label=\"Source 3\">[3]</a>"));
    CHECK(contains(html, "<section id=\"sources\" aria-labelledby=\"h_sources\">\n<h2 id=\"h_sources\">Sources</h2>\n<ol>\n"
                         "<li id=\"src-S1\">Example Town Council, <cite>Library history</cite>, "
                         "<time datetime=\"2019-06-20\">Jun 20, 2019</time>. "
                         "<a href=\"https://www.example.org/library/history\" rel=\"noopener noreferrer\">"
                         "https://www.example.org/library/history</a></li>"));
    CHECK(contains(html, "<li id=\"src-S2\">Example Town Library, <cite>Annual report 2023</cite>, B. Counter, "
                         "<time datetime=\"2024-01\">Jan 2024</time>.</li>"));
    CHECK(contains(html, "<footer>\n<p class=\"reviewed\">Reviewed <time datetime=\"2024-02-29\">Feb 29, 2024</time></p>\n</footer>"));
    // The list order gives the numbers, so the footnote numbers follow the list.
    CHECK(html.find("<li id=\"src-S1\">") < html.find("<li id=\"src-S2\">"));
}

TEST_CASE("html: every content string is escaped") {
    // Each field gets its own numbered payload, so the test shows each one came out escaped.
    json doc = small_fixture();
    int n = 0;
    auto payload = [&n]() { return "<script>alert(" + std::to_string(++n) + ")</script>\"'&"; };
    doc["meta"]["title"] = payload();
    doc["meta"]["subtitle"] = payload();
    doc["meta"]["description"] = payload();
    for (const char* key : {"skip_to_content", "contents", "sources"}) doc["ui"][key] = payload();
    doc["ui"]["as_of"] = payload() + "{date}";
    doc["ui"]["reviewed"] = payload() + "{date}";
    doc["ui"]["citation_label"] = payload() + "{n}";
    for (auto& section : doc["sections"]) section["title"] = payload();
    json& b0 = doc["sections"][0]["blocks"];
    b0[0]["text"] = payload() + "[^S1]";
    b0[1]["value"] = payload();
    b0[1]["unit"] = payload();
    b0[1]["label"] = payload();
    b0[2]["items"][0] = payload();
    json& b1 = doc["sections"][1]["blocks"];
    b1[0]["text"] = payload();
    b1[0]["speaker"] = payload();
    b1[0]["role"] = payload();
    b1[1]["title"] = payload();
    b1[1]["text"] = payload() + "[^S1]";
    json& chart = doc["sections"][2]["blocks"][0];
    chart["title"] = payload();
    chart["caption"] = payload();
    chart["y_unit"] = payload();
    chart["note"] = payload();
    chart["series"][0]["label"] = payload();
    chart["series"][0]["points"][0]["label"] = payload();
    chart["series"][0]["points"][1]["note"] = payload();
    for (auto& source : doc["sources"]) {
        source["publisher"] = payload();
        source["title"] = payload();
        source["author"] = payload();
    }
    const LoadResult r = load(doc);
    INFO(list_errors(r));
    REQUIRE(r.ok());  // none of this is invalid content: it is text
    const std::string html = render_html(r.sheet, {});
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "\"'"));
    for (int i = 1; i <= n; ++i) {
        CAPTURE(i);
        CHECK(contains(html, "&lt;script&gt;alert(" + std::to_string(i) + ")&lt;/script&gt;&quot;&#39;&amp;"));
    }
}

TEST_CASE("html: ids and addresses from an unvalidated sheet are escaped, and only https is linked") {
    Sheet s = small_sheet();
    s.sections[0].id = "x\"><script>alert(1)</script>";
    s.sources[0].url = "https://www.example.org/\"><script>alert(2)</script>";
    s.sources[1].url = "javascript:alert(3)";
    s.sections[0].blocks[0].text.push_back({Span::Kind::Cite, "", "S404"});
    const std::string html = render_html(s, {});
    CHECK_FALSE(contains(html, "<script"));
    CHECK(contains(html, "id=\"x&quot;&gt;&lt;script&gt;alert(1)"));
    CHECK(contains(html, "href=\"https://www.example.org/&quot;&gt;&lt;script&gt;alert(2)"));
    CHECK_FALSE(contains(html, "href=\"javascript:"));
    CHECK(contains(html, "<span class=\"cite\">[?]</span>"));
}

TEST_CASE("html: nothing a strict Content-Security-Policy forbids") {
    HtmlOptions o = golden_options();
    const std::string html = render_html(small_sheet(), o);
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<style"));
    CHECK_FALSE(std::regex_search(html, std::regex("\\sstyle\\s*=", std::regex::icase)));
    CHECK_FALSE(std::regex_search(html, std::regex("\\son[a-z]+\\s*=", std::regex::icase)));
    CHECK_FALSE(contains(html, "javascript:"));
}

TEST_CASE("html: trusted snippets go where the web build expects them") {
    HtmlOptions o;
    o.head_extra = "<meta name=\"x-head\">\n";
    o.body_start_extra = "<div id=\"x-start\"></div>\n";
    o.body_end_extra = "<div id=\"x-end\"></div>\n";
    const std::string html = render_html(small_sheet(), o);
    CHECK(contains(html, "<meta name=\"x-head\">\n</head>"));
    CHECK(contains(html, "<body>\n<div id=\"x-start\"></div>\n<a class=\"skip-link\""));
    CHECK(contains(html, "<div id=\"x-end\"></div>\n</body>\n</html>\n"));
}

TEST_CASE("html: escape_html") {
    CHECK(escape_html("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&#39;f");
    CHECK(escape_html("caf\xC3\xA9") == "caf\xC3\xA9");
}
