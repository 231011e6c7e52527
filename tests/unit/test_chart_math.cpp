// test_chart_math.cpp: the charts' arithmetic: scales, nice ticks and their labels, dates on a
// time axis (and its break), year-label spacing, and label collision avoidance at phone widths.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ui/chart_math.h"

using namespace factsheet::ui::chart;
using factsheet::content::Date;
using factsheet::content::Qualifier;

namespace {
Date date(int y, int m = 0, int d = 0) { return Date{y, m, d, ""}; }
}  // namespace

TEST_CASE("chart: a linear scale maps the domain onto the range, reversed ranges too") {
    const LinearScale s{0, 400000, 300, 100};  // values up, pixels down
    CHECK(s(0) == doctest::Approx(300));
    CHECK(s(400000) == doctest::Approx(100));
    CHECK(s(100000) == doctest::Approx(250));
    const LinearScale flat{5, 5, 0, 10};
    CHECK(flat(5) == doctest::Approx(5));  // no division by zero
}

TEST_CASE("chart: nice steps are 1, 2 or 5 times a power of ten") {
    CHECK(nice_step(0.7) == doctest::Approx(1));
    CHECK(nice_step(1.3) == doctest::Approx(2));
    CHECK(nice_step(3) == doctest::Approx(5));
    CHECK(nice_step(7) == doctest::Approx(10));
    CHECK(nice_step(79175) == doctest::Approx(100000));
    CHECK(nice_step(200) == doctest::Approx(200));
    CHECK(nice_step(0) == doctest::Approx(1));
    // The power of ten is the double the literal gives, far from 1 either way (labels print it).
    CHECK(nice_step(0.013) == 0.02);
    CHECK(nice_step(0.0007) == 0.001);
    CHECK(nice_step(0.004) == 0.005);
    CHECK(nice_step(79175) == 100000);
    CHECK(nice_step(4e15) == 5e15);
}

TEST_CASE("chart: ticks start at zero, reach past the largest value, and stay few") {
    const Ticks t = nice_ticks(316700, 4);
    CHECK(t.step == doctest::Approx(100000));
    CHECK(t.top == doctest::Approx(400000));
    REQUIRE(t.values.size() == 5);
    CHECK(t.values.front() == 0);
    CHECK(t.values.back() == doctest::Approx(400000));
    const Ticks money = nice_ticks(2800, 5);
    CHECK(money.step == doctest::Approx(1000));
    CHECK(money.top == doctest::Approx(3000));
    const Ticks exact = nice_ticks(300, 3);  // a value on a tick needs no extra tick
    CHECK(exact.top == doctest::Approx(300));
    for (int max_ticks : {2, 3, 4, 5, 6, 8}) {
        for (double v : {1.0, 12.0, 440.0, 2800.0, 96574.0, 316700.0, 268968.0}) {
            const Ticks k = nice_ticks(v, max_ticks);
            CAPTURE(v);
            CAPTURE(max_ticks);
            CHECK(k.top >= v);
            CHECK(static_cast<int>(k.values.size()) - 1 <= max_ticks);
        }
    }
}

TEST_CASE("chart: dates sit in the middle of the period they name") {
    CHECK(date_to_years(date(2021)) == doctest::Approx(2021.5));
    CHECK(date_to_years(date(2021, 1)) == doctest::Approx(2021 + 0.5 / 12));
    CHECK(date_to_years(date(2021, 12)) == doctest::Approx(2021 + 11.5 / 12));
    CHECK(date_to_years(date(2021, 5, 1)) < date_to_years(date(2021, 5, 31)));
    CHECK(date_to_years(date(2021, 5, 31)) < date_to_years(date(2021, 6, 1)));
    CHECK(date_to_years(date(2024, 2, 29)) < date_to_years(date(2024, 3)));  // a leap day
}

