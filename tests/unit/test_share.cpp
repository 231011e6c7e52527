// test_share.cpp: the sheet's address as a QR code (present/qr.h) and in the app's QR card, and
// "Remove this sheet from this phone": its screen says what it removes and what it cannot
// before anything happens.
#include <doctest/doctest.h>

#include <string>

#include <qrcodegen.hpp>

#include "html/html.h"
#include "imgui.h"
#include "present/qr.h"
#include "ui_fixture.h"

namespace {
using factsheet::present::QrMatrix;

bool drawn(const factsheet::ui::App& app, const std::string& needle) {
    for (const std::string& t : app.last_texts())
        if (t.find(needle) != std::string::npos) return true;
    return false;
}

// A finder pattern (7x7: dark ring, light ring, dark 3x3 centre) with its top-left at (x, y).
bool finder_at(const QrMatrix& m, int x0, int y0) {
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (m.at(x0 + x, y0 + y) != (ring || centre)) return false;
        }
    return true;
}

void tap(test::HeadlessApp& h, const std::string& label) {
    const auto* hit = h.hit(label);
    REQUIRE_MESSAGE(hit != nullptr, label);
    h.tap(hit->x + hit->w / 2, hit->y + hit->h / 2);
}
}  // namespace

TEST_CASE("an address becomes a QR code of the size its length needs, with the three finder patterns") {
    // 45 bytes at level M: version 3 holds at most 42, version 4 (33 modules) 62.
    const std::string url = "https://sheet.example/es.html?lang=es#smartli";
    REQUIRE(url.size() == 45);
    const QrMatrix m = factsheet::present::qr_code(url);
    CHECK(m.size == 33);
    CHECK(finder_at(m, 0, 0));
    CHECK(finder_at(m, m.size - 7, 0));
    CHECK(finder_at(m, 0, m.size - 7));
    CHECK_FALSE(finder_at(m, m.size - 7, m.size - 7));
    // 18 bytes: more than version 1 holds at M (14), so version 2 (25 modules). A different
    // address gives a different code.
    const QrMatrix small = factsheet::present::qr_code("https://a.example/");
    CHECK(small.size == 25);
    CHECK(factsheet::present::qr_code("https://sheet.example/es.html?lang=es#smartlinx").dark != m.dark);
}

TEST_CASE("the code is the one the library's own encoder gives, at every length up to the limit") {
    // qr.cpp builds the data codewords itself (one byte-mode segment at level M, the smallest
    // version); the library's encodeSegments, without raising the level, must agree.
    std::string text = "https://sheet.example/?lang=es#";
    while (text.size() < factsheet::present::kQrMaxBytes) {
        const QrMatrix m = factsheet::present::qr_code(text);
        const std::vector<std::uint8_t> bytes(text.begin(), text.end());
        const auto ref = qrcodegen::QrCode::encodeSegments({qrcodegen::QrSegment::makeBytes(bytes)},
                                                           qrcodegen::QrCode::Ecc::MEDIUM, 1, 40, -1, false);
        REQUIRE(m.size == ref.getSize());
        bool same = true;
        for (int y = 0; y < m.size; ++y)
            for (int x = 0; x < m.size; ++x) same = same && m.at(x, y) == ref.getModule(x, y);
        REQUIRE_MESSAGE(same, text.size());
        text += static_cast<char>('a' + text.size() % 26);
        if (text.size() % 7 == 0) text += "\xC3\xB1";  // UTF-8 too
    }
}

TEST_CASE("no code for an empty or an overlong text, and no crash") {
    CHECK(factsheet::present::qr_code("").size == 0);
    CHECK(factsheet::present::qr_code(std::string(factsheet::present::kQrMaxBytes + 1, 'a')).size == 0);
    CHECK(factsheet::present::qr_code(std::string("a\0b", 3)).size == 0);
    CHECK(factsheet::present::qr_code(std::string(factsheet::present::kQrMaxBytes, '\xff')).size > 0);
    CHECK(factsheet::present::qr_svg(QrMatrix{}, 4, "x").empty());
}

TEST_CASE("the SVG is the same matrix, dark on white with a 4-module quiet zone, and names itself") {
    const QrMatrix m = factsheet::present::qr_code("https://a.example/");
    const std::string svg = factsheet::present::qr_svg(m, 6, "Scan <this>");
    CHECK(svg.find("viewBox=\"0 0 33 33\"") != std::string::npos);  // 25 + 2 x 4
    CHECK(svg.find("width=\"198\"") != std::string::npos);
    CHECK(svg.find("fill=\"#fff\"") != std::string::npos);
    CHECK(svg.find("fill=\"#000\"") != std::string::npos);
    CHECK(svg.find("aria-label=\"Scan &lt;this&gt;\"") != std::string::npos);
    // The top-left finder's first row starts at the quiet zone's edge, 7 modules long.
    CHECK(svg.find("M4 4h7v1h-7z") != std::string::npos);
}

