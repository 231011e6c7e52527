// picture_controls.h: a picture's controls on the page: its marks, chosen by tap, mouse hover or
// keyboard (picture_input.cpp), and the panel under it (picture_panel.cpp): Previous / Next,
// which mark of how many, then what the chosen mark says, its citations tappable. Both report
// keyboard focus arriving and the tap targets on screen.
#pragma once

#include <string>

#include "imgui.h"
#include "ui/picture.h"
#include "ui/pictures.h"

namespace factsheet::ui {

// One picture's controls for one frame.
struct PictureControls {
    PictureFrame& f;
    PictureState& st;
    ImVec2 origin;     // screen position of the picture's top-left corner
    float doc_y;       // document y of that corner
    bool visible;      // on screen
    unsigned& focused;  // Dear ImGui id of the picture control that last had focus

    // After submitting an item: if the keyboard focus has just arrived on it, tells the page
    // (document rectangle at doc_y, h) so it can scroll it into view.
    void note_focus(float item_doc_y, float h);
    // A tap target on screen, for tests and assistive tech.
    void add_hit(float x, float y, float w, float h, const std::string& label);
};

// The marks' controls: one per diagram item, or one over a chart's plot (a tap chooses the
// nearest mark, Enter the next, Left and Right step while it has the focus); a mouse hovering
// chooses too.
void take_mark_input(const Picture& pic, PictureControls& c);

// The panel's height: its buttons and the hint, or the chosen mark's detail.
float panel_height(const Picture& pic, const Metrics& m, const Fonts& f, int selected);
// Draws the panel at `y` under the picture, and takes its buttons' input.
void draw_panel(const Picture& pic, float y, PictureControls& c, Painter& p);

}  // namespace factsheet::ui