TEST_CASE("chart: a time axis spaces dates linearly, and breaks over one long empty stretch") {
    // Evenly spread dates: one segment, in order, inside the range.
    std::vector<double> even{2019.5, 2020.5, 2021.5, 2022.5};
    const TimeAxis a = make_time_axis(even, 0, 300, 20);
    REQUIRE(a.segments.size() == 1);
    CHECK_FALSE(a.broken());
    CHECK(a.map(2019.5) > 0);
    CHECK(a.map(2022.5) < 300);
    CHECK(a.map(2020.5) - a.map(2019.5) == doctest::Approx(a.map(2022.5) - a.map(2021.5)));  // equal spacing
    // The enrollment chart's shape: 2005, FY2011, FY2013, then many points from 2019 on.
    std::vector<double> xs{2005.5, 2011.5, 2013.5};
    for (int i = 0; i < 15; ++i) xs.push_back(2019.5 + i * 0.4);
    const TimeAxis b = make_time_axis(xs, 0, 280, 20);
    REQUIRE(b.segments.size() == 2);
    CHECK(b.broken());
    CHECK(b.segments[0].to < 2019);
    CHECK(b.segments[0].to > 2013.5);  // the break is over 2013-2019, not over 2005-2011
    CHECK(b.segments[1].from > 2013.5);
    CHECK(b.segments[1].x0 - b.segments[0].x1 == doctest::Approx(20));  // the gap
    CHECK(b.segments[1].x1 - b.segments[1].x0 > b.segments[0].x1 - b.segments[0].x0);  // crowded side wider
    CHECK(b.segments[0].x1 - b.segments[0].x0 >= 0.2f * 260 - 0.5f);                  // but the other keeps a share
    // Order is kept across the break, and everything lands inside.
    float last = -1;
    for (double x : xs) {
        const float px = b.map(x);
        CHECK(px > last);
        CHECK(px >= 0);
        CHECK(px <= 280);
        last = px;
    }
    // Identical dates make no extra segment; a single date still maps inside.
    const TimeAxis c = make_time_axis({2023.1, 2023.1}, 10, 110, 20);
    REQUIRE(c.segments.size() == 1);
    CHECK(c.map(2023.1) == doctest::Approx(60));
}

TEST_CASE("chart: year labels get a wider step when the axis is narrow") {
    const TimeSegment wide{2019.0, 2025.9, 0, 690};  // 100 px a year
    const auto w = year_ticks(wide, 34, 8);
    REQUIRE(w.size() == 7);
    CHECK(w.front() == 2019);
    CHECK(w.back() == 2025);
    const TimeSegment phone{2019.3, 2025.9, 0, 200};  // 30 px a year at 320 CSS px
    const auto p = year_ticks(phone, 34, 8);
    REQUIRE(p.size() >= 2);
    CHECK(p[1] - p[0] == doctest::Approx(2));  // every other year
    for (size_t i = 1; i < p.size(); ++i) CHECK((p[i] - p[i - 1]) * 200 / 6.6 >= 42);
    const TimeSegment tiny{2004.8, 2013.9, 0, 52};  // the early segment: one label at most fits
    const auto t = year_ticks(tiny, 34, 8);
    CHECK(t.size() == 1);
    CHECK(t[0] == 2010);
    const TimeSegment inside{2021.1, 2021.9, 0, 100};  // no year boundary: the year, mid-way
    const auto m = year_ticks(inside, 34, 8);
    REQUIRE(m.size() == 1);
    CHECK(m[0] == doctest::Approx(2021.5));
}