TEST_CASE("Show QR code: the app draws the code of the shared address, large, with the address and Close") {
    for (const auto& lang : test::data_languages()) {
        test::HeadlessApp h(390, 844, 3, lang.lang);
        h.host.lang = lang.lang;
        h.app.jump_to_section("smartlink", false);
        h.settle();
        const auto& ui = h.app.sheet().ui;
        tap(h, ui.at("menu"));
        tap(h, ui.at("show_qr"));
        REQUIRE(h.app.open_card() == factsheet::ui::App::Card::Qr);
        const std::string want = "https://sheet.example/?lang=" + lang.lang + "#smartlink";
        CHECK(h.app.qr_address() == want);
        CHECK(h.app.qr().dark == factsheet::present::qr_code(want).dark);
        CHECK(drawn(h.app, want));
        CHECK(drawn(h.app, ui.at("qr_title")));
        // Large: at least 70 % of the phone's width, and square.
        const auto& r = h.app.qr_rect();
        CHECK(r.w >= 390 * 0.7f);
        CHECK(r.w == doctest::Approx(r.h));
        CHECK(r.x >= 0);
        CHECK(r.x + r.w <= 390);
        CHECK(r.y + r.h <= 844);
        // Screen readers hear it, with the address.
        REQUIRE_FALSE(h.host.announced.empty());
        CHECK(h.host.announced.back().find(want) != std::string::npos);
        tap(h, ui.at("close"));
        CHECK(h.app.open_card() == factsheet::ui::App::Card::None);
        CHECK_FALSE(drawn(h.app, want));
    }
}

TEST_CASE("the QR card closes with Escape and holds the keyboard while open") {
    test::HeadlessApp h;
    const auto& ui = h.app.sheet().ui;
    tap(h, ui.at("menu"));
    tap(h, ui.at("show_qr"));
    REQUIRE(h.app.open_card() == factsheet::ui::App::Card::Qr);
    const float before = h.app.scroll_offset();
    h.press(ImGuiKey_PageDown);  // the page under the card does not move
    CHECK(h.app.scroll_offset() == before);
    h.press(ImGuiKey_Escape);
    CHECK(h.app.open_card() == factsheet::ui::App::Card::None);
}

TEST_CASE("Remove this sheet: one screen first, in the reader's language; only its button removes") {
    for (const auto& lang : test::data_languages()) {
        test::HeadlessApp h(390, 844, 3, lang.lang);
        const auto& ui = h.app.sheet().ui;
        tap(h, ui.at("menu"));
        tap(h, ui.at("remove_sheet"));
        REQUIRE(h.app.open_card() == factsheet::ui::App::Card::Remove);
        CHECK(h.host.removals == 0);
        for (const char* k : {"remove_removes", "remove_cannot", "remove_android", "remove_iphone"})
            CHECK_MESSAGE(drawn(h.app, ui.at(k).substr(0, 12)), k);
        tap(h, ui.at("close"));
        CHECK(h.app.open_card() == factsheet::ui::App::Card::None);
        CHECK(h.host.removals == 0);
        tap(h, ui.at("menu"));
        tap(h, ui.at("remove_sheet"));
        const auto* go = h.hit(ui.at("remove_confirm"));
        REQUIRE(go != nullptr);
        CHECK(go->y + go->h <= 844);  // on screen
        h.tap(go->x + go->w / 2, go->y + go->h / 2);
        CHECK(h.host.removals == 1);
    }
}

TEST_CASE("the remove screen keeps its buttons on screen at 200 % text") {
    test::HeadlessApp h(390, 700, 3, "es");
    h.app.set_text_scale(2.0f);
    h.settle();
    const auto& ui = h.app.sheet().ui;
    tap(h, ui.at("menu"));
    tap(h, ui.at("remove_sheet"));
    const auto* go = h.hit(ui.at("remove_confirm"));
    REQUIRE(go != nullptr);
    CHECK(go->y >= 0);
    CHECK(go->y + go->h <= 700);
    const auto* close = h.hit(ui.at("close"));
    REQUIRE(close != nullptr);
    CHECK(close->y + close->h <= 700);
}

TEST_CASE("the HTML rendition shares the sheet only when it knows its address: the same code, written out") {
    const auto sheet = factsheet::content::load_sheet(test::read_file(test::data_file("es.json"))).sheet;
    const std::string plain = factsheet::html::render_html(sheet);
    CHECK(plain.find("class=\"share\"") == std::string::npos);
    factsheet::html::HtmlOptions o;
    o.share_url = "https://sheet.example/atd/?lang=es";
    const std::string page = factsheet::html::render_html(sheet, o);
    const size_t at = page.find("<section class=\"share\"");
    REQUIRE(at != std::string::npos);
    CHECK(page.find(sheet.ui_text("share_heading"), at) != std::string::npos);
    CHECK(page.find(factsheet::present::qr_svg(factsheet::present::qr_code(o.share_url), 6, sheet.ui_text("qr_title")), at) !=
          std::string::npos);
    CHECK(page.find(">https://sheet.example/atd/?lang=es</a>", at) != std::string::npos);
    CHECK(page.find("<footer>") < at);
    // An address too long for a code: no part, no crash.
    o.share_url = "https://sheet.example/" + std::string(2000, 'a');
    CHECK(factsheet::html::render_html(sheet, o).find("class=\"share\"") == std::string::npos);
}

TEST_CASE("on a 320x568 phone every menu entry, Remove this sheet included, is on screen") {
    for (const auto& lang : test::data_languages()) {
        test::HeadlessApp h(320, 568, 2, lang.lang);
        h.app.set_can_save_offline(true);  // as on the web
        h.settle();
        const auto& ui = h.app.sheet().ui;
        tap(h, ui.at("menu"));
        for (const char* k : {"share", "show_qr", "save_offline", "remove_sheet"}) {
            const auto* hit = h.hit(ui.at(k));
            REQUIRE_MESSAGE(hit != nullptr, k);
            CHECK_MESSAGE(hit->y + hit->h <= 568, k, " ends at ", hit->y + hit->h);
        }
    }
}
