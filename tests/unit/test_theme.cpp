// test_theme.cpp: every theme's text and control colours meet WCAG 2.2 AA contrast.
#include <doctest/doctest.h>

#include <initializer_list>

#include "ui/theme.h"

using namespace factsheet::ui;

TEST_CASE("contrast arithmetic matches WCAG's reference values") {
    CHECK(contrast_ratio(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
    CHECK(contrast_ratio(0xFFFFFF, 0xFFFFFF) == doctest::Approx(1.0));
    CHECK(contrast_ratio(0x777777, 0xFFFFFF) == doctest::Approx(4.48).epsilon(0.01));  // just fails AA
}

TEST_CASE("every theme meets AA: 4.5:1 for text, 3:1 for rules and the focus ring") {
    for (ThemeId id : {ThemeId::Light, ThemeId::Dark, ThemeId::Contrast}) {
        CAPTURE(static_cast<int>(id));
        const Theme& t = theme(id);
        for (auto fg : {t.text, t.muted, t.heading, t.accent}) {
            for (auto bg : {t.background, t.surface, t.pressed}) {
                CAPTURE(fg);
                CAPTURE(bg);
                CHECK(contrast_ratio(fg, bg) >= 4.5);
            }
        }
        CHECK(contrast_ratio(t.accent_text, t.accent) >= 4.5);
        CHECK(contrast_ratio(t.rule, t.background) >= 3.0);
        CHECK(contrast_ratio(t.focus, t.background) >= 3.0);
        CHECK(contrast_ratio(t.focus, t.surface) >= 3.0);
    }
    // High contrast is at least AAA (7:1) for body text.
    CHECK(contrast_ratio(theme(ThemeId::Contrast).text, theme(ThemeId::Contrast).background) >= 7.0);
}

TEST_CASE("chart and diagram marks meet 3:1 against every surface they sit on, and are told apart") {
    for (ThemeId id : {ThemeId::Light, ThemeId::Dark, ThemeId::Contrast}) {
        CAPTURE(static_cast<int>(id));
        const Theme& t = theme(id);
        for (auto mark : {t.series_a, t.series_b, t.series_c}) {
            CAPTURE(mark);
            for (auto bg : {t.background, t.surface}) CHECK(contrast_ratio(mark, bg) >= 3.0);
        }
        // Value labels are drawn in text colours, which already pass 4.5:1 (above); the marks
        // differ from each other in colour too, not only in pattern.
        CHECK(t.series_a != t.series_b);
        CHECK(t.series_b != t.series_c);
        CHECK(t.series_a != t.series_c);
    }
}
