// browser_fonts.h: Dear ImGui's font loader for the web build: the browser measures and draws each
// letter in the page's own font (web/shared/glyphs.js), so the canvas needs no font file and no
// rasteriser of its own, and its letters are the ones of the first paint it replaces.
#pragma once

struct ImFontLoader;

namespace factsheet::web {

const ImFontLoader* browser_font_loader();

}  // namespace factsheet::web
