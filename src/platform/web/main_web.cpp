// main_web.cpp: the app's browser entry points. The page (web/app/start.js) fetches the
// content, then calls fs_start(); after that the page and the app talk only through the calls
// declared in src/platform/bridge.json: the fs_* functions below, which the page calls (its input
// among them: pointer, wheel, keys, focus and size come as values), and the host calls, which
// reach web/app/host.js (app_bridge.h, generated from that table, declares both).
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app_bridge.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "platform/dom_keys.h"
#include "platform/pointer.h"
#include "platform/web/browser_fonts.h"
#include "platform/web/readouts.h"
#include "platform/web/web_platform.h"
#include "platform/web/webgl.h"
#include "ui/theme.h"

namespace factsheet::web {
namespace {

bridge::WebHost host;
std::string scratch;  // strings handed to JS stay alive until the next call

EM_BOOL on_animation_frame(double time_ms, void*) {
    Platform& p = platform();
    p.frame_pending = false;
    if (!p.gl_ready) return EM_FALSE;
    ImGui_ImplOpenGL3_NewFrame();  // creates the renderer's shaders and buffers on first use
    p.app->frame(time_ms / 1000.0);
    render(p.app->draw_data(), static_cast<int>(std::lround(p.css_w * p.dpr)), static_cast<int>(std::lround(p.css_h * p.dpr)),
           ui::theme(p.app->theme_id()).background);
    if (p.announce_frame) {  // the page shows the canvas once it holds a picture
        p.announce_frame = false;
        bridge::host_first_frame();
    }
    request_frame();
    return EM_FALSE;  // one frame per request: the loop stops when nothing changes
}

}  // namespace

Platform& platform() {
    static Platform p;
    return p;
}

// Something due later (a message to hide) wakes the loop by timer, not by drawing meanwhile.
void on_wake_timer(void*) {
    platform().wake_timer = 0;
    platform().app->frame_due();
    request_frame();
}

void request_frame() {
    Platform& p = platform();
    if (!p.app) return;
    if (!p.app->wants_frame()) {
        const double due = p.app->next_wake();
        if (due >= 0 && !p.wake_timer) {
            const double ms = std::max(0.0, due * 1000.0 - emscripten_performance_now()) + 5.0;
            p.wake_timer = emscripten_set_timeout(on_wake_timer, ms, nullptr);
        }
        return;
    }
    if (p.frame_pending) return;
    p.frame_pending = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
}

void set_canvas_size(float css_w, float css_h, float dpr) {
    Platform& p = platform();
    p.css_w = std::max(css_w, 0.0f);
    p.css_h = std::max(css_h, 0.0f);
    p.dpr = dpr > 0 ? dpr : 1;
    // The backing store matches device pixels exactly, so text is never scaled by the browser.
    emscripten_set_canvas_element_size(p.canvas.c_str(), static_cast<int>(std::lround(p.css_w * p.dpr)),
                                       static_cast<int>(std::lround(p.css_h * p.dpr)));
    if (p.app) p.app->set_viewport(p.css_w, p.css_h, p.dpr);
    request_frame();
}

}  // namespace factsheet::web

using factsheet::web::platform;
using factsheet::web::request_frame;

