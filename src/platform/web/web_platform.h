// web_platform.h: the browser platform layer (Emscripten html5.h + WebGL2) around ui::App:
// frames on demand (a requestAnimationFrame only while App::wants_frame()), the canvas sized in
// device pixels from the CSS size and density the page reports (sharp at DPR 1-3), WebGL2 with
// Dear ImGui's OpenGL3 renderer (rebuilt after a lost context). Input and page services cross
// the bridge (src/platform/bridge.json).
#pragma once

#include <string>

#include "ui/app.h"

namespace factsheet::web {

// One instance for the page's lifetime.
struct Platform {
    ui::App* app = nullptr;
    bool frame_pending = false;
    long wake_timer = 0;  // emscripten_set_timeout id while a timed wake is pending
    bool gl_ready = false;
    bool announce_frame = true;  // tell the page when the next frame is drawn
    float css_w = 0, css_h = 0, dpr = 1;
    std::string canvas;  // the canvas's CSS selector, as the page gave it
};

Platform& platform();

void request_frame();                                   // schedules a frame if the app wants one
void set_canvas_size(float css_w, float css_h, float dpr);  // sizes the backing store, lays out

}  // namespace factsheet::web
