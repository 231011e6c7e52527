// text_layout.h: word wrapping of rich text (words plus citation markers) into positioned pieces.
// Dear ImGui's own wrapping cannot mix runs of different size in one paragraph, nor break a
// long address in the middle, so the reading view lays its text out here.
#pragma once

#include <string>
#include <vector>

#include "content/sheet.h"

struct ImFont;

namespace factsheet::ui {

struct TextStyle {
    ImFont* font = nullptr;
    float size = 16;
    float line_height = 23;
};

// One piece of text at a position relative to the paragraph's top-left corner.
struct Piece {
    float x = 0, y = 0;  // y is the top of the line box
    float w = 0;
    std::string text;
    bool cite = false;      // a citation marker "[n]", drawn smaller and raised
    int source_index = -1;  // cite: index into Sheet::sources
};

struct TextBlock {
    std::vector<Piece> pieces;
    float width = 0;   // widest line
    float height = 0;  // lines x line_height
    int lines = 0;
};

// Width of text at a size, in CSS px.
float measure(ImFont* font, float size, const std::string& text);

// Lays out rich text within max_width. Citation markers become "[n]" pieces where n is the
// source's 1-based position in `sheet.sources`. Words longer than the line are broken.
// cite_style gives the marker's font and size.
TextBlock layout_text(const content::RichText& text, const content::Sheet& sheet, const TextStyle& style,
                      const TextStyle& cite_style, float max_width);

// Convenience for plain strings (headings, labels).
TextBlock layout_plain(const std::string& text, const TextStyle& style, float max_width);

}  // namespace factsheet::ui
