// app_print.cpp: the menu's Print card: the whole sheet, or its key points on one page (the
// handout a reader hands on: every section's key points, the practical section's numbers and the
// QR code of the sheet's address, in the reader's language). The page prints its HTML rendition.
#include <algorithm>

#include "imgui.h"
#include "ui/card.h"
#include "present/qr.h"
#include "ui/app.h"
#include "ui/text_layout.h"
#include "ui/widgets.h"

namespace factsheet::ui {

void App::print(bool key_points_only) {
    card_ = Card::None;
    if (!host_) return;
    // The sheet's address in this language, without the section: a handout is the whole sheet's.
    const std::string address = host_->address("");
    host_->print(key_points_only, address, present::qr_svg(present::qr_code(address), 4, sheet_.ui_text("qr_title")));
}

void App::draw_print_card() {
    const Metrics& m = metrics_;
    const Theme& th = theme(theme_);
    const CardBox box = card_box(m);
    const float pad = box.pad, inner = box.inner, gap = pad * 0.5f;
    const TextStyle bold{fonts_.bold, m.body_size, m.line_height};
    const TextBlock title = layout_plain(sheet_.ui_text("print"), bold, inner);
    const float h = pad + title.height + gap + 3 * (m.tap_min + gap) + pad;
    const float y = std::max(0.0f, m.viewport_h - h);
    ImDrawList* dl = begin_card("print-card", m, th, box.x, y, box.w, pad);
    float cy = y + pad;
    draw_pieces(dl, title, bold.font, bold.size, box.x + pad, cy, to_imgui(th.heading));
    cy += title.height + gap;
    const bool key_points =
        card_button(dl, "print-key-points", sheet_.ui_text("print_key_points"), box.x + pad, cy, inner, ButtonStyle::Primary);
    cy += m.tap_min + gap;
    const bool whole = card_button(dl, "print-whole", sheet_.ui_text("print_whole"), box.x + pad, cy, inner, ButtonStyle::Outline);
    cy += m.tap_min + gap;
    const bool close = card_button(dl, "close", sheet_.ui_text("close"), box.x + pad, cy, inner, ButtonStyle::Outline);
    const bool outside = tapped_above(y);
    ImGui::End();
    if (key_points || whole) print(key_points);
    else if (close || outside) card_ = Card::None;
}

}  // namespace factsheet::ui
