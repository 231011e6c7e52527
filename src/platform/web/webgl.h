// webgl.h: what both wasm entry points (the app, src/platform/web; the picture runtime,
// src/platform/pictures) do with WebGL2: make the context, run Dear ImGui's OpenGL3 renderer on a
// Dear ImGui context, draw a frame cleared to the theme's background, and rebuild after the
// context was lost and restored.
#pragma once

#include <cstdint>

#include <emscripten/html5.h>

struct ImDrawData;
struct ImFontAtlas;

namespace factsheet::web {

// A WebGL2 context on the canvas (a CSS selector), made current; 0 where the browser has none.
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE create_webgl2(const char* canvas);

// Dear ImGui's OpenGL3 renderer for the current Dear ImGui context, made and shut down.
bool renderer_init();
void renderer_shutdown();
// After a restored context every GL object is gone, textures too: those of the atlas (which may
// be shared by several Dear ImGui contexts, so no one renderer's shutdown frees them) are made
// again from their pixels on the next frame. Between shutting the renderers down and making them
// again.
void textures_lost(ImFontAtlas* atlas);

// Clears the bottom-left fb_w x fb_h device pixels (where GL's origin is; the rest of a shared
// canvas is left as it is) to `background` (0xRRGGBB) and renders the frame there.
void render(ImDrawData* data, int fb_w, int fb_h, std::uint32_t background);

}  // namespace factsheet::web
