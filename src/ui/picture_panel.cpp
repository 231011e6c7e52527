// picture_panel.cpp: the detail panel's layout, drawing and buttons.
#include "ui/picture_controls.h"

#include <algorithm>

#include "ui/text_layout.h"
#include "ui/widgets.h"
#include "present/words.h"

namespace factsheet::ui {
namespace {

struct DetailLayout {
    TextBlock head, body, foot;
    float height = 0;
};

TextStyle detail_style(const Metrics& m, const Fonts& f) { return TextStyle{f.regular, m.small_size, m.small_size * 1.45f}; }

DetailLayout layout_detail(const MarkDetail& d, const content::Sheet& sheet, const Metrics& m, const Fonts& f, float width) {
    DetailLayout out;
    const TextStyle head{f.bold, m.body_size, m.line_height};
    const TextStyle body = detail_style(m, f);
    const TextStyle cite{f.bold, m.small_size * 0.8f, m.small_size * 1.45f};
    out.head = layout_plain(d.head, head, width);
    out.body = layout_text(d.body, sheet, body, cite, width);
    if (!d.foot.empty()) out.foot = layout_plain(d.foot, body, width);
    out.height = out.head.height + out.body.height + out.foot.height + m.small_size * 0.3f;
    return out;
}

}  // namespace

float panel_height(const Picture& pic, const Metrics& m, const Fonts& f, int selected) {
    const content::Sheet& sheet = pic.sheet();
    const bool chosen = selected >= 0 && selected < static_cast<int>(pic.marks().size());
    const float text = chosen ? layout_detail(pic.describe(selected), sheet, m, f, pic.width()).height
                              : layout_plain(sheet.ui_text("figure_hint"), detail_style(m, f), pic.width()).height;
    return m.tap_min + sizes_for(m).pad * 0.5f + text;
}

void draw_panel(const Picture& pic, float py, PictureControls& c, Painter& p) {
    PictureFrame& f = c.f;
    const Metrics& m = *f.metrics;
    const Theme& th = *f.theme;
    const content::Sheet& sheet = pic.sheet();
    const content::Block& b = pic.block();
    const ImVec2 origin = c.origin;
    const float w = pic.width();
    const int n = static_cast<int>(pic.marks().size());
    int& selected = c.st.selected;
    const float bw = m.tap_min * 1.3f;
    auto arrow = [&](float x, float dir) {  // a plain arrow, drawn: the font has no arrow glyphs
        if (!c.visible) return;
        const float cx = origin.x + x + bw * 0.5f, cy = origin.y + py + m.tap_min * 0.5f, s = m.body_size * 0.45f;
        f.dl->AddLine(ImVec2(cx - s * dir, cy), ImVec2(cx + s * dir, cy), to_imgui(th.accent), 2.5f);
        f.dl->AddTriangleFilled(ImVec2(cx + s * 1.1f * dir, cy), ImVec2(cx + s * 0.2f * dir, cy - s * 0.7f),
                                ImVec2(cx + s * 0.2f * dir, cy + s * 0.7f), to_imgui(th.accent));
    };
    // Previous at the left, Next at the right.
    const struct {
        const char* id;
        const char* words;
        float x;
        int dir;
    } steps[] = {{"prev", "figure_previous", 0, -1}, {"next", "figure_next", w - bw, +1}};
    for (const auto& s : steps) {
        if (draw_button(f.dl, s.id, "", origin.x + s.x, origin.y + py, bw, m.tap_min, m.body_size, f.fonts->bold, th,
                        ButtonStyle::Outline).pressed && n > 0)
            selected = step_mark(selected, n, s.dir);
        arrow(s.x, static_cast<float>(s.dir));
        c.note_focus(c.doc_y + py, m.tap_min);
        c.add_hit(origin.x + s.x, origin.y + py, bw, m.tap_min, sheet.ui_text(s.words) + ": " + b.title);
    }
    if (c.visible) {
        const std::string count = selected >= 0 ? std::to_string(selected + 1) + " / " + std::to_string(n) : "";
        const float cw = p.measure_text(m.small_size, false, count);
        p.text((w - cw) * 0.5f, py + (m.tap_min - m.small_size * 1.2f) * 0.5f, m.small_size, false, th.muted, count);
    }
    float ty = py + m.tap_min + sizes_for(m).pad * 0.5f;
    if (selected < 0) {
        const TextBlock tb = layout_plain(sheet.ui_text("figure_hint"), detail_style(m, *f.fonts), w);
        for (const Piece& pc : tb.pieces) p.text(pc.x, ty + pc.y, m.small_size, false, th.muted, pc.text);
        return;
    }
    const MarkDetail detail = pic.describe(selected);
    const DetailLayout d = layout_detail(detail, sheet, m, *f.fonts, w);
    for (const Piece& pc : d.head.pieces) p.text(pc.x, ty + pc.y, m.body_size, true, th.heading, pc.text);
    ty += d.head.height;
    for (size_t k = 0; k < d.body.pieces.size(); ++k) {
        const Piece& pc = d.body.pieces[k];
        if (!pc.cite) {
            p.text(pc.x, ty + pc.y, m.small_size, false, th.text, pc.text);
            continue;
        }
        p.text(pc.x, ty + pc.y - m.small_size * 0.1f, m.small_size * 0.8f, true, th.accent, pc.text);
        // A citation opens its source, like one in the text.
        const float line_h = m.small_size * 1.45f;
        const float cite_w = std::max(m.tap_min, pc.w), cite_h = std::max(m.tap_min, line_h);
        const float x = std::clamp(origin.x + pc.x + pc.w * 0.5f - cite_w * 0.5f, 0.0f, m.viewport_w - cite_w);
        const float y = origin.y + ty + pc.y + line_h * 0.5f - cite_h * 0.5f;
        ImGui::PushID(static_cast<int>(k));
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        if (ImGui::InvisibleButton("cite", ImVec2(cite_w, cite_h), ImGuiButtonFlags_EnableNav)) {
            f.open_source = pc.source_index;
            f.open_place = detail.place;
        }
        draw_focus_ring(f.dl, x, y, cite_w, cite_h, th);
        c.note_focus(y + f.offset, cite_h);
        if (pc.source_index >= 0 && static_cast<size_t>(pc.source_index) < sheet.sources.size()) {
            const content::Source& s = sheet.sources[static_cast<size_t>(pc.source_index)];
            c.add_hit(x, y, cite_w, cite_h, present::fill(sheet.ui_text("citation_label"), "n", std::to_string(pc.source_index + 1)) + ": " + s.publisher);
        }
        ImGui::PopID();
    }
    ty += d.body.height;
    for (const Piece& pc : d.foot.pieces) p.text(pc.x, ty + pc.y, m.small_size, true, th.muted, pc.text);
}

}  // namespace factsheet::ui
