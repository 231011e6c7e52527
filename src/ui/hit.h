// hit.h: something on screen that can be tapped, as the page's test hook and assistive tech see
// it: its rectangle in CSS px and what it is called. The app, its parts and the pictures report
// these; the web layer writes them out (platform/web/readouts.h).
#pragma once

#include <string>

namespace factsheet::ui {

struct Hit {
    float x, y, w, h;
    std::string label;
};

}  // namespace factsheet::ui
