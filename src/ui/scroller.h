// scroller.h: the reading view's vertical scroll: finger drag, fling with momentum that decays
// to a natural stop at the ends, and smooth animated jumps for the wheel, keys and links.
// Pure arithmetic on time and position: no input or drawing here, so it is tested natively.
#pragma once

namespace factsheet::ui {

class Scroller {
public:
    void set_limits(float max_offset);  // content height minus viewport height (>= 0)
    float offset() const { return offset_; }
    float max_offset() const { return max_; }

    // Finger (or mouse) drag. y is the pointer's position in CSS px, t in seconds.
    void drag_begin(float y, double t);
    void drag_move(float y, double t);
    void drag_end(double t);  // starts a fling with the release velocity
    bool dragging() const { return dragging_; }

    // Animated move by a delta (wheel, Page Down) or to an absolute offset (links, Home/End).
    void scroll_by(float dy, bool animate);
    void scroll_to(float offset, bool animate);
    void stop();  // cancel any motion (a finger landed)

    // Advances motion to time t. Returns true while anything still moves.
    bool update(double t);
    bool moving() const;

    // With reduced motion, animated scrolls jump and flings stop at once.
    void set_reduced_motion(bool on) { reduced_motion_ = on; }

    float velocity() const { return velocity_; }

private:
    float clamp(float v) const;

    float offset_ = 0;
    float max_ = 0;
    bool dragging_ = false;
    float drag_start_y_ = 0, drag_start_offset_ = 0;
    // Recent samples for the release velocity.
    static constexpr int kSamples = 6;
    float sample_y_[kSamples] = {};
    double sample_t_[kSamples] = {};
    int samples_ = 0;

    float velocity_ = 0;  // px/s while flinging
    bool animating_ = false;
    float anim_from_ = 0, anim_to_ = 0;
    double anim_start_ = -1;
    double last_t_ = -1;
    bool reduced_motion_ = false;
};

}  // namespace factsheet::ui
