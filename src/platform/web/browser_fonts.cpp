// browser_fonts.cpp: the browser's letters as a Dear ImGui font loader (browser_fonts.h). Dear ImGui
// asks for a face's ascent and descent at each size it bakes and for each glyph when text first
// needs it; the page answers (the glyphs host calls of src/platform/bridge.json) and the coverage
// goes into the atlas as stb_truetype's would.
#include "platform/web/browser_fonts.h"

#include <cmath>

#include "glyphs_bridge.h"
#include "imgui.h"
#include "imgui_internal.h"

namespace factsheet::web {
namespace {

using bridge::host_font_extent;
using bridge::host_glyph_advance;
using bridge::host_glyph_draw;
using bridge::host_glyph_pixels;

// The face's CSS weight (ui::add_loader_fonts puts it there).
int weight_of(const ImFontConfig* src) { return static_cast<int>(src->FontLoaderFlags); }

// The browser falls back to another of the phone's fonts for a character this one lacks.
bool contains_glyph(ImFontAtlas*, ImFontConfig*, ImWchar) { return true; }

bool baked_init(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*) {
    if (src->MergeMode) return true;
    float extent[2] = {0, 0};
    host_font_extent(weight_of(src), baked->Size, extent, 2);
    baked->Ascent = std::ceil(extent[0]);
    baked->Descent = -std::ceil(extent[1]);
    return true;
}

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar codepoint,
                ImFontGlyph* out_glyph, float* out_advance_x) {
    const int weight = weight_of(src);
    if (out_advance_x) {  // metrics only
        *out_advance_x = static_cast<float>(host_glyph_advance(weight, baked->Size, codepoint));
        return true;
    }
    // Drawn at the density the atlas bakes for (the screen's), so letters stay sharp at DPR 3;
    // measured there too (one font for both: the page sets a font at a cost).
    const float density = src->RasterizerDensity * baked->RasterizerDensity;
    float box[5] = {0, 0, 0, 0, 0};  // left, top (from the pen on the baseline), width, height, advance
    host_glyph_draw(weight, baked->Size * density, codepoint, box, 5);
    out_glyph->Codepoint = codepoint;
    out_glyph->AdvanceX = box[4] / density;
    const int w = static_cast<int>(box[2]);
    const int h = static_cast<int>(box[3]);
    if (w <= 0 || h <= 0) return true;  // a blank: its advance only

    const ImFontAtlasRectId pack_id = ImFontAtlasPackAddRect(atlas, w, h);
    if (pack_id == ImFontAtlasRectId_Invalid) return false;
    ImTextureRect* r = ImFontAtlasPackGetRect(atlas, pack_id);
    ImFontAtlasBuilder* builder = atlas->Builder;
    builder->TempBuffer.resize(w * h);
    host_glyph_pixels(builder->TempBuffer.Data, w * h);

    const float top = std::round(baked->Ascent);
    out_glyph->X0 = box[0] / density;
    out_glyph->Y0 = box[1] / density + top;
    out_glyph->X1 = (box[0] + static_cast<float>(r->w)) / density;
    out_glyph->Y1 = (box[1] + static_cast<float>(r->h)) / density + top;
    out_glyph->Visible = true;
    out_glyph->PackId = pack_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, r, builder->TempBuffer.Data, ImTextureFormat_Alpha8, w);
    return true;
}

ImFontLoader make_loader() {
    ImFontLoader l;
    l.Name = "browser";
    l.FontSrcContainsGlyph = contains_glyph;
    l.FontBakedInit = baked_init;
    l.FontBakedLoadGlyph = load_glyph;
    return l;
}

}  // namespace

const ImFontLoader* browser_font_loader() {
    static const ImFontLoader loader = make_loader();
    return &loader;
}

}  // namespace factsheet::web

// IMGUI_ENABLE_FREETYPE (CMakeLists.txt) leaves stb_truetype out of Dear ImGui and makes this the
// atlas's default loader: the browser's, not FreeType (imgui_freetype.cpp is not built).
namespace ImGuiFreeType {
const ImFontLoader* GetFontLoader() { return factsheet::web::browser_font_loader(); }
}  // namespace ImGuiFreeType
