// webgl.cpp: the WebGL2 context and Dear ImGui's OpenGL3 renderer on it, for both entry points.
#include "platform/web/webgl.h"

#include <GLES3/gl3.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"

namespace factsheet::web {

EMSCRIPTEN_WEBGL_CONTEXT_HANDLE create_webgl2(const char* canvas) {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;      // opaque: cleared to the page's background, and cheaper to composite
    attrs.antialias = false;  // Dear ImGui anti-aliases its own shapes
    attrs.depth = false;
    attrs.stencil = false;
    attrs.premultipliedAlpha = false;
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context(canvas, &attrs);
    if (ctx > 0) emscripten_webgl_make_context_current(ctx);
    return ctx > 0 ? ctx : 0;
}

bool renderer_init() { return ImGui_ImplOpenGL3_Init("#version 300 es"); }

void renderer_shutdown() { ImGui_ImplOpenGL3_Shutdown(); }

void textures_lost(ImFontAtlas* atlas) {
    for (ImTextureData* tex : atlas->TexList) {
        if (tex->Status == ImTextureStatus_Destroyed) continue;
        tex->SetTexID(ImTextureID_Invalid);
        tex->BackendUserData = nullptr;
        tex->SetStatus(ImTextureStatus_WantCreate);
    }
}

void render(ImDrawData* data, int fb_w, int fb_h, std::uint32_t background) {
    glViewport(0, 0, fb_w, fb_h);
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, fb_w, fb_h);
    glClearColor(((background >> 16) & 0xFF) / 255.0f, ((background >> 8) & 0xFF) / 255.0f, (background & 0xFF) / 255.0f,
                 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(data);
}

}  // namespace factsheet::web
