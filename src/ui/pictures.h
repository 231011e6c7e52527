// pictures.h: the sheet's pictures (charts and diagrams, picture.h) put on the page: each drawn
// into the slot the document leaves for it, and explored by tap, hover or keyboard, with the
// chosen mark's exact value, date and source in a panel under it (picture_panel.h).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "content/sheet.h"
#include "ui/document.h"
#include "ui/hit.h"
#include "ui/metrics.h"
#include "ui/theme.h"

struct ImDrawList;

namespace factsheet::ui {

// Height of a picture with its panel (not its title, caption or note) laid out at `width`: the
// panel holds the hint, or the chosen mark's detail while one is chosen (`selected`), so the
// picture is as tall as what it draws; choosing a mark moves only what follows it.
float picture_height(const content::Block& b, const content::Sheet& sheet, const Metrics& m, const Fonts& f,
                     float width, int selected = -1);

// What the reader has done with each picture, by block id (kept across relayouts).
struct PictureState {
    int selected = -1;         // mark shown in the panel, -1 for none
    double appear_start = -1;  // when it first came into view (the grow-in starts), -1 before
};

// One frame's inputs and results for all the document's pictures.
struct PictureFrame {
    // in
    const content::Sheet* sheet = nullptr;
    const Metrics* metrics = nullptr;
    const Fonts* fonts = nullptr;
    const Theme* theme = nullptr;
    ImDrawList* dl = nullptr;
    float offset = 0;  // document y at the top of the screen
    float top = 0;     // document y visible under the header
    float bottom = 0;  // document y at the bottom of the screen
    float dpr = 1;
    double now = 0;
    bool reduced_motion = false;
    bool modal = false;  // a popup is open: the pictures do not take input
    // out
    std::vector<Hit> hits;
    std::vector<std::string> texts;
    int open_source = -1;             // a citation in a panel was tapped
    std::string open_place;           // ... at this place (content/evidence.h), for its passages
    bool animating = false;           // a grow-in is running: draw another frame
    bool focus_moved = false;         // keyboard focus arrived on a picture's control
    float focus_y = 0, focus_h = 0;  // ... at this document rectangle
    bool chosen_changed = false;      // a picture's chosen mark changed: its height did too
    float panel_y = 0, panel_h = 0;  // ... and its panel is now at this document rectangle
};

class Pictures {
public:
    // Draws slot `i` of the document (its items are submitted even off screen, so Tab reaches them).
    void draw(const Document& doc, size_t i, PictureFrame& f) { draw(doc.pictures[i], f); }
    // Draws the picture of `slot` (document coordinates; a picture on a canvas of its own has its
    // slot at 0, 0).
    void draw(const PictureSlot& slot, PictureFrame& f);
    void reset() { state_.clear(); }
    const PictureState* state(const std::string& block_id) const;
    // The chosen mark of the picture `block_id`, -1 for none.
    int selected(const std::string& block_id) const {
        const PictureState* st = state(block_id);
        return st ? st->selected : -1;
    }
    PictureState& state_of(const std::string& block_id) { return state_[block_id]; }

private:
    std::map<std::string, PictureState> state_;
    unsigned focused_ = 0;  // Dear ImGui id of the picture control that last had focus
};

}  // namespace factsheet::ui