TEST_CASE("chart: labels never overlap, stay inside, and the important ones win") {
    // Five value labels 50 px wide crowded into 280 px (a 320 CSS px phone's plot).
    std::vector<LabelBox> boxes;
    for (int i = 0; i < 5; ++i) boxes.push_back({100.0f + i * 20, 50, 50, 16, 5 - i});
    boxes.push_back({260, 10, 50, 16, 0});  // sticks out at the right: slid back inside
    const auto placed = place_labels(boxes, 0, 280, 2);
    REQUIRE(placed.size() == boxes.size());
    CHECK(placed[4].shown);  // the most important of the crowd
    CHECK(placed[5].shown);
    CHECK(placed[5].x == doctest::Approx(230));
    for (size_t i = 0; i < placed.size(); ++i) {
        if (!placed[i].shown) continue;
        CHECK(placed[i].x >= 0);
        CHECK(placed[i].x + boxes[i].w <= 280);
        for (size_t j = i + 1; j < placed.size(); ++j) {
            if (!placed[j].shown) continue;
            const bool apart = placed[i].x + boxes[i].w + 2 <= placed[j].x || placed[j].x + boxes[j].w + 2 <= placed[i].x ||
                               placed[i].y + boxes[i].h + 2 <= placed[j].y || placed[j].y + boxes[j].h + 2 <= placed[i].y;
            CHECK(apart);
        }
    }
    // With room to nudge up or down, a second label moves instead of disappearing.
    const auto nudged = place_labels({{100, 50, 50, 16, 0}, {110, 50, 50, 16, 1}}, 0, 280, 2, 20);
    CHECK(nudged[0].shown);
    CHECK(nudged[1].shown);
    CHECK(nudged[1].y != doctest::Approx(50));
    // A label wider than the whole axis is dropped, not squeezed.
    CHECK_FALSE(place_labels({{0, 0, 400, 16, 0}}, 0, 280, 2)[0].shown);
}

TEST_CASE("chart: the appearance easing starts at 0, ends at 1 and only grows") {
    CHECK(ease_out(0) == doctest::Approx(0));
    CHECK(ease_out(1) == doctest::Approx(1));
    CHECK(ease_out(2) == doctest::Approx(1));
    float last = -1;
    for (int i = 0; i <= 20; ++i) {
        const float v = ease_out(i / 20.0f);
        CHECK(v >= last);
        last = v;
    }
}

TEST_CASE("chart: a nudge never pushes a label out of its band") {
    // The second label would go below the band's bottom (70) when nudged down, and above its top
    // (40) when nudged up: it is dropped rather than drawn over the axis.
    const auto placed = place_labels({{100, 50, 50, 16, 0}, {110, 50, 50, 16, 1}}, 0, 280, 2, 20, 40, 70);
    CHECK(placed[0].shown);
    CHECK_FALSE(placed[1].shown);
}

TEST_CASE("chart: obstacles (markers) stay put, even on each other, and labels avoid them") {
    // Two overlapping markers, and a label that would cover the second one.
    const auto placed = place_labels({{100, 100, 12, 12, 5, true}, {104, 104, 12, 12, 5, true}, {90, 95, 40, 16, 0}}, 0, 280, 2, 30);
    CHECK(placed[0].shown);
    CHECK(placed[1].shown);
    CHECK(placed[1].x == doctest::Approx(104));
    CHECK(placed[1].y == doctest::Approx(104));
    REQUIRE(placed[2].shown);
    CHECK(placed[2].y == doctest::Approx(65));  // moved up clear of both
}

TEST_CASE("chart: point labels nudged only downwards never climb over a higher neighbour") {
    // The peak's label sits just above the peak; its neighbour's label would overlap it. Lifted
    // higher, it would float over the peak and read as the peak's value: it goes below instead.
    const std::vector<LabelBox> boxes{{100, 50, 60, 16, 0}, {120, 52, 60, 16, 1}};
    const auto below = place_labels(boxes, 0, 280, 2, 36, 0, 200, false);
    REQUIRE(below[1].shown);
    CHECK(below[1].y == doctest::Approx(52 + 36));
    // The same crowd with upward nudges allowed moves it up (the behaviour other labels keep).
    const auto either = place_labels(boxes, 0, 280, 2, 36, 0, 200, true);
    REQUIRE(either[1].shown);
    CHECK(either[1].y == doctest::Approx(52 - 36));
    // No room below: dropped rather than lifted.
    CHECK_FALSE(place_labels(boxes, 0, 280, 2, 36, 0, 100, false)[1].shown);
}
