// chart_math.h: the arithmetic behind the sheet's charts, kept apart from drawing so it can be
// tested without Dear ImGui: linear scales, "nice" ticks, positions of
// dates on a time axis (with a marked break over a long empty stretch), the spacing of year
// labels, and keeping labels from overlapping at phone widths. No number here comes from the
// content: everything is computed from the data it is given.
#pragma once

#include <string>
#include <vector>

#include "content/sheet.h"

namespace factsheet::ui::chart {

// Maps a domain [d0, d1] linearly onto a range [r0, r1] (pixels). A zero-width domain maps
// everything to the middle of the range.
struct LinearScale {
    double d0 = 0, d1 = 1;
    float r0 = 0, r1 = 1;
    float operator()(double v) const;
};

// Ticks from zero up to at least `max_value`, at a 1, 2 or 5 x 10^k step, at most `max_ticks`
// intervals. `top` is the last tick (the axis end), never below max_value.
struct Ticks {
    double step = 1;
    double top = 1;
    std::vector<double> values;  // 0, step, 2 step, ..., top
};
double nice_step(double raw);  // the smallest 1/2/5 x 10^k >= raw (raw > 0)
Ticks nice_ticks(double max_value, int max_ticks);

// A date as a point in time, in fractional years: the middle of the period it names
// ("2021" -> 2021.5, "2021-05" -> May's middle, "2021-05-14" -> that day's middle).
double date_to_years(const content::Date& d);

// A time axis over [x0, x1] px. When one empty stretch between dates is long (more than
// `break_share` of the whole span), the axis is broken there: two segments, each with its own
// linear scale, `gap_px` apart. Each segment's width follows how many points it holds (at
// least `min_share` of the width), so a crowded period gets room.
struct TimeSegment {
    double from = 0, to = 1;  // years
    float x0 = 0, x1 = 1;     // px
};
struct TimeAxis {
    std::vector<TimeSegment> segments;
    float map(double years) const;
    bool broken() const { return segments.size() > 1; }
};
TimeAxis make_time_axis(std::vector<double> points, float x0, float x1, float gap_px, double break_share = 0.2,
                        double min_share = 0.2);

// Years to label on one segment: Jan 1 of each multiple of the smallest step (1, 2, 5, 10,
// 20, 50 years) whose labels, `label_w` px wide, keep `min_gap` px apart. Never empty for a
// segment that spans a year boundary; otherwise the segment's own year in the middle.
std::vector<double> year_ticks(const TimeSegment& s, float label_w, float min_gap);

// A label that wants a place: a box at (x, y), and how much it matters (lower goes first).
struct LabelBox {
    float x = 0, y = 0, w = 0, h = 0;
    int priority = 0;
    bool fixed = false;  // an obstacle (a marker): always kept where it is, never moved or dropped
};
// Which labels to draw so that none overlap (`gap` px apart at least) and all lie within
// [min_x, max_x]: fixed boxes (obstacles) are kept as they are; the others are taken in priority order; one that would stick out is slid back
// inside; one that would overlap a label already placed is tried just above and below its
// spot (within `nudge` px) before it is dropped. Returns the placed boxes' positions
// (shown=false for dropped ones), in the input order.
struct Placed {
    float x = 0, y = 0;
    bool shown = false;
};
// Labels that would leave [min_y, max_y] after a nudge are not moved there. With `up` false a
// label is only ever nudged down: a point's value label lifted further up would sit over a
// higher neighbour and read as its value, while just below its own point it cannot.
std::vector<Placed> place_labels(const std::vector<LabelBox>& labels, float min_x, float max_x, float gap,
                                 float nudge = 0, float min_y = -1e30f, float max_y = 1e30f, bool up = true);

// Eased progress of the appearance animation, t in [0, 1] -> [0, 1] (ease-out cubic).
float ease_out(float t);

}  // namespace factsheet::ui::chart
