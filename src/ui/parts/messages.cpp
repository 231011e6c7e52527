// messages.cpp: a short message at the bottom of the screen, and the error screen shown instead
// of the document when the content did not load.
#include <algorithm>

#include "imgui.h"
#include "ui/parts/parts.h"

namespace factsheet::ui {
namespace {
// Shown when no content loaded, so it cannot come from the content's own strings.
constexpr const char* kErrorTitle = "This fact sheet could not be loaded / No se pudo cargar esta hoja";
}  // namespace

void draw_toast(const Part& p, const std::string& text) {
    const Metrics& m = p.m;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    const TextStyle st{p.fonts.bold, m.body_size, m.line_height};
    const float pad = m.body_size * 0.8f;
    const TextBlock tb = layout_plain(text, st, m.column_w - 2 * pad);
    const float w = tb.width + 2 * pad, h = tb.height + 2 * pad;
    const float x = (m.viewport_w - w) * 0.5f, y = m.viewport_h - h - m.margin * 2;
    // Inverted colours (text on heading colour) so the message stands out in every theme.
    dl->AddRectFilled(ImVec2(x, y), ImVec2(x + w, y + h), to_imgui(p.th.heading), pad * 0.6f);
    p.pieces(dl, tb, st.font, st.size, x + pad, y + pad, to_imgui(p.th.background));
}

void draw_error_screen(const Part& p, const std::vector<content::Error>& errors) {
    const Metrics& m = p.m;
    if (!p.fonts.regular) return;  // nothing can be written without a font; the page says why
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const TextStyle h{p.fonts.bold, m.h2_size, m.h2_size * 1.3f};
    const TextStyle body{p.fonts.regular, m.small_size, m.small_size * 1.45f};
    float y = m.margin;
    auto put = [&](const TextBlock& tb, const TextStyle& st, ImU32 c) {
        p.pieces(dl, tb, st.font, st.size, m.column_x, y, c);
        y += tb.height + m.paragraph_gap * 0.5f;
    };
    put(layout_plain(kErrorTitle, h, m.column_w), h, to_imgui(p.th.heading));
    const size_t shown = std::min<size_t>(errors.size(), 20);
    for (size_t i = 0; i < shown; ++i) put(layout_plain(content::format_error(errors[i]), body, m.column_w), body, to_imgui(p.th.text));
    if (errors.size() > shown)
        put(layout_plain("\xE2\x80\xA6 +" + std::to_string(errors.size() - shown), body, m.column_w), body, to_imgui(p.th.muted));
}

}  // namespace factsheet::ui
