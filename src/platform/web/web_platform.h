// web_platform.h: the browser platform layer (Emscripten html5.h + WebGL2) around ui::App.
// Implemented:
//  [X] Render on demand: a requestAnimationFrame is asked for only while App::wants_frame().
//  [X] Canvas sized in device pixels from its CSS size and devicePixelRatio (sharp at DPR 1-3).
//  [X] Touch (drag, fling, tap), mouse, wheel and keyboard input.
//  [X] WebGL2 context; Dear ImGui's OpenGL3 renderer backend, unmodified.
//  [X] Page services (open a link, switch language, section changes) through web/boot.js.
//  [X] WebGL context loss: boot.js shows the HTML rendition; on restore the renderer is rebuilt.
#pragma once

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
};

Platform& platform();

void request_frame();                 // schedules a frame if the app wants one
void install_input(const char* canvas);
void update_canvas_size();            // reads CSS size and DPR, sizes the backing store

}  // namespace factsheet::web
