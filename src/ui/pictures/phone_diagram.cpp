// phone_diagram.cpp: the SmartLINK phone: a phone outline with one row per item (a pictogram,
// the label, how sure), then the key to the confidence marks under it.
#include <algorithm>

#include "ui/pictures/kinds.h"
#include "ui/pictures/mark_words.h"
#include "ui/text_layout.h"

namespace factsheet::ui {
namespace {

const content::Confidence kLevels[] = {content::Confidence::High, content::Confidence::Medium, content::Confidence::Low};

class PhoneDiagram final : public Picture {
public:
    explicit PhoneDiagram(const PictureArgs& a) : Picture(a) { layout(); }
    void draw(Painter& p, float progress, int selected) const override;

private:
    void layout();
    // The phone's frame, in font units: bezel at the sides, above and below the screen.
    float bezel() const { return z_.em * 0.6f; }
    float top() const { return z_.em * 2.0f; }
    float bottom() const { return z_.em * 1.75f; }
    float phone_x_ = 0, phone_w_ = 0, phone_h_ = 0;
    float key_y_ = 0;  // the confidence key under the phone
    // Where an item's words go in its row: beside its icon and its confidence mark, or, where that
    // column would be too narrow for words (a 320 px phone at 200% text), under them, row-wide.
    bool under_ = false;
    float text_x_ = 0, text_w_ = 0;
    float icon_y(const Mark& mk) const { return under_ ? mk.y + z_.em * 0.3f + z_.line * 0.5f : mk.cy; }
};

void PhoneDiagram::layout() {
    const Sizes& z = z_;
    phone_w_ = std::min(w_, z.em * 18);
    phone_x_ = (w_ - phone_w_) * 0.5f;
    const float inset = z.em * 0.5f, gap = z.em * 0.35f;
    float y = top() + inset;
    const float row_w = phone_w_ - 2 * (bezel() + inset);
    under_ = row_w - z.label * 4.2f < z.label * 7;
    text_x_ = under_ ? z.label * 0.6f : z.label * 2.6f;
    text_w_ = under_ ? row_w - z.label * 1.2f : row_w - z.label * 4.2f;
    for (size_t i = 0; i < b_.diagram_items.size(); ++i) {
        const float th = layout_plain(b_.diagram_items[i].label, TextStyle{f_.bold, z.label, z.line}, text_w_).height;
        Mark mk = mark(-1, static_cast<int>(i));
        mk.x = phone_x_ + bezel() + inset;
        mk.y = y;
        mk.w = row_w;
        mk.h = under_ ? z.em * 0.3f + z.line * 1.2f + th + z.em * 0.5f : std::max(m_.tap_min + z.em * 0.25f, th + z.em * 0.8f);
        mk.cx = mk.x + mk.w * 0.5f;
        mk.cy = mk.y + mk.h * 0.5f;
        y += mk.h + gap;
        marks_.push_back(std::move(mk));
    }
    phone_h_ = y + inset + bottom() - gap;
    key_y_ = phone_h_ + z.pad;
    float key_h = 0;
    for (content::Confidence c : kLevels)
        key_h += std::max(z.line, text_height(f_, z.label, w_ - z.label * 2, sheet_.ui_text(confidence_key(c)), z.line)) +
                 z.em * 0.12f;
    height_ = key_y_ + key_h;
}

void PhoneDiagram::draw(Painter& p, float progress, int selected) const {
    const Theme& th = p.th;
    const Sizes& z = z_;
    const float em = z.em;
    if (p.visible) {
        const ImVec2 a = p.at(phone_x_, 0), c = p.at(phone_x_ + phone_w_, phone_h_);
        const float mid = (a.x + c.x) * 0.5f;
        p.dl->AddRectFilled(a, c, to_imgui(th.heading), em * 1.75f);
        p.dl->AddRectFilled(ImVec2(a.x + bezel(), a.y + top()), ImVec2(c.x - bezel(), c.y - bottom()), to_imgui(th.background), em * 0.35f);
        p.dl->AddRectFilled(ImVec2(mid - em * 1.5f, a.y + em * 0.8f), ImVec2(mid + em * 1.5f, a.y + em * 1.2f), to_imgui(th.muted), em * 0.18f);
        p.dl->AddRectFilled(ImVec2(mid - em * 2.1f, c.y - em), ImVec2(mid + em * 2.1f, c.y - em * 0.7f), to_imgui(th.muted), em * 0.18f);
    }
    const size_t n = marks_.size();
    const float round = em * 0.5f;
    for (size_t k = 0; k < n; ++k) {
        const Mark& mk = marks_[k];
        const content::DiagramItem& item = b_.diagram_items[static_cast<size_t>(mk.index)];
        // Rows appear one after another.
        const float local = std::clamp(progress * 1.6f - static_cast<float>(k) / static_cast<float>(n) * 0.6f, 0.0f, 1.0f);
        if (local <= 0) continue;
        const std::uint8_t alpha = static_cast<std::uint8_t>(255 * local);
        const float slide = (1 - local) * em * 0.7f;
        if (p.visible) {
            const bool sel = static_cast<int>(k) == selected;
            p.dl->AddRectFilled(p.at(mk.x + slide, mk.y), p.at(mk.x + mk.w + slide, mk.y + mk.h), to_imgui(sel ? th.pressed : th.surface, alpha), round);
            if (sel) p.dl->AddRect(p.at(mk.x, mk.y), p.at(mk.x + mk.w, mk.y + mk.h), to_imgui(th.accent), round, 0, 2.5f);
            icon(p.dl, item.id, p.at(mk.x + slide + z.label * 1.3f, icon_y(mk)), z.label * 0.62f, series_color(th, static_cast<int>(k)));
            confidence_mark(p.dl, p.at(mk.x + mk.w - z.label * 1.1f + slide, icon_y(mk)), z.label * 0.38f, item.confidence, th.text);
        }
        const float text_x = mk.x + slide + text_x_;
        const TextBlock tb = layout_plain(item.label, TextStyle{p.fonts.bold, z.label, z.line}, text_w_);
        const float ty = (under_ ? mk.y + z.em * 0.3f + z.line * 1.2f : mk.cy - tb.height * 0.5f) + (z.line - z.label * 1.2f) * 0.5f;
        for (const Piece& pc : tb.pieces) p.text(text_x + pc.x, ty + pc.y, z.label, true, th.text, pc.text, alpha);
    }
    // The key to the confidence marks.
    float y = key_y_;
    for (content::Confidence c : kLevels) {
        if (p.visible) confidence_mark(p.dl, p.at(z.label * 0.6f, y + z.line * 0.5f), z.label * 0.38f, c, th.text);
        const TextBlock tb = layout_plain(sheet_.ui_text(confidence_key(c)), TextStyle{p.fonts.regular, z.label, z.line}, w_ - z.label * 2);
        for (const Piece& pc : tb.pieces) p.text(z.label * 1.6f + pc.x, y + pc.y + (z.line - z.label * 1.2f) * 0.5f, z.label, false, th.muted, pc.text);
        y += std::max(z.line, tb.height) + em * 0.12f;
    }
}

}  // namespace

std::unique_ptr<Picture> make_phone_diagram(const PictureArgs& a) { return std::make_unique<PhoneDiagram>(a); }

}  // namespace factsheet::ui
