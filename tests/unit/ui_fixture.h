// ui_fixture.h: a headless app for the UI tests: the shipped (subset) fonts and real content,
// Dear ImGui running frames with no GPU, and a host that records what the app asked for.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "content/evidence.h"
#include "content/loader.h"
#include "content/rules.h"
#include "pseudo_locale.h"
#include "ui/app.h"

#ifndef FACTSHEET_SOURCE_DIR
#error "tests need FACTSHEET_SOURCE_DIR"
#endif
#ifndef FACTSHEET_FONT_DIR
#error "tests need FACTSHEET_FONT_DIR"
#endif

namespace test {

inline std::string read_file(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline std::vector<unsigned char> read_bytes(const std::string& path) {
    const std::string s = read_file(path);
    return std::vector<unsigned char>(s.begin(), s.end());
}

inline std::string data_file(const std::string& name) { return std::string(FACTSHEET_SOURCE_DIR) + "/data/" + name; }

// The languages of data/, as the build finds them: each file named after a language tag.
inline std::vector<factsheet::content::Language> data_languages() {
    std::vector<factsheet::content::Language> out;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(FACTSHEET_SOURCE_DIR) + "/data")) {
        const std::string stem = entry.path().stem().string();
        if (entry.path().extension() != ".json" || !factsheet::content::is_language_tag(stem)) continue;
        const auto r = factsheet::content::load_sheet(read_file(entry.path().string()));
        out.push_back({stem, r.sheet.ui_text("lang_name")});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.lang < b.lang; });
    return out;
}

// The content file as the web build makes it: data/<lang>.json with the passages it cites and
// the languages built beside it.
inline std::string shipped_content(const std::string& lang) {
    const std::string text = read_file(data_file(lang + ".json"));
    const auto sheet = factsheet::content::load_sheet(text);
    const auto evidence = factsheet::content::load_evidence(read_file(data_file("evidence.json")));
    return factsheet::content::bundle(text, sheet.sheet, evidence.evidence, data_languages());
}

// That file in the two parts the site ships (factsheet-check --bundle): the sheet without
// "evidence", and the passages in the form of data/evidence.json.
inline factsheet::content::BuiltContent shipped_content_apart(const std::string& lang) {
    const std::string text = read_file(data_file(lang + ".json"));
    const auto sheet = factsheet::content::load_sheet(text);
    const auto evidence = factsheet::content::load_evidence(read_file(data_file("evidence.json")));
    return factsheet::content::build_content(text, sheet.sheet, evidence.evidence, data_languages());
}

// The en-XA pseudo-locale (pseudo_locale.h), built like a shipped file beside en and es.
inline std::string shipped_pseudo_content() {
    const std::string text = pseudo_locale(read_file(data_file("en.json")));
    const auto sheet = factsheet::content::load_sheet(text);
    const auto evidence = factsheet::content::load_evidence(read_file(data_file("evidence.json")));
    auto languages = data_languages();
    languages.push_back({sheet.sheet.lang, sheet.sheet.ui_text("lang_name")});
    return factsheet::content::bundle(text, sheet.sheet, evidence.evidence, languages);
}

// A built content file's text, for HeadlessApp.
struct Content {
    std::string json;
};

struct RecordingHost : factsheet::ui::Host {
    std::vector<std::string> urls, languages, sections, jumps, shares, listened;
    int exits = 0;
    int saves = 0;
    void open_url(const std::string& url) override { urls.push_back(url); }
    void request_language(const std::string& lang) override { languages.push_back(lang); }
    void listen(const std::string& section) override { listened.push_back(section); }
    void section_changed(const std::string& id, const std::string&, bool jumped) override {
        sections.push_back(id);
        if (jumped) jumps.push_back(id);
    }
    void share(const std::string& section) override { shares.push_back(section); }
    void exit_now() override { ++exits; }
    void save_offline() override { ++saves; }
    // The page's address, as web/app/address.js writes it (addressFor): language and section.
    std::string base = "https://sheet.example/";
    std::string lang = "en";
    std::vector<std::string> announced;
    int removals = 0;
    std::string address(const std::string& section) override {
        return base + "?lang=" + lang + (section.empty() ? "" : "#" + section);
    }
    void announce(const std::string& text) override { announced.push_back(text); }
    void remove_from_phone() override { ++removals; }
    std::vector<std::string> passages_asked;  // languages, in the order the app asked
    void request_passages(const std::string& l) override { passages_asked.push_back(l); }
    struct Print {
        bool key_points_only;
        std::string address, qr_svg;
    };
    std::vector<Print> prints;
    void print(bool key_points_only, const std::string& address, const std::string& qr_svg) override {
        prints.push_back({key_points_only, address, qr_svg});
    }
};

struct HeadlessApp {
    RecordingHost host;
    factsheet::ui::App app{&host};
    double t = 1.0;  // seconds; tests advance it

    explicit HeadlessApp(float w = 390, float h = 844, float dpr = 3, const std::string& lang = "en")
        : HeadlessApp(w, h, dpr, Content{shipped_content(lang)}) {}
    HeadlessApp(float w, float h, float dpr, const Content& content) {
        app.set_fonts(read_bytes(std::string(FACTSHEET_FONT_DIR) + "/NotoSans-Regular.ttf"),
                      read_bytes(std::string(FACTSHEET_FONT_DIR) + "/NotoSans-Bold.ttf"));
        app.set_content(content.json);
        app.set_viewport(w, h, dpr);
        settle();
    }

    // One frame 1/60 s after the last.
    void frame() {
        t += 1.0 / 60.0;
        app.frame(t);
    }

    // Runs frames while the app wants them; returns how many (bounded, so a bug cannot hang).
    int settle(int limit = 2000) {
        int n = 0;
        while (app.wants_frame() && n < limit) {
            frame();
            ++n;
        }
        return n;
    }

    // A key pressed and released, then frames until the app is idle.
    void press(int key) {
        app.key(key, true, false, false, false, false);
        frame();
        app.key(key, false, false, false, false, false);
        settle();
    }

    void tap(float x, float y) {
        app.pointer_down(x, y, true, t);
        frame();
        app.pointer_up(x, y, true, t + 0.05);
        settle();
    }

    // A finger drag from y0 to y1 over `seconds`, in small steps at 60 Hz.
    void drag(float x, float y0, float y1, double seconds, bool release = true) {
        const int steps = static_cast<int>(seconds * 60.0) + 1;
        app.pointer_down(x, y0, true, t);
        frame();
        for (int i = 1; i <= steps; ++i) {
            app.pointer_move(x, y0 + (y1 - y0) * static_cast<float>(i) / steps, true, t);
            frame();
        }
        if (release) app.pointer_up(x, y1, true, t);
    }

    const factsheet::ui::App::Hit* hit(const std::string& label) const {
        for (const auto& h : app.last_hits())
            if (h.label == label) return &h;
        return nullptr;
    }
};

}  // namespace test
