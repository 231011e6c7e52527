// metrics.cpp: one column of about 70 characters, phone margins that leave room for the thumb.
#include "ui/metrics.h"

#include <algorithm>

namespace factsheet::ui {

Metrics compute_metrics(float viewport_w, float viewport_h, float text_scale) {
    Metrics m;
    m.viewport_w = std::max(viewport_w, 1.0f);
    m.viewport_h = std::max(viewport_h, 1.0f);
    m.text_scale = std::clamp(text_scale, kTextScaleMin, kTextScaleMax);

    // The type scale (web/shared/type.json, shared with the rendition): body text that reads
    // comfortably on phones, small text never under 16 px.
    m.body_size = FACTSHEET_BODY_PX * m.text_scale;
    m.line_height = m.body_size * FACTSHEET_LINE_HEIGHT;
    m.small_size = std::max(FACTSHEET_SMALL_PX_AT_LEAST, FACTSHEET_SMALL_PX * m.text_scale);
    m.h1_size = FACTSHEET_H1_PX * m.text_scale;
    m.h2_size = FACTSHEET_H2_PX * m.text_scale;
    m.h3_size = FACTSHEET_H3_PX * m.text_scale;
    m.paragraph_gap = m.body_size * 0.9f;

    // Margins grow with the screen; the column stops at about 70 characters of body text
    // (Noto Sans averages about half an em per character).
    m.margin = m.viewport_w < 480 ? 16.0f : (m.viewport_w < 900 ? 28.0f : 40.0f);
    const float max_column = 35.0f * m.body_size;
    m.column_w = std::max(1.0f, std::min(m.viewport_w - 2 * m.margin, max_column));
    m.column_x = std::max(m.margin, (m.viewport_w - m.column_w) * 0.5f);
    m.header_h = std::max(m.tap_min + 8.0f, m.body_size * 3.0f);
    return m;
}

}  // namespace factsheet::ui
