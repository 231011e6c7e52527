// kinds.h: one maker per kind of picture, each in its own file; picture.cpp picks by the kind.
#pragma once

#include <memory>

#include "ui/picture.h"

namespace factsheet::ui {

std::unique_ptr<Picture> make_line_chart(const PictureArgs& a);
std::unique_ptr<Picture> make_bar_chart(const PictureArgs& a);
std::unique_ptr<Picture> make_phone_diagram(const PictureArgs& a);
std::unique_ptr<Picture> make_day_diagram(const PictureArgs& a);
std::unique_ptr<Picture> make_timeline(const PictureArgs& a);

}  // namespace factsheet::ui
