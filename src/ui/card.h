// card.h: a card over the page (a source, the QR code, Remove, Print): its box and its window.
#pragma once

#include "ui/metrics.h"
#include "ui/theme.h"

struct ImDrawList;

namespace factsheet::ui {

// The column's width with its margins, centred, padded by one text size.
struct CardBox {
    float pad, w, x, inner;
};
CardBox card_box(const Metrics& m);

// A card at the bottom of the screen over the dimmed page: the window, its background and the
// accent rule; returns the draw list. The caller ends the window.
ImDrawList* begin_card(const char* id, const Metrics& m, const Theme& th, float x, float y, float w, float pad);

}  // namespace factsheet::ui
