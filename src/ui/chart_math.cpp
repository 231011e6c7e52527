// chart_math.cpp: scales, ticks, number and date labels, time axes and label placement.
#include "ui/chart_math.h"


#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace factsheet::ui::chart {

float LinearScale::operator()(double v) const {
    if (d1 == d0) return (r0 + r1) * 0.5f;
    return static_cast<float>(r0 + (r1 - r0) * ((v - d0) / (d1 - d0)));
}

// 10^e, correctly rounded: powers of ten up to 10^22 are exact doubles, so one division at most
// rounds. (std::pow would link the C library's pow and its tables: 1.1 kB of the wasm's brotli.)
static double power_of_ten(int e) {
    double p = 1;
    for (int i = 0; i < (e < 0 ? -e : e); ++i) p *= 10;
    return e < 0 ? 1 / p : p;
}

double nice_step(double raw) {
    if (!(raw > 0) || !std::isfinite(raw)) return 1;
    const double mag = power_of_ten(static_cast<int>(std::floor(std::log10(raw))));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * mag >= raw * (1 - 1e-9)) return m * mag;
    }
    return 10 * mag;
}

Ticks nice_ticks(double max_value, int max_ticks) {
    Ticks t;
    max_ticks = std::max(1, max_ticks);
    if (!(max_value > 0) || !std::isfinite(max_value)) max_value = 1;
    t.step = nice_step(max_value / max_ticks);
    const int n = static_cast<int>(std::ceil(max_value / t.step - 1e-9));
    t.top = n * t.step;
    for (int i = 0; i <= n; ++i) t.values.push_back(i * t.step);
    return t;
}

namespace {
bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in_month(int y, int m) {
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[(m - 1) % 12];
}
}  // namespace

double date_to_years(const content::Date& d) {
    if (d.month < 1 || d.month > 12) return d.year + 0.5;
    if (d.day < 1) return d.year + (d.month - 0.5) / 12.0;
    const int dim = days_in_month(d.year, d.month);
    return d.year + (d.month - 1 + (std::min(d.day, dim) - 0.5) / dim) / 12.0;
}

float TimeAxis::map(double years) const {
    if (segments.empty()) return 0;
    const TimeSegment* best = &segments.front();
    for (const TimeSegment& s : segments) {
        if (years >= s.from) best = &s;
    }
    return LinearScale{best->from, best->to, best->x0, best->x1}(years);
}

TimeAxis make_time_axis(std::vector<double> points, float x0, float x1, float gap_px, double break_share,
                        double min_share) {
    TimeAxis axis;
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.empty()) {
        axis.segments.push_back({0, 1, x0, x1});
        return axis;
    }
    const double span = points.back() - points.front();
    // The empty stretch to break: long, and (among long ones) the one with the most points on
    // its thinner side, so an early straggler does not take the break from the crowd.
    std::vector<double> gaps;
    for (size_t i = 1; i < points.size(); ++i) gaps.push_back(points[i] - points[i - 1]);
    std::vector<double> sorted = gaps;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.empty() ? 0 : sorted[sorted.size() / 2];
    size_t cut = 0;
    double widest = 0, best_score = 0;
    for (size_t i = 1; i < points.size(); ++i) {
        const double gap = gaps[i - 1];
        const double thinner = static_cast<double>(std::min(i, points.size() - i));
        const double score = gap * std::sqrt(thinner);
        if (gap > span * break_share && gap >= 4 * median && score > best_score) {
            best_score = score;
            widest = gap;
            cut = i;
        }
    }
    // Padding so the outermost points are not on the frame: a quarter year, or 4% of the span.
    auto padded = [](double a, double b) {
        const double pad = std::max(0.25, (b - a) * 0.04);
        return std::pair<double, double>(a - pad, b + pad);
    };
    if (span <= 0 || cut == 0 || widest <= 0 || points.size() < 4) {
        const auto [a, b] = padded(points.front(), points.back());
        axis.segments.push_back({a, b, x0, x1});
        return axis;
    }
    const double n_left = static_cast<double>(cut), n_right = static_cast<double>(points.size() - cut);
    const float usable = std::max(1.0f, x1 - x0 - gap_px);
    double share = n_left / (n_left + n_right);
    share = std::clamp(share, min_share, 1 - min_share);
    const float split = x0 + usable * static_cast<float>(share);
    const auto [la, lb] = padded(points.front(), points[cut - 1]);
    const auto [ra, rb] = padded(points[cut], points.back());
    axis.segments.push_back({la, lb, x0, split});
    axis.segments.push_back({ra, rb, split + gap_px, x1});
    return axis;
}

std::vector<double> year_ticks(const TimeSegment& s, float label_w, float min_gap) {
    std::vector<double> out;
    const double years = s.to - s.from;
    const float width = s.x1 - s.x0;
    if (years <= 0 || width <= 0) return out;
    const double px_per_year = width / years;
    for (int step : {1, 2, 5, 10, 20, 50}) {
        if (px_per_year * step < label_w + min_gap) continue;
        for (int y = static_cast<int>(std::ceil(s.from / step)) * step; y <= s.to; y += step) out.push_back(y);
        if (!out.empty()) return out;
        break;
    }
    if (out.empty()) out.push_back(std::floor((s.from + s.to) * 0.5) + 0.5);  // mid-year of the middle
    return out;
}

namespace {
bool overlaps(float ax, float ay, float aw, float ah, float bx, float by, float bw, float bh, float gap) {
    return ax < bx + bw + gap && bx < ax + aw + gap && ay < by + bh + gap && by < ay + ah + gap;
}
}  // namespace

std::vector<Placed> place_labels(const std::vector<LabelBox>& labels, float min_x, float max_x, float gap,
                                 float nudge, float min_y, float max_y, bool up) {
    std::vector<Placed> out(labels.size());
    std::vector<size_t> order(labels.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return labels[a].priority < labels[b].priority; });
    std::vector<size_t> placed;
    for (size_t i = 0; i < labels.size(); ++i) {
        if (!labels[i].fixed) continue;
        out[i] = {labels[i].x, labels[i].y, true};
        placed.push_back(i);
    }
    for (size_t i : order) {
        const LabelBox& l = labels[i];
        if (l.fixed) continue;
        if (l.w > max_x - min_x) continue;  // cannot fit at all
        const float x = std::clamp(l.x, min_x, max_x - l.w);
        const float tries[] = {0.0f, -nudge, nudge};
        for (float dy : tries) {
            if (dy != 0 && nudge <= 0) continue;
            if (dy < 0 && !up) continue;
            const float y = l.y + dy;
            if (dy != 0 && (y < min_y || y + l.h > max_y)) continue;
            bool clear = true;
            for (size_t j : placed) {
                if (overlaps(x, y, l.w, l.h, out[j].x, out[j].y, labels[j].w, labels[j].h, gap)) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                out[i] = {x, y, true};
                placed.push_back(i);
                break;
            }
        }
    }
    return out;
}

float ease_out(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    const float u = 1 - t;
    return 1 - u * u * u;
}

}  // namespace factsheet::ui::chart
