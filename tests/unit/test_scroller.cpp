// test_scroller.cpp: drag, fling with momentum, a natural stop at the ends, eased jumps.
#include <doctest/doctest.h>

#include "ui/scroller.h"

using factsheet::ui::Scroller;

namespace {
// Runs updates at 60 Hz until motion stops; returns seconds it took (bounded).
double run(Scroller& s, double& t, double limit = 10) {
    const double start = t;
    while (s.update(t) && t - start < limit) t += 1.0 / 60.0;
    return t - start;
}
}  // namespace

TEST_CASE("a drag moves the page with the finger") {
    Scroller s;
    s.set_limits(5000);
    s.drag_begin(500, 0.0);
    s.drag_move(400, 0.1);
    CHECK(s.offset() == doctest::Approx(100));
    s.drag_move(450, 0.2);
    CHECK(s.offset() == doctest::Approx(50));
}

TEST_CASE("a quick swipe keeps gliding after release, slows down and stops") {
    Scroller s;
    s.set_limits(20000);
    double t = 0;
    s.drag_begin(600, t);
    for (int i = 1; i <= 6; ++i) s.drag_move(600 - i * 30.0f, t += 1.0 / 60.0);  // 1800 px/s upwards
    const float released_at = s.offset();
    s.drag_end(t);
    CHECK(s.velocity() > 1000);
    CHECK(s.moving());
    const double took = run(s, t);
    CHECK_FALSE(s.moving());
    CHECK(s.offset() > released_at + 300);  // it glided well past the release point
    CHECK(took > 0.5);
    CHECK(took < 5.0);  // and came to rest on its own
}

TEST_CASE("a finger that stops before lifting does not fling") {
    Scroller s;
    s.set_limits(20000);
    double t = 0;
    s.drag_begin(600, t);
    for (int i = 1; i <= 6; ++i) s.drag_move(600 - i * 30.0f, t += 1.0 / 60.0);
    for (int i = 0; i < 12; ++i) s.drag_move(420, t += 1.0 / 60.0);  // held still for 0.2 s
    s.drag_end(t);
    CHECK_FALSE(s.moving());
}

TEST_CASE("a fling stops at the end of the content, never past it") {
    Scroller s;
    s.set_limits(300);
    double t = 0;
    s.drag_begin(600, t);
    for (int i = 1; i <= 6; ++i) s.drag_move(600 - i * 40.0f, t += 1.0 / 60.0);
    s.drag_end(t);
    run(s, t);
    CHECK(s.offset() == doctest::Approx(300));
    s.scroll_to(-50, false);
    CHECK(s.offset() == 0);
}

TEST_CASE("animated jumps ease to their target; reduced motion jumps at once") {
    Scroller s;
    s.set_limits(10000);
    double t = 0;
    s.scroll_to(2000, true);
    s.update(t);
    t += 0.1;
    s.update(t);
    CHECK(s.offset() > 0);
    CHECK(s.offset() < 2000);
    run(s, t);
    CHECK(s.offset() == doctest::Approx(2000));

    s.set_reduced_motion(true);
    s.scroll_to(500, true);
    CHECK(s.offset() == 500);
    CHECK_FALSE(s.moving());
}
