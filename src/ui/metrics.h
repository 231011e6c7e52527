// metrics.h: the reading layout's sizes, derived from the viewport width and the text-size choice.
// All values are CSS pixels; the platform maps them to device pixels (DisplayFramebufferScale).
#pragma once

#include "type.inc"  // generated from web/shared/type.json: the text sizes and the type scale

namespace factsheet::ui {

struct Metrics {
    float viewport_w = 0;
    float viewport_h = 0;
    float text_scale = 1;  // the reader's A-/A+ choice (kTextScaleMin .. kTextScaleMax)

    float body_size = 0;    // body text, >= 16 CSS px at 100%
    float line_height = 0;  // body line advance (about 1.45 x body_size)
    float small_size = 0;   // captions, sources, citation markers
    float h1_size = 0;
    float h2_size = 0;
    float h3_size = 0;
    float paragraph_gap = 0;  // space between blocks

    float margin = 0;    // horizontal space around the column
    float column_x = 0;  // left edge of the text column
    float column_w = 0;  // width of the text column
    float header_h = 0;  // the compact header that stays on top
    float tap_min = 44;  // smallest tap target side (WCAG 2.5.5 / platform guidance)
};

// The reader's text-size choice (A-/A+): its bounds and step, from web/shared/type.json.
constexpr float kTextScaleMin = FACTSHEET_TEXT_SCALE_MIN;
constexpr float kTextScaleMax = FACTSHEET_TEXT_SCALE_MAX;
constexpr float kTextScaleStep = FACTSHEET_TEXT_SCALE_STEP;

Metrics compute_metrics(float viewport_w, float viewport_h, float text_scale);

}  // namespace factsheet::ui
