// document.h: the whole sheet laid out once for a given width and text size, as a flat list of
// things to draw and things to tap. Drawing then only walks what is on screen, and tests can
// inspect exactly what a reader would see (positions, sizes, tap targets) without a GPU.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "content/sheet.h"
#include "ui/metrics.h"

struct ImFont;

namespace factsheet::ui {
class Pictures;
}

namespace factsheet::ui {

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
};

// Colours are roles, not values, so a theme change needs no new layout.
enum class ColorRole : std::uint8_t { Text, Muted, Heading, Accent, Rule, Surface, Background };

struct DrawText {
    float x = 0, y = 0;
    float size = 16;
    bool bold = false;
    bool cite = false;  // a citation marker: smaller, raised, tappable
    ColorRole color = ColorRole::Text;
    std::string text;
};

struct DrawRect {
    float x = 0, y = 0, w = 0, h = 0;
    ColorRole color = ColorRole::Surface;
    float rounding = 0;
};

enum class ActionKind : std::uint8_t {
    JumpToSection,  // arg: section index (the sources list after the last)
    ShowSource,     // arg: source index
    ToggleDetails,  // arg: section index: opens or closes its details
    OpenLink,       // arg: index into Document::links (a contact's tel: or https address)
    Listen,         // arg: section index: the page reads it aloud (Host::listen)
};

// Something the reader can tap or reach with Tab. Rects are at least Metrics::tap_min high.
struct Target {
    float x = 0, y = 0, w = 0, h = 0;
    ActionKind action = ActionKind::JumpToSection;
    int arg = 0;        // section index or source index
    std::string label;  // what a screen reader or a test would call it
    std::string place;  // ShowSource from a citation: where it stands (content/evidence.h), for its passages
};

struct Anchor {
    std::string id;  // section id, as in deep links
    std::string title;
    float y = 0;  // top of the section heading, in document coordinates
};

// Where a laid-out block starts, for deep links to it (#smart-foia). Blocks in closed details
// are not laid out: the app opens them first.
struct BlockAnchor {
    std::string id;
    size_t section = 0;
    float y = 0;
};

// Room left for a picture (a chart or diagram block), drawn by the App with pictures.h.
struct PictureSlot {
    float x = 0, y = 0, w = 0, h = 0;
    size_t section = 0, block = 0;  // indices into the sheet
    int chosen = -1;                // the mark whose panel h has room for (-1: the hint)
};

struct Document {
    std::vector<DrawRect> rects;  // drawn first (backgrounds, rules)
    std::vector<DrawText> texts;  // sorted by y
    std::vector<Target> targets;
    std::vector<Anchor> anchors;  // sections in order, plus "sources" last
    std::vector<BlockAnchor> blocks;  // laid-out blocks in order
    std::vector<PictureSlot> pictures;  // in document order
    std::vector<std::string> links;   // the addresses OpenLink targets open
    float contents_y = 0;         // top of the section list
    float height = 0;             // total height in CSS px
    float widest = 0;             // right-most drawn x, to prove nothing leaves the viewport
};

// A place in the document, kept when the page's rendition and the canvas hand over to each
// other: the block (or section heading) at a line, and how far down it the line is, from 0 (its
// top) to 1 (the top of what follows it). The page measures its rendition the same way.
struct Place {
    std::string id;  // empty: above the first section (the title and the contents)
    float fraction = 0;
};

// The place at document line y.
Place place_at(const Document& doc, float y);
// The document line of a place; negative when its id is not laid out.
float place_y(const Document& doc, const Place& place);

// Lays out the sheet; `top` is where the document starts (below the header). A section's details
// are laid out when open_details[section] is true (content::Section::summary_end: the key points
// and the main picture always are). A picture has room for its chosen mark's panel (`pictures`:
// what the reader chose; none chosen without it).
Document build_document(const content::Sheet& sheet, const Metrics& m, const Fonts& fonts, float top,
                        const std::vector<bool>& open_details = {}, const Pictures* pictures = nullptr,
                        bool listen = false);

}  // namespace factsheet::ui
