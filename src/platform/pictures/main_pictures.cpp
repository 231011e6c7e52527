// main_pictures.cpp: the picture runtime's browser entry points (the embedded sheet's charts and
// diagrams, README "Pictures in the embedded sheet"), the exports of src/platform/bridge.json's
// "pictures" (pictures_bridge.h, generated, declares them; its table says what each is for).
// One WebGL2 context per page, on a canvas that is never shown (the page names it): each picture
// is rendered there in turn and web/pictures/pictures.js copies it into
// that picture's own canvas in the page. So a page holds one context whatever its number of
// pictures, and two sheets on a host page hold two (browsers keep about 16).
//
// Every view (ui::PictureView) has its own Dear ImGui context, all sharing one font atlas; the
// OpenGL3 renderer backend keeps its state per Dear ImGui context, so each view has its own
// (shaders and buffers are small); the atlas's texture is made once, by whichever draws first.
#include <GLES3/gl3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "pictures_bridge.h"
#include "platform/dom_keys.h"
#include "platform/pointer.h"
#include "platform/web/browser_fonts.h"
#include "platform/web/readouts.h"
#include "platform/web/webgl.h"
#include "ui/picture_view.h"
#include "ui/theme.h"

namespace {

struct Runtime {
    std::unique_ptr<factsheet::ui::PictureSet> set;
    std::vector<std::unique_ptr<factsheet::ui::PictureView>> views;
    std::vector<bool> backend;  // the view's renderer backend is initialised
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    bool gl_ready = false;
    std::string canvas;  // the drawing canvas's CSS selector, as the page gave it
    int canvas_w = 0, canvas_h = 0;
    factsheet::ui::ThemeId theme = factsheet::ui::ThemeId::Light;
    long accent = -1;  // 0xRRGGBB the host chose for links, -1 for the theme's own
    std::string scratch;  // strings handed to JS stay alive until the next call
};

Runtime& rt() {
    static Runtime r;
    return r;
}

factsheet::ui::PictureView* view(int i) {
    Runtime& r = rt();
    return i >= 0 && static_cast<size_t>(i) < r.views.size() ? r.views[static_cast<size_t>(i)].get() : nullptr;
}

factsheet::ui::Theme current_theme() {
    factsheet::ui::Theme t = factsheet::ui::theme(rt().theme);
    if (rt().accent >= 0) t.accent = static_cast<std::uint32_t>(rt().accent);
    return t;
}

bool init_backend(size_t i) {
    Runtime& r = rt();
    ImGui::SetCurrentContext(r.views[i]->context());
    r.backend[i] = factsheet::web::renderer_init();
    return r.backend[i];
}

}  // namespace

