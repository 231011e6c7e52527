// gl_web.cpp: the WebGL2 context and Dear ImGui's OpenGL3 renderer on it.
#include <GLES3/gl3.h>
#include <emscripten/html5.h>

#include "imgui_impl_opengl3.h"
#include "platform/web/web_platform.h"
#include "ui/theme.h"

namespace factsheet::web {

bool gl_init(const char* canvas) {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;      // an opaque canvas composites cheaper
    attrs.antialias = false;  // Dear ImGui anti-aliases its own shapes
    attrs.depth = false;
    attrs.stencil = false;
    attrs.premultipliedAlpha = false;
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context(canvas, &attrs);
    if (ctx <= 0) return false;
    emscripten_webgl_make_context_current(ctx);
    return ImGui_ImplOpenGL3_Init("#version 300 es");
}

bool gl_restore() {
    // The context object survives a loss; every GL object in it does not. Dear ImGui's
    // renderer rebuilds its shaders and buffers, and the font atlas is uploaded again
    // (1.92 turns textures the backend destroyed back into WantCreate).
    ImGui_ImplOpenGL3_Shutdown();
    return ImGui_ImplOpenGL3_Init("#version 300 es");
}

void gl_render(ImDrawData* data, int fb_w, int fb_h) {
    const std::uint32_t bg = ui::theme(platform().app->theme_id()).background;
    glViewport(0, 0, fb_w, fb_h);
    glClearColor(((bg >> 16) & 0xFF) / 255.0f, ((bg >> 8) & 0xFF) / 255.0f, (bg & 0xFF) / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(data);
}

}  // namespace factsheet::web
