// header.cpp: the bar over the page: the menu (three bars, the universal sign) at the left, Quick
// exit always at the far right, the language list's button left of it, the title in what room is left.
#include <algorithm>
#include <cfloat>
#include <cctype>
#include <cmath>

#include "imgui.h"
#include "ui/parts/parts.h"

namespace factsheet::ui {
namespace {

// Cuts text with an ellipsis to fit a width (UTF-8 safe).
std::string ellipsize(std::string text, ImFont* font, float size, float width) {
    if (measure(font, size, text) <= width) return text;
    const std::string dots = "\xE2\x80\xA6";
    while (!text.empty() && measure(font, size, text + dots) > width) {
        text.pop_back();
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
    }
    return text + dots;
}

}  // namespace

HeaderResult draw_header(const Part& p, bool menu_open) {
    HeaderResult r;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const Theme& th = p.th;
    const Metrics& m = p.m;
    const float h = m.header_h;
    const float size = m.body_size;
    const float by = (h - m.tap_min) * 0.5f;
    const float gap = m.margin * 0.5f;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(m.viewport_w, h), to_imgui(th.surface));
    dl->AddRectFilled(ImVec2(0, h - 1), ImVec2(m.viewport_w, h), to_imgui(th.rule));

    float left = gap;
    r.menu = draw_button(dl, "menu", "", left, by, m.tap_min, m.tap_min, size, p.fonts.bold, th,
                         menu_open ? ButtonStyle::Selected : ButtonStyle::Outline)
                 .pressed;
    const ImU32 bars = to_imgui(menu_open ? th.accent_text : th.accent);
    for (int i = -1; i <= 1; ++i) {
        const float y = std::round(by + m.tap_min * 0.5f + i * m.tap_min * 0.18f);
        dl->AddLine(ImVec2(left + m.tap_min * 0.28f, y), ImVec2(left + m.tap_min * 0.72f, y), bars, 2.5f);
    }
    p.hits.push_back({left, by, m.tap_min, m.tap_min, p.ui("menu")});
    left += m.tap_min + gap;

    // Positions first, then the buttons left to right, so Tab meets them in reading order.
    const std::string& exit_label = p.ui("exit");
    const float exit_w = p.button_width(exit_label, m.tap_min);
    const float exit_x = m.viewport_w - gap - exit_w;
    float right = exit_x - gap;
    // The language list: one button (a globe and the sheet's language) that opens the menu, where
    // every language the content file was built with is listed (content/evidence.h: bundle).
    if (p.sheet.languages.size() > 1) {
        std::string code = p.sheet.lang.substr(0, p.sheet.lang.find('-'));
        for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        const float icon = size * 1.1f;
        const float code_w = measure(p.fonts.bold, size, code);
        const float w = std::max(m.tap_min, icon + size * 0.35f + code_w + size * 1.2f);
        right -= w;
        if (draw_button(dl, "languages", "", right, by, w, m.tap_min, size, p.fonts.bold, th,
                        menu_open ? ButtonStyle::Selected : ButtonStyle::Outline)
                .pressed)
            r.languages = true;
        const ImU32 ink = to_imgui(menu_open ? th.accent_text : th.accent);
        const float left_x = right + (w - icon - size * 0.35f - code_w) * 0.5f;
        const ImVec2 c(left_x + icon * 0.5f, by + m.tap_min * 0.5f);
        const float rad = icon * 0.5f;
        dl->AddCircle(c, rad, ink, 0, 1.6f);
        dl->AddEllipse(c, ImVec2(rad * 0.45f, rad), ink, 0.0f, 0, 1.4f);
        dl->AddLine(ImVec2(c.x - rad, c.y), ImVec2(c.x + rad, c.y), ink, 1.4f);
        const float text_h = p.fonts.bold->CalcTextSizeA(size, FLT_MAX, 0, "Ag").y;
        dl->AddText(p.fonts.bold, size, ImVec2(std::round(left_x + icon + size * 0.35f), std::round(by + (m.tap_min - text_h) * 0.5f)),
                    ink, code.c_str());
        p.hits.push_back({right, by, w, m.tap_min, p.ui("languages")});
        p.texts.push_back(code);
        right -= gap;
    }
    r.exit = draw_button(dl, "exit", exit_label, exit_x, by, exit_w, m.tap_min, size, p.fonts.bold, th, ButtonStyle::Primary)
                 .pressed;
    p.hits.push_back({exit_x, by, exit_w, m.tap_min, exit_label});

    // On the narrowest phones the header keeps only its controls.
    const float title_size = std::min(size * 1.05f, 22.0f);
    const float avail = right - left;
    if (avail >= title_size * 5) {
        const std::string title = ellipsize(p.sheet.meta.title, p.fonts.bold, title_size, avail);
        const float text_h = p.fonts.bold->CalcTextSizeA(title_size, FLT_MAX, 0, "Ag").y;
        dl->AddText(p.fonts.bold, title_size, ImVec2(left, std::round((h - text_h) * 0.5f)), to_imgui(th.heading),
                    title.c_str());
        p.texts.insert(p.texts.begin(), title);
    }
    return r;
}

}  // namespace factsheet::ui
