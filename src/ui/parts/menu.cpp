// menu.cpp: the menu panel under the header: the languages, contents and the word list, text size, theme,
// sharing and leaving no trace, then every section's details and printing (last: fewer readers
// use them, and on a small phone they scroll into view).
#include <algorithm>
#include <cmath>
#include <string>

#include "imgui.h"
#include "ui/parts/parts.h"

namespace factsheet::ui {

MenuResult draw_menu(const Part& p, const MenuModel& model, MenuScroll& scroll) {
    MenuResult r;
    const Metrics& m = p.m;
    const Theme& th = p.th;
    const float top = m.header_h;
    ImGui::SetNextWindowPos(ImVec2(0, top));
    ImGui::SetNextWindowSize(ImVec2(m.viewport_w, m.viewport_h - top));
    ImGui::Begin("menu-panel", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
    if (!ImGui::IsWindowFocused()) ImGui::SetWindowFocus();  // Tab stays inside while it is open
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float w = std::min(m.viewport_w, m.column_w + 2 * m.margin);
    const float x0 = (m.viewport_w - w) * 0.5f + m.margin;
    const float inner = w - 2 * m.margin;
    const float gap = m.body_size * 0.6f;
    const float size = m.body_size;
    const TextStyle label{p.fonts.bold, m.small_size, m.small_size * 1.45f};

    // Measure first, so the panel's background fits what it holds.
    const float row = m.tap_min + gap;
    const float label_h = label.line_height;
    // Theme buttons wrap onto as many rows as the width needs.
    std::string themes[kThemeCount];   // each labelled by its ui string theme_<name>
    for (int i = 0; i < kThemeCount; ++i) themes[i] = p.ui((std::string("theme_") + theme_name(static_cast<ThemeId>(i))).c_str());
    float theme_rows = 1, line_w = 0;
    for (const std::string& t : themes) {
        const float bw = p.button_width(t, m.tap_min);
        if (line_w > 0 && line_w + gap + bw > inner) {
            ++theme_rows;
            line_w = 0;
        }
        line_w += (line_w > 0 ? gap : 0) + bw;
    }
    // Languages, each in its own name, wrapped the same way (only a sheet built with several).
    const std::vector<content::Language>& languages = p.sheet.languages;
    float language_rows = 0;
    line_w = 0;
    for (const content::Language& l : languages) {
        const float bw = p.button_width(l.name, m.tap_min);
        if (language_rows == 0 || (line_w > 0 && line_w + gap + bw > inner)) {
            ++language_rows;
            line_w = 0;
        }
        line_w += (line_w > 0 ? gap : 0) + bw;
    }
    if (languages.size() < 2) language_rows = 0;
    const float panel_h = model.languages_only ? gap + label_h + language_rows * row + gap : gap + row + (model.glossary ? row : 0) + label_h + row + label_h + theme_rows * row + row + row +
                          (model.can_save_offline ? row : 0) + (model.offline_one_language ? label_h : 0) + row +
                          (model.folds ? row : 0) + row + gap;
    scroll.max = std::max(0.0f, panel_h - (m.viewport_h - top));
    scroll.offset = std::clamp(scroll.offset, 0.0f, scroll.max);
    const float panel_bottom = top + panel_h - scroll.offset;
    float y = top + gap - scroll.offset;
    dl->AddRectFilled(ImVec2(0, top), ImVec2(m.viewport_w, m.viewport_h), IM_COL32(0, 0, 0, 110));
    dl->AddRectFilled(ImVec2(0, top), ImVec2(m.viewport_w, panel_bottom), to_imgui(th.background));
    dl->AddRectFilled(ImVec2(0, panel_bottom - 1), ImVec2(m.viewport_w, panel_bottom), to_imgui(th.rule));
    dl->PushClipRect(ImVec2(0, top), ImVec2(m.viewport_w, m.viewport_h), true);

    auto put_label = [&](const std::string& text) {
        dl->AddText(label.font, label.size, ImVec2(x0, y), to_imgui(th.muted), text.c_str());
        p.texts.push_back(text);
        y += label_h;
    };
    auto button = [&](const char* id, const std::string& text, float x, float bw, ButtonStyle st, const std::string& hit_label) {
        const bool pressed = draw_button(dl, id, text, x, y, bw, m.tap_min, size, p.fonts.bold, th, st).pressed;
        // Tab onto a button scrolled out of the panel brings it into view.
        if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible) {
            if (y < top) scroll.offset -= top - y + gap;
            else if (y + m.tap_min > m.viewport_h) scroll.offset += y + m.tap_min - m.viewport_h + gap;
        }
        if (y + m.tap_min > top && y < m.viewport_h) {
            p.hits.push_back({x, std::max(y, top), bw, std::min(y + m.tap_min, m.viewport_h) - std::max(y, top), hit_label});
            p.texts.push_back(text);
        }
        return pressed;
    };
    auto entry = [&](const char* id, const std::string& text, MenuAction action) {
        if (button(id, text, x0, inner, ButtonStyle::Plain, text)) r.action = action;
        y += row;
    };

    // Wrapped buttons, left to right: x moves on, y to the next row when a button would not fit.
    float x = x0;
    auto wrapped = [&](const char* id, int i, const std::string& text, bool selected) {
        const float bw = p.button_width(text, m.tap_min);
        if (x > x0 && x + bw > x0 + inner) {
            x = x0;
            y += row;
        }
        ImGui::PushID(i);
        const bool pressed = button(id, text, x, bw, selected ? ButtonStyle::Selected : ButtonStyle::Outline, text);
        ImGui::PopID();
        x += bw + gap;
        return pressed;
    };

    // Opened by the header's language button: the languages alone, each in its own name.
    if (model.languages_only) {
        put_label(p.ui("languages"));
        x = x0;
        for (std::size_t i = 0; i < languages.size(); ++i) {
            if (wrapped("lang", static_cast<int>(i), languages[i].name, languages[i].lang == p.sheet.lang)) {
                r.action = MenuAction::Language;
                r.language = languages[i].lang;
            }
        }
        y += row;
    } else {
        entry("contents", p.ui("contents"), MenuAction::Contents);
        if (model.glossary) entry("glossary", p.sheet.find_section("glossary")->title, MenuAction::Glossary);

        // Text size: A- and A+ in 25% steps, 100% to 200%, with the size between them.
        put_label(p.ui("text_smaller") + " / " + p.ui("text_larger"));
        const float step_w = std::max(m.tap_min * 1.4f, inner * 0.3f);
        if (button("smaller", "A\xE2\x80\x93", x0, step_w, ButtonStyle::Outline, p.ui("text_smaller"))) r.action = MenuAction::Smaller;
        const std::string pct = std::to_string(model.percent) + " %";
        const float pw = measure(p.fonts.bold, size, pct);
        dl->AddText(p.fonts.bold, size, ImVec2(x0 + inner * 0.5f - pw * 0.5f, y + (m.tap_min - size * 1.36f) * 0.5f),
                    to_imgui(th.text), pct.c_str());
        p.texts.push_back(pct);
        if (button("larger", "A+", x0 + inner - step_w, step_w, ButtonStyle::Outline, p.ui("text_larger"))) r.action = MenuAction::Larger;
        y += row;

        // Theme: each of the palette's (light, dark, high contrast); the current one is filled.
        put_label(p.ui("theme"));
        x = x0;
        for (int i = 0; i < kThemeCount; ++i) {
            const ThemeId id = static_cast<ThemeId>(i);
            if (wrapped("theme", i, themes[i], model.theme == id)) {
                r.action = MenuAction::Theme;
                r.theme = id;
            }
    }
    y += row;

    entry("share", p.ui("share"), MenuAction::Share);
    entry("qr", p.ui("show_qr"), MenuAction::Qr);
    if (model.can_save_offline) entry("save", p.ui("save_offline"), MenuAction::Save);
    // Save-Data: what the copy kept for reading without internet holds (web/worker/sw.js).
    if (model.offline_one_language) put_label(p.ui("offline_one_language"));
    entry("remove", p.ui("remove_sheet"), MenuAction::Remove);
    // For the reader who wants everything: every section's details at once, or none again.
    if (model.folds) entry("details", p.ui(model.all_open ? "details_none" : "details_all"), MenuAction::Details);
    entry("print", p.ui("print"), MenuAction::Print);
    }

    dl->PopClipRect();
    // A tap below the panel closes it (not the tap that opened it, which was in the header).
    const ImVec2 pressed_at = ImGui::GetIO().MouseClickedPos[0];
    if (r.action == MenuAction::None && ImGui::IsMouseReleased(0) && pressed_at.y > panel_bottom && !model.dragging)
        r.action = MenuAction::Close;
    ImGui::End();
    return r;
}

}  // namespace factsheet::ui
