// scroller.cpp: momentum as an exponential decay (like iOS/Android lists), eased jumps.
#include "ui/scroller.h"

#include <algorithm>
#include <cmath>

namespace factsheet::ui {
namespace {
constexpr float kDecayTime = 0.325f;    // s; velocity falls to 1/e in this time
constexpr float kStopVelocity = 12.0f;  // px/s; slower than this is a stop
constexpr double kSampleWindow = 0.1;   // s of movement used for the release velocity
constexpr float kMaxVelocity = 8000.0f; // px/s
constexpr double kJumpDuration = 0.28;  // s for animated jumps
constexpr double kStillTime = 0.08;     // s without movement before release: the finger stopped
}  // namespace

void Scroller::set_limits(float max_offset) {
    max_ = std::max(0.0f, max_offset);
    offset_ = clamp(offset_);
    anim_to_ = clamp(anim_to_);
}

float Scroller::clamp(float v) const { return std::clamp(v, 0.0f, max_); }

void Scroller::drag_begin(float y, double t) {
    stop();
    dragging_ = true;
    drag_start_y_ = y;
    drag_start_offset_ = offset_;
    samples_ = 0;
    drag_move(y, t);
}

void Scroller::drag_move(float y, double t) {
    if (!dragging_) return;
    offset_ = clamp(drag_start_offset_ + (drag_start_y_ - y));
    if (samples_ == kSamples) {
        for (int i = 1; i < kSamples; ++i) {
            sample_y_[i - 1] = sample_y_[i];
            sample_t_[i - 1] = sample_t_[i];
        }
        --samples_;
    }
    sample_y_[samples_] = y;
    sample_t_[samples_] = t;
    ++samples_;
    last_t_ = t;
}

void Scroller::drag_end(double t) {
    if (!dragging_) return;
    dragging_ = false;
    velocity_ = 0;
    if (samples_ >= 2 && !reduced_motion_) {
        // Velocity over the last ~100 ms: a finger that paused before lifting does not fling.
        int first = samples_ - 1;
        while (first > 0 && t - sample_t_[first - 1] <= kSampleWindow) --first;
        const double dt = sample_t_[samples_ - 1] - sample_t_[first];
        if (dt > 0.005 && t - sample_t_[samples_ - 1] < kStillTime) {
            const float v = -(sample_y_[samples_ - 1] - sample_y_[first]) / static_cast<float>(dt);
            velocity_ = std::clamp(v, -kMaxVelocity, kMaxVelocity);
        }
    }
    if (std::fabs(velocity_) < kStopVelocity) velocity_ = 0;
    last_t_ = t;
}

void Scroller::scroll_by(float dy, bool animate) {
    const float base = animating_ ? anim_to_ : offset_;
    scroll_to(base + dy, animate);
}

void Scroller::scroll_to(float target, bool animate) {
    velocity_ = 0;
    target = clamp(target);
    if (!animate || reduced_motion_ || std::fabs(target - offset_) < 0.5f) {
        offset_ = target;
        animating_ = false;
        return;
    }
    animating_ = true;
    anim_from_ = offset_;
    anim_to_ = target;
    anim_start_ = -1;  // starts at the next update
}

void Scroller::stop() {
    velocity_ = 0;
    animating_ = false;
}

bool Scroller::moving() const { return velocity_ != 0 || animating_; }

bool Scroller::update(double t) {
    if (last_t_ < 0) last_t_ = t;
    const float dt = static_cast<float>(std::clamp(t - last_t_, 0.0, 0.1));
    last_t_ = t;
    if (dragging_) return false;
    if (velocity_ != 0) {
        if (reduced_motion_) {
            velocity_ = 0;
        } else {
            // Exact integral of v*e^(-t/tau) over dt keeps the distance frame-rate independent.
            const float decay = std::exp(-dt / kDecayTime);
            offset_ += velocity_ * kDecayTime * (1.0f - decay);
            velocity_ *= decay;
            const float clamped = clamp(offset_);
            if (clamped != offset_) {  // reached an end: stop there, no overshoot
                offset_ = clamped;
                velocity_ = 0;
            }
            if (std::fabs(velocity_) < kStopVelocity) velocity_ = 0;
        }
    }
    if (animating_) {
        if (anim_start_ < 0) anim_start_ = t;
        const double k = std::clamp((t - anim_start_) / kJumpDuration, 0.0, 1.0);
        const double rest = 1.0 - k;
        const float ease = static_cast<float>(1.0 - rest * rest * rest);  // ease-out cubic
        offset_ = clamp(anim_from_ + (anim_to_ - anim_from_) * ease);
        if (k >= 1.0) animating_ = false;
    }
    return moving();
}

}  // namespace factsheet::ui