extern "C" {

// The content (bytes the caller malloc'd; copied here), the letters from the browser, then the
// WebGL2 context.
int fp_start(const unsigned char* json, int json_len, const char* canvas) {
    Runtime& r = rt();
    r.canvas = canvas ? canvas : "";
    r.set = std::make_unique<factsheet::ui::PictureSet>();
    if (!r.set->set_font_loader(factsheet::web::browser_font_loader())) return 2;
    if (!r.set->set_content(std::string_view(reinterpret_cast<const char*>(json), static_cast<size_t>(json_len)))) return 3;
    r.gl = factsheet::web::create_webgl2(r.canvas.c_str());
    if (!r.gl) return 1;
    r.gl_ready = true;
    return 0;
}

// The whole sheet after a start from its lead: the pictures in the details can then be added.
int fp_set_details(const unsigned char* json, int json_len) {
    Runtime& r = rt();
    return r.set && r.set->set_details(std::string_view(reinterpret_cast<const char*>(json), static_cast<size_t>(json_len))) ? 1 : 0;
}

// A view for the picture block `id`; its index, or -1 when the content has no such picture.
int fp_add(const char* id) {
    Runtime& r = rt();
    if (!r.set || !id) return -1;
    auto v = std::make_unique<factsheet::ui::PictureView>(*r.set, id);
    if (!v->ok()) return -1;
    v->set_theme(current_theme());
    r.views.push_back(std::move(v));
    r.backend.push_back(false);
    const size_t i = r.views.size() - 1;
    if (!init_backend(i)) {
        r.views.pop_back();
        r.backend.pop_back();
        return -1;
    }
    return static_cast<int>(i);
}

// Lays view i out for its canvas's CSS width, the text size (1..2) and the density; its height.
double fp_layout(int i, double css_w, double text_scale, double dpr) {
    factsheet::ui::PictureView* v = view(i);
    return v ? v->layout(static_cast<float>(css_w), static_cast<float>(text_scale), static_cast<float>(dpr)) : 0;
}

// The density view i draws at (the page's devicePixelRatio, within reason): its canvas's
// backing store is the CSS size times this.
double fp_dpr(int i) {
    factsheet::ui::PictureView* v = view(i);
    return v ? v->dpr() : 1;
}

double fp_height(int i) {
    factsheet::ui::PictureView* v = view(i);
    return v ? v->height() : 0;
}

// The page's theme by its index in the palette (another is the first) and the embedder's accent.
void fp_set_theme(int theme, double accent) {
    Runtime& r = rt();
    r.theme = factsheet::ui::theme_at(theme).value_or(factsheet::ui::ThemeId::Light);
    r.accent = accent >= 0 && accent <= 0xFFFFFF ? static_cast<long>(accent) : -1;
    for (auto& v : r.views) v->set_theme(current_theme());
}

void fp_set_reduced_motion(int on) {
    for (auto& v : rt().views) v->set_reduced_motion(on != 0);
}

void fp_set_visible(int i, int on) {
    if (auto* v = view(i)) v->set_visible(on != 0);
}

// Pointer input on view i's canvas, CSS px: kind 0 down, 1 move, 2 up, 3 cancel.
void fp_pointer(int i, Pointer kind, double x, double y, int touch, double t) {
    if (factsheet::ui::PictureView* v = view(i))
        factsheet::platform::send_pointer(*v, kind, static_cast<float>(x), static_cast<float>(y), touch != 0, t);
}

// A key (the DOM event's code and key) while view i's canvas has the focus; 1 when the
// picture used it (the page then stops the event).
int fp_key(int i, const char* code, const char* key) {
    factsheet::ui::PictureView* v = view(i);
    const ImGuiKey k = factsheet::platform::to_imgui_key(code, key);
    return v && k != ImGuiKey_None && v->key(k) ? 1 : 0;
}

int fp_wants_frame(int i) {
    factsheet::ui::PictureView* v = view(i);
    return v && rt().gl_ready && v->wants_frame() ? 1 : 0;
}

// Builds and renders view i's frame into the shared canvas's bottom-left corner (where GL's
// origin is), device pixels; web/pictures/pictures.js then copies that corner. 1 when it drew.
int fp_frame(int i, double t) {
    Runtime& r = rt();
    factsheet::ui::PictureView* v = view(i);
    if (!v || !r.gl_ready) return 0;
    const int fb_w = static_cast<int>(std::lround(v->width() * v->dpr()));
    const int fb_h = static_cast<int>(std::lround(v->height() * v->dpr()));
    if (fb_w <= 0 || fb_h <= 0) return 0;
    if (fb_w > r.canvas_w || fb_h > r.canvas_h) {  // grows only: a resize clears the buffer
        r.canvas_w = std::max(r.canvas_w, fb_w);
        r.canvas_h = std::max(r.canvas_h, fb_h);
        emscripten_set_canvas_element_size(r.canvas.c_str(), r.canvas_w, r.canvas_h);
    }
    emscripten_webgl_make_context_current(r.gl);
    ImGui::SetCurrentContext(v->context());
    ImGui_ImplOpenGL3_NewFrame();  // creates the renderer's shaders and buffers on first use
    v->frame(t);
    factsheet::web::render(v->draw_data(), fb_w, fb_h, current_theme().background);  // this picture's corner only
    return 1;
}

// The context was lost: nothing draws until it is restored.
void fp_gl_lost() { rt().gl_ready = false; }

// Restored: every GL object is gone. Each view's renderer is rebuilt and the shared atlas's
// textures made again on the next frame. 1 when it worked; 0 leaves the page with its tables.
int fp_gl_restored() {
    Runtime& r = rt();
    if (!r.set) return 0;
    emscripten_webgl_make_context_current(r.gl);
    for (size_t i = 0; i < r.views.size(); ++i) {
        ImGui::SetCurrentContext(r.views[i]->context());
        if (r.backend[i]) factsheet::web::renderer_shutdown();
        r.backend[i] = false;
    }
    factsheet::web::textures_lost(r.set->atlas());
    for (size_t i = 0; i < r.views.size(); ++i)
        if (!init_backend(i)) return 0;
    for (auto& v : r.views) v->redraw();
    r.gl_ready = true;
    return 1;
}

// --- what the page and its tests read (valid until the next call) ---------------------------
double fp_frames(int i) {
    factsheet::ui::PictureView* v = view(i);
    return v ? static_cast<double>(v->frame_count()) : 0;
}

int fp_selected(int i) {
    factsheet::ui::PictureView* v = view(i);
    return v ? v->selected() : -1;
}

const char* fp_announcement(int i) {
    factsheet::ui::PictureView* v = view(i);
    rt().scratch = v ? v->announcement() : "";
    return rt().scratch.c_str();
}

const char* fp_open_source(int i) {
    factsheet::ui::PictureView* v = view(i);
    rt().scratch = v ? v->open_source() : "";
    return rt().scratch.c_str();
}

// Tap targets in the last frame (CSS px in the picture's canvas) and its words (readouts.h).
const char* fp_hits(int i) {
    factsheet::ui::PictureView* v = view(i);
    rt().scratch = v ? factsheet::web::hit_lines(v->hits()) : "";
    return rt().scratch.c_str();
}

const char* fp_texts(int i) {
    factsheet::ui::PictureView* v = view(i);
    rt().scratch = v ? factsheet::web::text_lines(v->texts()) : "";
    return rt().scratch.c_str();
}

}  // extern "C"
