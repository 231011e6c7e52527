// main_web.cpp: the browser entry points. web/boot.js fetches fonts and content, then calls
// fs_start(); after that the page and the app talk only through the fs_* functions below
// (exported to JS) and the EM_JS host calls (into web/boot.js's host).
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "platform/web/readouts.h"
#include "platform/web/web_platform.h"
#include "platform/web/webgl.h"
#include "ui/theme.h"

namespace factsheet::web {
namespace {

constexpr const char* kCanvas = "#sheet-canvas";

EM_JS(void, js_open_url, (const char* url), { Module.host.openUrl(UTF8ToString(url)); });
EM_JS(void, js_request_language, (const char* lang), { Module.host.requestLanguage(UTF8ToString(lang)); });
EM_JS(void, js_section_changed, (const char* id, const char* title, int jumped),
      { Module.host.sectionChanged(UTF8ToString(id), UTF8ToString(title), !!jumped); });
EM_JS(void, js_share, (const char* section), { Module.host.share(UTF8ToString(section)); });
EM_JS(void, js_exit, (), { Module.host.exitNow(); });
EM_JS(void, js_save_offline, (), { Module.host.saveOffline(); });
EM_JS(void, js_first_frame, (), { Module.host.firstFrame(); });
EM_JS(void, js_announce, (const char* text), { Module.host.announce(UTF8ToString(text)); });
EM_JS(void, js_remove_from_phone, (), { Module.host.removeFromPhone(); });
EM_JS(void, js_request_passages, (const char* lang), { Module.host.requestPassages(UTF8ToString(lang)); });
EM_JS(void, js_print, (int key_points_only, const char* address, const char* qr_svg),
      { Module.host.print(!!key_points_only, UTF8ToString(address), UTF8ToString(qr_svg)); });
// The address, in memory malloc'd here; the caller frees it.
EM_JS(char*, js_address, (const char* section), {
    var s = String(Module.host.address(UTF8ToString(section)));
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

class WebHost : public ui::Host {
public:
    void open_url(const std::string& url) override { js_open_url(url.c_str()); }
    void request_language(const std::string& lang) override { js_request_language(lang.c_str()); }
    void section_changed(const std::string& id, const std::string& title, bool jumped) override {
        js_section_changed(id.c_str(), title.c_str(), jumped ? 1 : 0);
    }
    void share(const std::string& section) override { js_share(section.c_str()); }
    void exit_now() override { js_exit(); }
    void save_offline() override { js_save_offline(); }
    std::string address(const std::string& section) override {
        char* p = js_address(section.c_str());
        std::string out = p ? p : "";
        std::free(p);
        return out;
    }
    void announce(const std::string& text) override { js_announce(text.c_str()); }
    void remove_from_phone() override { js_remove_from_phone(); }
    void request_passages(const std::string& lang) override { js_request_passages(lang.c_str()); }
    void print(bool key_points_only, const std::string& address, const std::string& qr_svg) override {
        js_print(key_points_only ? 1 : 0, address.c_str(), qr_svg.c_str());
    }
};

WebHost host;
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
        js_first_frame();
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

void update_canvas_size() {
    Platform& p = platform();
    double w = 0, h = 0;
    emscripten_get_element_css_size(kCanvas, &w, &h);
    const double dpr = emscripten_get_device_pixel_ratio();
    p.css_w = static_cast<float>(w);
    p.css_h = static_cast<float>(h);
    p.dpr = static_cast<float>(dpr > 0 ? dpr : 1);
    // The backing store matches device pixels exactly, so text is never scaled by the browser.
    emscripten_set_canvas_element_size(kCanvas, static_cast<int>(std::lround(w * dpr)),
                                       static_cast<int>(std::lround(h * dpr)));
    if (p.app) p.app->set_viewport(p.css_w, p.css_h, p.dpr);
    request_frame();
}

}  // namespace factsheet::web

using factsheet::web::platform;
using factsheet::web::request_frame;

extern "C" {

// Starts the app. Font and content bytes are in memory the caller allocated with malloc;
// the app copies them. Returns 0 on success, 1 without WebGL2, 2 without usable fonts.
EMSCRIPTEN_KEEPALIVE int fs_start(const unsigned char* regular, int regular_len, const unsigned char* bold,
                                  int bold_len, const char* json, int json_len, const char* section) {
    static factsheet::ui::App app(&factsheet::web::host);
    auto& p = platform();
    p.app = &app;
    if (!app.set_fonts(std::vector<unsigned char>(regular, regular + regular_len),
                       std::vector<unsigned char>(bold, bold + bold_len)))
        return 2;
    app.set_content(std::string_view(json, static_cast<size_t>(json_len)), section ? section : "");
    if (!factsheet::web::create_webgl2(factsheet::web::kCanvas) || !factsheet::web::renderer_init()) return 1;
    p.gl_ready = true;
    factsheet::web::install_input(factsheet::web::kCanvas);
    factsheet::web::update_canvas_size();
    request_frame();
    return 0;
}

// Replaces the content (a language switch). Returns 1 when it validated.
EMSCRIPTEN_KEEPALIVE int fs_set_content(const char* json, int json_len, const char* section) {
    if (!platform().app) return 0;
    const bool ok = platform().app->set_content(std::string_view(json, static_cast<size_t>(json_len)),
                                                section ? section : "");
    request_frame();
    return ok ? 1 : 0;
}

// The sources' passages of `lang` that the app asked for (Host::request_passages), or their
// failure to arrive. Returns 1 when they were taken.
EMSCRIPTEN_KEEPALIVE int fs_set_passages(const char* lang, const char* json, int json_len) {
    if (!platform().app) return 0;
    const bool ok = platform().app->set_passages(lang ? lang : "", std::string_view(json, static_cast<size_t>(json_len)));
    request_frame();
    return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void fs_passages_failed() {
    if (!platform().app) return;
    platform().app->passages_failed();
    request_frame();
}

EMSCRIPTEN_KEEPALIVE void fs_jump(const char* section) {
    if (!platform().app) return;
    platform().app->jump_to_section(section ? section : "", true);
    request_frame();
}

// The system's light/dark preference; the reader's own choice in the menu wins over it.
EMSCRIPTEN_KEEPALIVE void fs_set_system_dark(int dark) {
    if (!platform().app) return;
    platform().app->set_system_dark(dark != 0);
    request_frame();
}

// A short message by ui string key ("link_copied"), after the page shared or copied a link.
EMSCRIPTEN_KEEPALIVE void fs_notify(const char* key) {
    if (!platform().app || !key) return;
    platform().app->notify(key, emscripten_performance_now() / 1000.0);
    request_frame();
}

EMSCRIPTEN_KEEPALIVE void fs_set_theme(int theme) {
    if (!platform().app || theme < 0 || theme > 2) return;
    platform().app->set_theme(static_cast<factsheet::ui::ThemeId>(theme));
    request_frame();
}

EMSCRIPTEN_KEEPALIVE void fs_set_reduced_motion(int on) {
    if (platform().app) platform().app->set_reduced_motion(on != 0);
}

// Benchmark reference only: redraw every frame like a stock Dear ImGui loop.
EMSCRIPTEN_KEEPALIVE void fs_set_continuous(int on) {
    if (!platform().app) return;
    platform().app->set_continuous(on != 0);
    request_frame();
}

// The WebGL context was lost (boot.js stops drawing) or restored (rebuild, then draw again).
EMSCRIPTEN_KEEPALIVE void fs_gl_lost() { platform().gl_ready = false; }

EMSCRIPTEN_KEEPALIVE int fs_gl_restored() {
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

EMSCRIPTEN_KEEPALIVE void fs_set_can_save_offline(int on) {
    if (!platform().app) return;
    platform().app->set_can_save_offline(on != 0);
    request_frame();
}

EMSCRIPTEN_KEEPALIVE void fs_set_offline_one_language(int on) {
    if (!platform().app) return;
    platform().app->set_offline_one_language(on != 0);
    request_frame();
}

EMSCRIPTEN_KEEPALIVE void fs_resized() { factsheet::web::update_canvas_size(); }

// --- read-only state for the page and its tests ------------------------------------------
EMSCRIPTEN_KEEPALIVE double fs_frame_count() {
    return platform().app ? static_cast<double>(platform().app->frame_count()) : 0;
}

EMSCRIPTEN_KEEPALIVE const char* fs_current_section() {
    factsheet::web::scratch = platform().app ? platform().app->current_section() : "";
    return factsheet::web::scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE double fs_scroll_offset() { return platform().app ? platform().app->scroll_offset() : 0; }

// Texts drawn in the last frame, top to bottom, and tap targets on screen (readouts.h).
EMSCRIPTEN_KEEPALIVE const char* fs_drawn_texts() {
    factsheet::web::scratch = platform().app ? factsheet::web::text_lines(platform().app->last_texts()) : "";
    return factsheet::web::scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* fs_hits() {
    factsheet::web::scratch = platform().app ? factsheet::web::hit_lines(platform().app->last_hits()) : "";
    return factsheet::web::scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE int fs_content_ok() { return platform().app && platform().app->content_ok() ? 1 : 0; }

}  // extern "C"
