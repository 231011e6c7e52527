// imgui_loop.h: what the app and every picture view share in running Dear ImGui: a context with
// the sheet's settings (imgui_setup.h), pointer input in CSS px (a finger has no hover), frames
// only while something changed or still settles, and each frame begun at the display's size and
// density with its time step clamped (a tab woken from sleep takes no giant step).
#pragma once

#include <cstdint>

struct ImGuiContext;
struct ImFontAtlas;
struct ImDrawData;

namespace factsheet::ui {

class ImguiLoop {
public:
    // `shared_atlas`: a font atlas other loops use too (the picture views on one page), or null
    // for one of its own. `keyboard_nav`: Tab moves Dear ImGui's focus (the app; a picture takes
    // its keys from the page).
    ImguiLoop(ImFontAtlas* shared_atlas, bool keyboard_nav);
    ~ImguiLoop();
    ImguiLoop(const ImguiLoop&) = delete;
    ImguiLoop& operator=(const ImguiLoop&) = delete;

    ImGuiContext* context() const { return ctx_; }
    void make_current() const;

    // The pointer at (x, y) CSS px, from a finger or a mouse.
    void pointer_at(float x, float y, bool touch);
    // The pointer is nowhere over the canvas: no hover, and a press then taps nothing.
    void pointer_gone();
    // The primary button (or a finger) down or up; a finger's release leaves no hover behind.
    void button(bool down, bool touch);

    // Something changed: draw at least `frames` more (hover and press states settle in two).
    void wake(int frames = 3);
    // A frame would differ from the last: settling after a change, or input is queued.
    bool wants_frame() const;
    // Starts a frame of w x h CSS px drawn at `dpr` device pixels each, at time t (seconds).
    void begin_frame(float w, float h, float dpr, double t);
    // Renders it; counts it; keeps settling while a button is held.
    void end_frame();
    ImDrawData* draw_data() const;
    std::uint64_t frames() const { return frames_; }

private:
    ImGuiContext* ctx_ = nullptr;
    int settle_ = 3;
    double last_time_ = -1;
    std::uint64_t frames_ = 0;
};

}  // namespace factsheet::ui
