// app_input.cpp: the app's input: a touch that taps or, once it moves past the slop, scrolls
// (and then never taps), a fling, the wheel, reading keys, and the menu's own scrolling.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/app.h"

namespace factsheet::ui {
namespace {
constexpr float kTouchSlop = 8.0f;  // CSS px a finger may wander before a tap becomes a scroll
}  // namespace

void App::pointer_down(float x, float y, bool touch, double t) {
    (void)t;
    // A finger landing on a moving page stops it; that touch is not a tap.
    press_cancelled_ = scroller_.moving();
    scroller_.stop();
    pointer_down_ = true;
    gesture_scrolling_ = false;
    down_x_ = x;
    down_y_ = y;
    if (press_cancelled_) loop_.pointer_gone();
    else loop_.pointer_at(x, y, touch);
    loop_.button(true, touch);
}

void App::pointer_move(float x, float y, bool touch, double t) {
    // A finger moving over an open menu taller than the screen scrolls the menu, and never taps.
    if (pointer_down_ && touch && menu_open_ && menu_scroll_.max > 0 && !menu_dragging_ && std::hypot(x - down_x_, y - down_y_) > kTouchSlop) {
        menu_dragging_ = true;
        press_cancelled_ = true;
        menu_drag_y_ = y;
    }
    if (menu_dragging_) {
        menu_scroll_.offset = std::clamp(menu_scroll_.offset - (y - menu_drag_y_), 0.0f, menu_scroll_.max);
        menu_drag_y_ = y;
        loop_.pointer_gone();
        return;
    }
    if (pointer_down_ && touch && !gesture_scrolling_ && !modal() && std::hypot(x - down_x_, y - down_y_) > kTouchSlop) {
        // From here on this touch scrolls: Dear ImGui sees the pointer leave, so no tap fires.
        gesture_scrolling_ = true;
        press_cancelled_ = true;
        scroller_.drag_begin(down_y_, t);
    }
    if (gesture_scrolling_) {
        scroller_.drag_move(y, t);
        loop_.pointer_gone();
    } else if (!press_cancelled_) {
        loop_.pointer_at(x, y, touch);
    }
    wake();
}

void App::pointer_up(float x, float y, bool touch, double t) {
    if (gesture_scrolling_) scroller_.drag_end(t);
    if (press_cancelled_) loop_.pointer_gone();
    else loop_.pointer_at(x, y, touch);
    loop_.button(false, touch);  // a finger has no hover: after the tap, the pointer leaves
    pointer_down_ = false;
    gesture_scrolling_ = false;
    press_cancelled_ = false;
    menu_dragging_ = false;
    wake();
}

void App::pointer_cancel(double t) {
    if (gesture_scrolling_) scroller_.drag_end(t);
    loop_.pointer_gone();
    loop_.button(false, false);
    pointer_down_ = gesture_scrolling_ = press_cancelled_ = menu_dragging_ = false;
    wake();
}

void App::wheel(float dy_css, double t) {
    (void)t;
    if (menu_open_) {
        menu_scroll_.offset = std::clamp(menu_scroll_.offset + dy_css, 0.0f, menu_scroll_.max);
        wake();
        return;
    }
    if (modal()) return;
    scroller_.scroll_by(dy_css, !reduced_motion_);
    wake();
}

void App::key(int imgui_key, bool down, bool shift, bool ctrl, bool alt, bool super) {
    loop_.make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Shift, shift);
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
    io.AddKeyEvent(ImGuiMod_Alt, alt);
    io.AddKeyEvent(ImGuiMod_Super, super);
    const ImGuiKey k = static_cast<ImGuiKey>(imgui_key);
    // Reading keys scroll the page; Tab, Enter and Space go to Dear ImGui's focus navigation.
    const float page = metrics_.viewport_h - header_h() - metrics_.line_height;
    bool handled = true;
    if (down && !modal()) {
        switch (k) {
            case ImGuiKey_DownArrow: scroller_.scroll_by(metrics_.line_height * 2, true); break;
            case ImGuiKey_UpArrow: scroller_.scroll_by(-metrics_.line_height * 2, true); break;
            case ImGuiKey_PageDown: scroller_.scroll_by(page, true); break;
            case ImGuiKey_PageUp: scroller_.scroll_by(-page, true); break;
            case ImGuiKey_Home: scroller_.scroll_to(0, true); break;
            case ImGuiKey_End: scroller_.scroll_to(scroller_.max_offset(), true); break;
            case ImGuiKey_Space:
                if (!ImGui::GetIO().NavVisible) scroller_.scroll_by(shift ? -page : page, true);
                else handled = false;
                break;
            default: handled = false;
        }
    } else if (down && k == ImGuiKey_Escape) {
        popup_source_ = -1;
        menu_open_ = false;
        card_ = Card::None;
    } else {
        handled = false;
    }
    if (!handled) io.AddKeyEvent(k, down);
    wake();
}

void App::focus_changed(bool focused) {
    loop_.make_current();
    ImGui::GetIO().AddFocusEvent(focused);
    wake();
}

}  // namespace factsheet::ui
