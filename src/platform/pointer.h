// pointer.h: a pointer event from the page (the bridge's Pointer: web/shared/pointer.js) handed to
// a view, the app or a picture, which take the same calls. Positions in CSS px from the canvas's
// corner; t, the event's own time in seconds (a fling's velocity comes from when the finger
// moved, not from when the page heard of it).
#pragma once

namespace factsheet::platform {

template <class View, class Pointer>
void send_pointer(View& view, Pointer kind, float x, float y, bool touch, double t) {
    switch (kind) {
        case Pointer::Down: view.pointer_down(x, y, touch, t); break;
        case Pointer::Move: view.pointer_move(x, y, touch, t); break;
        case Pointer::Up: view.pointer_up(x, y, touch, t); break;
        case Pointer::Cancel: view.pointer_cancel(t); break;             // the browser took it (a scroll)
        case Pointer::Leave: view.pointer_move(-1e9f, -1e9f, false, t); break;  // no hover left
    }
}

}  // namespace factsheet::platform
