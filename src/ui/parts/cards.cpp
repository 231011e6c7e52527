// cards.cpp: the cards the menu opens: the sheet's address as a QR code, "Remove this sheet from
// this phone", and Print.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/parts/parts.h"

namespace factsheet::ui {

// Dark modules on white with the 4-module quiet zone in every theme, as large as the card allows,
// each module a whole number of device pixels; the address written under it, and Close.
bool draw_qr_card(const Part& p, float dpr, const present::QrMatrix& qr, const std::string& address, Hit& rect, bool opened_now) {
    const Metrics& m = p.m;
    const float pad = CardFrame::padding(m), inner = CardFrame::inner_width(m);
    const TextStyle bold{p.fonts.bold, m.body_size, m.line_height};
    const TextStyle small{p.fonts.regular, m.small_size, m.small_size * 1.45f};
    const TextBlock title = layout_plain(p.ui("qr_title"), bold, inner);
    const TextBlock written = layout_plain(address, small, inner);
    const float text_h = title.height + pad * 0.5f + pad * 0.5f + written.height + pad * 0.5f + m.tap_min + 2 * pad;
    const int modules = qr.size > 0 ? qr.size + 2 * present::kQrQuietZone : 0;
    float side = 0, module = 0;
    if (modules > 0) {
        const float room = std::min(inner, m.viewport_h - text_h - pad);
        const float device_px = std::floor(room * dpr / static_cast<float>(modules));
        module = std::max(1.0f, device_px) / dpr;
        side = module * static_cast<float>(modules);
    }
    const CardFrame card(p, "qr-card", text_h + side, opened_now);
    float cy = card.y + pad;
    p.pieces(card.dl, title, bold.font, bold.size, card.x + pad, cy, to_imgui(p.th.heading));
    cy += title.height + pad * 0.5f;
    if (modules > 0) {
        // Snapped to device pixels so no module is blurred into its neighbours.
        const float qx = std::round((card.x + (card.w - side) * 0.5f) * dpr) / dpr;
        const float qy = std::round(cy * dpr) / dpr;
        card.dl->AddRectFilled(ImVec2(qx, qy), ImVec2(qx + side, qy + side), IM_COL32(255, 255, 255, 255));
        const float q0 = static_cast<float>(present::kQrQuietZone);
        for (int my = 0; my < qr.size; ++my)
            for (int mx = 0; mx < qr.size; ++mx)
                if (qr.at(mx, my)) {
                    const ImVec2 a(qx + (mx + q0) * module, qy + (my + q0) * module);
                    card.dl->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32(0, 0, 0, 255));
                }
        rect = Hit{qx, qy, side, side, p.ui("qr_title")};
        cy += side;
    }
    cy += pad * 0.5f;
    p.pieces(card.dl, written, small.font, small.size, card.x + pad, cy, to_imgui(p.th.text));
    cy += written.height + pad * 0.5f;
    const bool close = p.button(card.dl, "close", p.ui("close"), card.x + pad, cy, inner, ButtonStyle::Outline);
    return close || card.tapped_above();
}

// What it removes, what it cannot and how to remove that, before anything is done; then Remove
// and leave, or Close. The text is at body size when it fits the screen, else at the small size.
ChoiceResult draw_remove_card(const Part& p, bool opened_now) {
    ChoiceResult r;
    const Metrics& m = p.m;
    const float pad = CardFrame::padding(m), inner = CardFrame::inner_width(m);
    const char* keys[] = {"remove_removes", "remove_cannot", "remove_android", "remove_iphone"};
    std::vector<TextBlock> blocks;
    TextBlock heading;
    float h = 0, size = m.body_size;
    for (int attempt = 0; attempt < 2; ++attempt) {
        size = attempt == 0 ? m.body_size : m.small_size;
        const TextStyle body{p.fonts.regular, size, size * 1.45f};
        const TextStyle bold{p.fonts.bold, size, size * 1.45f};
        heading = layout_plain(p.ui("remove_sheet"), bold, inner);
        blocks.clear();
        h = pad + heading.height + pad * 0.5f;
        for (const char* k : keys) {
            blocks.push_back(layout_plain(p.ui(k), body, inner));
            h += blocks.back().height + pad * 0.5f;
        }
        h += m.tap_min + pad;
        if (h <= m.viewport_h) break;
    }
    const CardFrame card(p, "remove-card", h, opened_now);
    float cy = card.y + pad;
    auto put = [&](const TextBlock& tb, ImFont* font, ImU32 c) {
        p.pieces(card.dl, tb, font, size, card.x + pad, cy, c);
        cy += tb.height + pad * 0.5f;
    };
    // The buttons always stay on screen; text that does not fit above them is cut off there.
    const float buttons_y = std::min(card.y + h - m.tap_min - pad, m.viewport_h - m.tap_min - pad);
    card.dl->PushClipRect(ImVec2(0, 0), ImVec2(m.viewport_w, buttons_y - pad * 0.25f), true);
    put(heading, p.fonts.bold, to_imgui(p.th.heading));
    for (const TextBlock& b : blocks) put(b, p.fonts.regular, to_imgui(p.th.text));
    card.dl->PopClipRect();
    const float gapw = pad * 0.5f;
    const float bw = (inner - gapw) * 0.5f;
    r.first = p.button(card.dl, "remove-go", p.ui("remove_confirm"), card.x + pad, buttons_y, bw, ButtonStyle::Primary);
    r.close = p.button(card.dl, "close", p.ui("close"), card.x + pad + bw + gapw, buttons_y, bw, ButtonStyle::Outline);
    r.close = r.close || card.tapped_above();
    return r;
}

// Print: the key points on one page (the handout a reader hands on), or the whole sheet.
ChoiceResult draw_print_card(const Part& p, bool opened_now) {
    ChoiceResult r;
    const Metrics& m = p.m;
    const float pad = CardFrame::padding(m), inner = CardFrame::inner_width(m), gap = pad * 0.5f;
    const TextStyle bold{p.fonts.bold, m.body_size, m.line_height};
    const TextBlock title = layout_plain(p.ui("print"), bold, inner);
    const CardFrame card(p, "print-card", pad + title.height + gap + 3 * (m.tap_min + gap) + pad, opened_now);
    float cy = card.y + pad;
    p.pieces(card.dl, title, bold.font, bold.size, card.x + pad, cy, to_imgui(p.th.heading));
    cy += title.height + gap;
    r.first = p.button(card.dl, "print-key-points", p.ui("print_key_points"), card.x + pad, cy, inner, ButtonStyle::Primary);
    cy += m.tap_min + gap;
    r.second = p.button(card.dl, "print-whole", p.ui("print_whole"), card.x + pad, cy, inner, ButtonStyle::Outline);
    cy += m.tap_min + gap;
    r.close = p.button(card.dl, "close", p.ui("close"), card.x + pad, cy, inner, ButtonStyle::Outline);
    r.close = r.close || card.tapped_above();
    return r;
}

}  // namespace factsheet::ui
