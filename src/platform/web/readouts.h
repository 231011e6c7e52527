// readouts.h: what the pages' test hooks read of a frame, written out as text (web/ parses it in
// one place): tap targets as "label\tx\ty\tw\th" lines in CSS px, and texts one per line.
#pragma once

#include <string>
#include <vector>

#include "ui/hit.h"

namespace factsheet::web {

inline std::string hit_lines(const std::vector<ui::Hit>& hits) {
    std::string s;
    for (const ui::Hit& h : hits)
        s += h.label + "\t" + std::to_string(h.x) + "\t" + std::to_string(h.y) + "\t" + std::to_string(h.w) + "\t" +
             std::to_string(h.h) + "\n";
    return s;
}

inline std::string text_lines(const std::vector<std::string>& texts) {
    std::string s;
    for (const std::string& t : texts) s += t + "\n";
    return s;
}

}  // namespace factsheet::web
