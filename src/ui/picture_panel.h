// picture_panel.h: the panel under every picture: Previous / Next, which mark of how many, then
// what the chosen mark says (or a hint before one is chosen), its citations tappable.
#pragma once

#include "ui/picture.h"
#include "ui/picture_input.h"

namespace factsheet::ui {

// The panel's height: room for the tallest detail, so choosing a mark never moves the page.
float panel_height(const Picture& pic, const Metrics& m, const Fonts& f);

// Draws the panel at `y` under the picture, and takes its buttons' input.
void draw_panel(const Picture& pic, float y, PictureControls& c, Painter& p);

}  // namespace factsheet::ui
