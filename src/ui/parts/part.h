// part.h: what the parts of the app's screen (parts.h: the header, the menu, the cards, the
// messages) draw with, and where they report what they drew: the tap targets and texts the page's
// test hook reads. Each part is a function of what it shows; it returns what the reader did and the
// App acts on it, so the parts hold no state of their own.
#pragma once

#include <string>
#include <vector>

#include "content/sheet.h"
#include "ui/document.h"
#include "ui/hit.h"
#include "ui/metrics.h"
#include "ui/text_layout.h"
#include "ui/theme.h"
#include "ui/widgets.h"

struct ImDrawList;

namespace factsheet::ui {

struct Part {
    const content::Sheet& sheet;
    const Metrics& m;
    const Theme& th;
    const Fonts& fonts;
    std::vector<Hit>& hits;
    std::vector<std::string>& texts;

    const std::string& ui(const char* key) const { return sheet.ui_text(key); }
    // Laid-out text drawn at (x, y) and recorded.
    void pieces(ImDrawList* dl, const TextBlock& tb, ImFont* font, float size, float x, float y, unsigned int col) const;
    // A full-height (tap_min) button, drawn, recorded and made a tap target.
    bool button(ImDrawList* dl, const char* id, const std::string& label, float x, float y, float w, ButtonStyle style) const;
    // Width a button needs for its label, at least min_w.
    float button_width(const std::string& label, float min_w) const;
};

// A card at the bottom of the screen over the dimmed page (a source, the QR code, Remove, Print):
// the column's width with its margins, padded by one text size; its window lives as long as the
// frame object. `opened_now`: the card opened in this frame (the release that opened it is not a
// tap above it).
class CardFrame {
public:
    CardFrame(const Part& p, const char* id, float height, bool opened_now);
    ~CardFrame();
    CardFrame(const CardFrame&) = delete;
    CardFrame& operator=(const CardFrame&) = delete;

    // The widest a card may be, and its padding: for laying out what it holds before it is begun.
    static float inner_width(const Metrics& m);
    static float padding(const Metrics& m) { return m.body_size; }

    ImDrawList* dl = nullptr;
    float x = 0, y = 0, w = 0, pad = 0, inner = 0;
    // This frame's release was a tap on the dimmed page above the card.
    bool tapped_above() const;

private:
    bool opened_now_;
};

}  // namespace factsheet::ui
