// picture.h: one picture (a chart or diagram block) on its own: laid out for a width and a text
// size, drawn into a rectangle, hit-tested, and its marks described. It needs neither the app
// nor the document, so it can be drawn alone; pictures.h puts them on the page.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "content/sheet.h"
#include "ui/document.h"  // Fonts
#include "ui/metrics.h"
#include "ui/pictures/paint.h"

namespace factsheet::ui {

// A mark the reader can choose: a point, a bar or a diagram item. Positions are relative to
// the picture's top-left corner.
struct Mark {
    int series = -1;  // chart series; -1 for a diagram item
    int index = 0;    // point index in the series, or item index
    float cx = 0, cy = 0;
    float x = 0, y = 0, w = 0, h = 0;  // hit box: the bar, row or lane, or a tap-sized square
    std::string label;                 // what tests and assistive tech call it
};

// What a mark says: a bold first line (with the value), cited text, then (diagrams) how sure,
// and where its citations stand, as the evidence names it (content/evidence.h).
struct MarkDetail {
    std::string head;
    content::RichText body;
    std::string foot;
    std::string place;
};

// What a picture is laid out from. It keeps these references: they must outlive it.
struct PictureArgs {
    const content::Block& block;
    const content::Sheet& sheet;
    const Metrics& metrics;
    const Fonts& fonts;
    float width;
};

class Picture {
public:
    virtual ~Picture() = default;

    float width() const { return w_; }
    float height() const { return height_; }  // the picture alone, without the detail panel
    const std::vector<Mark>& marks() const { return marks_; }
    // Charts take input through one control over the plot (a tap chooses the nearest mark);
    // a diagram's marks are each their own control.
    virtual bool one_control() const { return false; }
    float plot_x() const { return plot_x_; }
    float plot_y() const { return plot_y_; }
    float plot_w() const { return plot_w_; }
    float plot_h() const { return plot_h_; }

    // The mark a tap at (x, y) chooses, -1 for none.
    virtual int hit(float x, float y) const;
    // Paints into the rectangle at the painter's origin; progress 0..1 is the grow-in.
    virtual void draw(Painter& p, float progress, int selected) const = 0;
    MarkDetail describe(int mark) const;

    const content::Block& block() const { return b_; }
    const content::Sheet& sheet() const { return sheet_; }

protected:
    explicit Picture(const PictureArgs& a);
    // A mark with its label, positions left to the caller.
    Mark mark(int series, int index) const;

    const content::Block& b_;
    const content::Sheet& sheet_;
    const Metrics& m_;
    const Fonts& f_;
    const Sizes z_;
    float w_ = 0;
    float height_ = 0;
    float plot_x_ = 0, plot_y_ = 0, plot_w_ = 0, plot_h_ = 0;
    std::vector<Mark> marks_;
};

// The picture for a chart or diagram block, laid out at `width` (nullptr for other blocks).
std::unique_ptr<Picture> make_picture(const content::Block& b, const content::Sheet& sheet, const Metrics& m,
                                      const Fonts& f, float width);

// The next mark after `selected` (dir +1) or before it (-1) among n, wrapping round; from none
// (-1), Next goes to the first and Previous to the last.
int step_mark(int selected, int n, int dir);

}  // namespace factsheet::ui
