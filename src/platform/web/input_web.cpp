// input_web.cpp: html5.h events -> ui::App. Touches are taken whole (preventDefault), so the
// browser neither scrolls, zooms nor synthesises mouse events for them; keys are taken only
// when the sheet handles them, so browser shortcuts keep working.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cstring>

#include "imgui.h"
#include "platform/dom_keys.h"
#include "platform/web/web_platform.h"

namespace factsheet::web {
namespace {

double now_s() { return emscripten_performance_now() / 1000.0; }

long active_touch = -1;  // one finger drives the page; others are ignored

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    ui::App& app = *platform().app;
    // The event's own time: handlers may run late when a frame kept the thread busy, and the
    // fling velocity must come from when the finger moved, not from when we heard of it.
    const double t = e->timestamp > 0 ? e->timestamp / 1000.0 : now_s();
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& p = e->touches[i];
        if (!p.isChanged) continue;
        const float x = static_cast<float>(p.targetX), y = static_cast<float>(p.targetY);
        if (type == EMSCRIPTEN_EVENT_TOUCHSTART && active_touch < 0) {
            active_touch = p.identifier;
            app.pointer_down(x, y, true, t);
        } else if (p.identifier == active_touch) {
            if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) app.pointer_move(x, y, true, t);
            else if (type == EMSCRIPTEN_EVENT_TOUCHEND) { app.pointer_up(x, y, true, t); active_touch = -1; }
            else if (type == EMSCRIPTEN_EVENT_TOUCHCANCEL) { app.pointer_cancel(t); active_touch = -1; }
        }
    }
    request_frame();
    return EM_TRUE;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    ui::App& app = *platform().app;
    const float x = static_cast<float>(e->targetX), y = static_cast<float>(e->targetY);
    const double t = now_s();
    if (e->button != 0 && type != EMSCRIPTEN_EVENT_MOUSEMOVE) return EM_FALSE;
    switch (type) {
        case EMSCRIPTEN_EVENT_MOUSEDOWN: app.pointer_down(x, y, false, t); break;
        case EMSCRIPTEN_EVENT_MOUSEUP: app.pointer_up(x, y, false, t); break;
        case EMSCRIPTEN_EVENT_MOUSEMOVE: app.pointer_move(x, y, false, t); break;
        case EMSCRIPTEN_EVENT_MOUSELEAVE: app.pointer_move(-1e9f, -1e9f, false, t); break;
        default: return EM_FALSE;
    }
    request_frame();
    return EM_FALSE;  // keep focus handling and the context menu the browser's
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // deltaMode: 0 pixels, 1 lines, 2 pages.
    float dy = static_cast<float>(e->deltaY);
    if (e->deltaMode == DOM_DELTA_LINE) dy *= 40.0f;
    else if (e->deltaMode == DOM_DELTA_PAGE) dy *= platform().css_h * 0.9f;
    platform().app->wheel(dy, now_s());
    request_frame();
    return EM_TRUE;
}

using factsheet::platform::to_imgui_key;  // src/platform/dom_keys.h

// Keys belong to the sheet while the canvas shows and nothing else on the page has focus
// (the canvas itself, or the page body after a click elsewhere).
EM_JS(int, js_keys_are_ours, (), {
    var a = document.activeElement;
    return document.body.classList.contains('app-ready') && (!a || a === document.body || a.id === 'sheet-canvas');
});

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    const ImGuiKey k = to_imgui_key(e->code, e->key);
    if (k == ImGuiKey_None || e->ctrlKey || e->altKey || e->metaKey || !js_keys_are_ours()) return EM_FALSE;
    platform().app->key(k, type == EMSCRIPTEN_EVENT_KEYDOWN, e->shiftKey, e->ctrlKey, e->altKey, e->metaKey);
    request_frame();
    return EM_TRUE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    platform().app->focus_changed(type == EMSCRIPTEN_EVENT_FOCUS);
    request_frame();
    return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    update_canvas_size();
    return EM_FALSE;
}

}  // namespace

void install_input(const char* canvas) {
    emscripten_set_touchstart_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchmove_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchend_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_touchcancel_callback(canvas, nullptr, EM_FALSE, on_touch);
    emscripten_set_mousedown_callback(canvas, nullptr, EM_FALSE, on_mouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_FALSE, on_mouse);
    emscripten_set_mousemove_callback(canvas, nullptr, EM_FALSE, on_mouse);
    emscripten_set_mouseleave_callback(canvas, nullptr, EM_FALSE, on_mouse);
    emscripten_set_wheel_callback(canvas, nullptr, EM_FALSE, on_wheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_key);
    emscripten_set_focus_callback(canvas, nullptr, EM_FALSE, on_focus);
    emscripten_set_blur_callback(canvas, nullptr, EM_FALSE, on_focus);
    // Rotation, browser zoom and DPR changes all arrive as window resizes.
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
}

}  // namespace factsheet::web