// The definitions of app_bridge.h's exports; the table (src/platform/bridge.json) says what each
// is for. Each wakes the loop when it changed something the reader sees.
extern "C" {

// The content in memory the page allocated (the app copies it), the canvas's selector and the
// browser's text size; the letters come from the browser. 0 started, 1 without WebGL2, 2 without
// usable fonts.
int fs_start(const unsigned char* json, int json_len, const char* section, const char* canvas, double text_scale) {
    static factsheet::ui::App app(&factsheet::web::host);
    auto& p = platform();
    p.app = &app;
    p.canvas = canvas ? canvas : "";
    if (!app.set_font_loader(factsheet::web::browser_font_loader())) return 2;
    app.set_text_scale(static_cast<float>(text_scale));
    app.set_content(std::string_view(reinterpret_cast<const char*>(json), static_cast<size_t>(json_len)), section ? section : "");
    if (!factsheet::web::create_webgl2(p.canvas.c_str()) || !factsheet::web::renderer_init()) return 1;
    p.gl_ready = true;
    request_frame();
    return 0;
}

// Replaces the content (a language switch). 1 when it validated.
int fs_set_content(const unsigned char* json, int json_len, const char* section) {
    if (!platform().app) return 0;
    const bool ok = platform().app->set_content(
        std::string_view(reinterpret_cast<const char*>(json), static_cast<size_t>(json_len)), section ? section : "");
    request_frame();
    return ok ? 1 : 0;
}

// The whole sheet after a start from its lead (App::set_details). 1 when taken.
int fs_set_details(const unsigned char* json, int json_len) {
    if (!platform().app) return 0;
    const bool ok = platform().app->set_details(std::string_view(reinterpret_cast<const char*>(json), static_cast<size_t>(json_len)));
    request_frame();
    return ok ? 1 : 0;
}

// The sources' passages of `lang` that the app asked for (Host::request_passages). 1 when taken.
int fs_set_passages(const char* lang, const unsigned char* json, int json_len) {
    if (!platform().app) return 0;
    const bool ok = platform().app->set_passages(
        lang ? lang : "", std::string_view(reinterpret_cast<const char*>(json), static_cast<size_t>(json_len)));
    request_frame();
    return ok ? 1 : 0;
}

void fs_passages_failed() {
    if (!platform().app) return;
    platform().app->passages_failed();
    request_frame();
}

void fs_jump(const char* section) {
    if (!platform().app) return;
    platform().app->jump_to_section(section ? section : "", true);
    request_frame();
}

// The system's light/dark preference; the reader's own choice in the menu wins over it.
void fs_set_system_dark(int dark) {
    if (!platform().app) return;
    platform().app->set_system_dark(dark != 0);
    request_frame();
}

// A short message by ui string key ("link_copied"), after the page shared or copied a link.
void fs_notify(const char* key) {
    if (!platform().app || !key) return;
    platform().app->notify(key, emscripten_performance_now() / 1000.0);
    request_frame();
}

void fs_set_reduced_motion(int on) {
    if (platform().app) platform().app->set_reduced_motion(on != 0);
}

// Benchmark reference only: redraw every frame like a stock Dear ImGui loop.
void fs_set_continuous(int on) {
    if (!platform().app) return;
    platform().app->set_continuous(on != 0);
    request_frame();
}

void fs_set_can_save_offline(int on) {
    if (!platform().app) return;
    platform().app->set_can_save_offline(on != 0);
    request_frame();
}

void fs_set_can_listen(int on) {
    if (!platform().app) return;
    platform().app->set_can_listen(on != 0);
    request_frame();
}

void fs_set_offline_one_language(int on) {
    if (!platform().app) return;
    platform().app->set_offline_one_language(on != 0);
    request_frame();
}

// The WebGL context was lost (the page shows the rendition) or restored (rebuild, draw again).
void fs_gl_lost() { platform().gl_ready = false; }

int fs_gl_restored() {
    auto& p = platform();
    if (!p.app) return 0;
    factsheet::web::renderer_shutdown();
    factsheet::web::textures_lost(ImGui::GetIO().Fonts);
    if (!factsheet::web::renderer_init()) return 0;
    p.gl_ready = true;
    p.announce_frame = true;
    p.frame_pending = false;
    p.app->frame_due();
    request_frame();
    return 1;
}

// The canvas's CSS size and the screen's density (a resize, a rotation, another screen).
void fs_resized(double css_w, double css_h, double dpr) {
    factsheet::web::set_canvas_size(static_cast<float>(css_w), static_cast<float>(css_h), static_cast<float>(dpr));
}

// --- input, as the page hears it (web/shared/pointer.js, web/app/input.js) -----------------
void fs_pointer(Pointer kind, double x, double y, int touch, double t) {
    if (!platform().app) return;
    factsheet::platform::send_pointer(*platform().app, kind, static_cast<float>(x), static_cast<float>(y), touch != 0, t);
    request_frame();
}

// dy in CSS px (the page turns lines and pages into pixels).
void fs_wheel(double dy, double t) {
    if (!platform().app) return;
    platform().app->wheel(static_cast<float>(dy), t);
    request_frame();
}

// A key (the DOM event's code and key) the page lets the sheet have; 1 when the sheet uses it
// (the page then stops the event, so browser shortcuts keep working for the rest).
int fs_key(const char* code, const char* key, int down, int shift) {
    const ImGuiKey k = factsheet::platform::to_imgui_key(code, key);
    if (!platform().app || k == ImGuiKey_None) return 0;
    platform().app->key(k, down != 0, shift != 0, false, false, false);
    request_frame();
    return 1;
}

void fs_focus(int on) {
    if (!platform().app) return;
    platform().app->focus_changed(on != 0);
    request_frame();
}

// --- read-only state for the page and its tests ------------------------------------------
double fs_frame_count() { return platform().app ? static_cast<double>(platform().app->frame_count()) : 0; }

void fs_go_to_place(const char* id, double fraction, const char* open_sections) {
    if (!platform().app) return;
    std::vector<std::string> open;
    std::string word;
    for (const char* c = open_sections ? open_sections : ""; ; ++c) {
        if (*c == ' ' || *c == '\0') {
            if (!word.empty()) open.push_back(word);
            word.clear();
            if (*c == '\0') break;
        } else {
            word += *c;
        }
    }
    platform().app->go_to_place({id ? id : "", static_cast<float>(fraction)}, open);
}

const char* fs_place_id() {
    factsheet::web::scratch = platform().app ? platform().app->place().id : "";
    return factsheet::web::scratch.c_str();
}

double fs_place_fraction() { return platform().app ? platform().app->place().fraction : 0; }

const char* fs_current_section() {
    factsheet::web::scratch = platform().app ? platform().app->current_section() : "";
    return factsheet::web::scratch.c_str();
}

double fs_scroll_offset() { return platform().app ? platform().app->scroll_offset() : 0; }

// Texts drawn in the last frame, top to bottom, and tap targets on screen (readouts.h).
const char* fs_drawn_texts() {
    factsheet::web::scratch = platform().app ? factsheet::web::text_lines(platform().app->last_texts()) : "";
    return factsheet::web::scratch.c_str();
}

const char* fs_hits() {
    factsheet::web::scratch = platform().app ? factsheet::web::hit_lines(platform().app->last_hits()) : "";
    return factsheet::web::scratch.c_str();
}

int fs_content_ok() { return platform().app && platform().app->content_ok() ? 1 : 0; }
int fs_details_later() { return platform().app && platform().app->sheet().details_later() ? 1 : 0; }

}  // extern "C"
