// factsheet_preview.cpp: factsheet-preview IN.json OUT.png REGULAR.ttf BOLD.ttf: the link preview
// picture (Open Graph, 1200x630 PNG) drawn from the content: the sheet's title, subtitle and its
// first figure (value, unit and what it counts), the site's name, in the light theme's colours
// (web/shared/palette.json, through the generated palette.inc), with the shipped Noto Sans subsets
// rasterised by Dear ImGui's bundled stb_truetype. No photographs, nothing fetched: the picture
// never drifts from the text. Validates IN.json like factsheet-check first.
// Exit status: 0 written, 1 invalid content, 2 usage or I/O errors.
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "content/loader.h"
#include "content/rich_text.h"
#include "content/utf8.h"
#include "html/html.h"
#include "palette.inc"
#include "read_file.h"

#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include "imstb_truetype.h"

namespace {

using namespace factsheet;

struct Colours {
#define FACTSHEET_FIELD(name) std::uint32_t name;
    FACTSHEET_THEME_FIELDS(FACTSHEET_FIELD)
#undef FACTSHEET_FIELD
};
const Colours light = FACTSHEET_THEME_COLOURS_Light;

constexpr int W = html::preview_width, H = html::preview_height;

struct Canvas {
    std::vector<std::uint8_t> rgb = std::vector<std::uint8_t>(static_cast<std::size_t>(W) * H * 3);
    void fill(int x0, int y0, int x1, int y1, std::uint32_t c) {
        for (int y = std::max(0, y0); y < std::min(H, y1); ++y)
            for (int x = std::max(0, x0); x < std::min(W, x1); ++x) put(x, y, c, 255);
    }
    void put(int x, int y, std::uint32_t c, int a) {
        if (x < 0 || y < 0 || x >= W || y >= H || a <= 0) return;
        std::uint8_t* p = &rgb[(static_cast<std::size_t>(y) * W + x) * 3];
        const int v[3] = {int(c >> 16 & 255), int(c >> 8 & 255), int(c & 255)};
        for (int i = 0; i < 3; ++i) p[i] = static_cast<std::uint8_t>((v[i] * a + p[i] * (255 - a) + 127) / 255);
    }
};

// The text's code points (content/utf8.h: an ill-formed byte is U+FFFD).
std::vector<std::uint32_t> code_points(const std::string& s) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < s.size();) out.push_back(content::next_code_point(s, i));
    return out;
}

struct Font {
    std::string data;
    stbtt_fontinfo info{};
    bool load(const std::string& path) {
        std::string why;
        if (!tools::read_file(path, data, why)) return false;
        const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
        return stbtt_InitFont(&info, bytes, stbtt_GetFontOffsetForIndex(bytes, 0)) != 0;
    }
    float scale(float px) const { return stbtt_ScaleForMappingEmToPixels(&info, px); }
    float width(const std::string& text, float px) const {
        const float k = scale(px);
        float w = 0;
        int prev = 0;
        for (std::uint32_t cp : code_points(text)) {
            const int g = stbtt_FindGlyphIndex(&info, static_cast<int>(cp));
            int advance = 0, lsb = 0;
            stbtt_GetGlyphHMetrics(&info, g, &advance, &lsb);
            if (prev) w += k * stbtt_GetGlyphKernAdvance(&info, prev, g);
            w += k * advance;
            prev = g;
        }
        return w;
    }
    // Draws one line with its baseline at y.
    void draw(Canvas& canvas, const std::string& text, float x, float y, float px, std::uint32_t colour) const {
        const float k = scale(px);
        int prev = 0;
        for (std::uint32_t cp : code_points(text)) {
            const int g = stbtt_FindGlyphIndex(&info, static_cast<int>(cp));
            if (prev) x += k * stbtt_GetGlyphKernAdvance(&info, prev, g);
            int advance = 0, lsb = 0;
            stbtt_GetGlyphHMetrics(&info, g, &advance, &lsb);
            int bw = 0, bh = 0, ox = 0, oy = 0;
            const float sx = x - static_cast<float>(static_cast<int>(x));
            unsigned char* bitmap = stbtt_GetGlyphBitmapSubpixel(&info, k, k, sx, 0, g, &bw, &bh, &ox, &oy);
            for (int j = 0; j < bh; ++j)
                for (int i = 0; i < bw; ++i)
                    canvas.put(static_cast<int>(x) + ox + i, static_cast<int>(y) + oy + j, colour, bitmap[j * bw + i]);
            stbtt_FreeBitmap(bitmap, nullptr);
            x += k * advance;
            prev = g;
        }
    }
};

// Greedy word wrap into at most max_lines lines of width max_w; the last one ends in "…" when
// the text goes on.
std::vector<std::string> wrap(const Font& font, const std::string& text, float px, float max_w, std::size_t max_lines) {
    std::vector<std::string> words, lines;
    std::string word;
    for (char c : text + " ") {
        if (c == ' ') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    std::string line;
    std::size_t i = 0;
    for (; i < words.size(); ++i) {
        const std::string next = line.empty() ? words[i] : line + " " + words[i];
        if (line.empty() || font.width(next, px) <= max_w) {
            line = next;
            continue;
        }
        lines.push_back(line);
        line = words[i];
        if (lines.size() == max_lines) break;
    }
    if (lines.size() < max_lines && !line.empty()) {
        lines.push_back(line);
        line.clear();
    }
    if (i < words.size() && !lines.empty()) {
        std::string& last = lines.back();
        while (!last.empty() && font.width(last + "\u2026", px) > max_w) {
            const std::size_t cut = last.find_last_of(' ');
            last.erase(cut == std::string::npos ? 0 : cut);
        }
        last += "\u2026";
    }
    return lines;
}

// As wrap, but a text too long for its lines ends after its last whole sentence that fits, when
// there is one: a picture should not cut a claim (or its date) in half.
std::vector<std::string> wrap_sentences(const Font& font, const std::string& text, float px, float max_w,
                                        std::size_t max_lines) {
    std::vector<std::string> lines = wrap(font, text, px, max_w, max_lines);
    if (lines.empty() || lines.back().size() < 3 || lines.back().compare(lines.back().size() - 3, 3, "\u2026") != 0) {
        return lines;
    }
    for (std::size_t end = text.rfind(". "); end != std::string::npos && end > 0; end = text.rfind(". ", end - 1)) {
        std::vector<std::string> shorter = wrap(font, text.substr(0, end + 1), px, max_w, max_lines);
        const std::string& last = shorter.back();
        if (last.size() < 3 || last.compare(last.size() - 3, 3, "\u2026") != 0) return shorter;
    }
    return lines;
}

void chunk(std::string& png, const char* type, const std::string& data) {
    const std::uint32_t n = static_cast<std::uint32_t>(data.size());
    const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
    png.append(len, 4);
    const std::string body = std::string(type, 4) + data;
    png += body;
    const std::uint32_t crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size())));
    const char c[4] = {char(crc >> 24), char(crc >> 16), char(crc >> 8), char(crc)};
    png.append(c, 4);
}

bool encode_png(const Canvas& canvas, std::string& png) {
    std::string raw;
    raw.reserve(static_cast<std::size_t>(W * 3 + 1) * H);
    for (int y = 0; y < H; ++y) {
        raw += '\0';  // filter: none
        raw.append(reinterpret_cast<const char*>(&canvas.rgb[static_cast<std::size_t>(y) * W * 3]), static_cast<std::size_t>(W) * 3);
    }
    uLongf size = compressBound(static_cast<uLong>(raw.size()));
    std::string z(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(&z[0]), &size, reinterpret_cast<const Bytef*>(raw.data()),
                  static_cast<uLong>(raw.size()), 9) != Z_OK)
        return false;
    z.resize(size);
    png = "\x89PNG\r\n\x1a\n";
    const char ihdr[13] = {0, char(W >> 16), char(W >> 8), char(W & 255), 0, char(H >> 16), char(H >> 8), char(H & 255),
                           8, 2, 0, 0, 0};  // 8-bit RGB
    chunk(png, "IHDR", std::string(ihdr, 13));
    chunk(png, "IDAT", z);
    chunk(png, "IEND", "");
    return true;
}

// A rich text's words without its citations, without the space a citation left at the end.
std::string plain(const content::RichText& spans) {
    std::string out = content::plain_text(spans);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: factsheet-preview IN.json OUT.png REGULAR.ttf BOLD.ttf\n");
        return 2;
    }
    const std::string in = argv[1], out = argv[2];
    std::string text, why;
    if (!tools::read_file(in, text, why)) {
        std::fprintf(stderr, "factsheet-preview: cannot read %s: %s\n", in.c_str(), why.c_str());
        return 2;
    }
    const content::LoadResult loaded = content::load_sheet(text);
    if (!loaded.ok()) {
        for (const auto& e : loaded.errors) std::fprintf(stderr, "%s: %s\n", in.c_str(), content::format_error(e).c_str());
        return 1;
    }
    Font regular, bold;
    if (!regular.load(argv[3]) || !bold.load(argv[4])) {
        std::fprintf(stderr, "factsheet-preview: cannot load the fonts %s, %s\n", argv[3], argv[4]);
        return 2;
    }
    const content::Sheet& s = loaded.sheet;
    const content::Block* figure = nullptr;
    for (const content::Section& section : s.sections) {
        for (const content::Block& b : section.blocks)
            if (!figure && b.type == content::BlockType::Figure) figure = &b;
    }

    Canvas c;
    const float margin = 72, inner = W - 2 * margin;
    c.fill(0, 0, W, H, light.background);
    c.fill(0, 0, W, 14, light.accent);
    float y = 56;
    for (const std::string& line : wrap(bold, s.meta.title, 58, inner, 3)) {
        y += 66;
        bold.draw(c, line, margin, y, 58, light.heading);
    }
    y += 18;
    for (const std::string& line : wrap_sentences(regular, s.meta.subtitle, 30, inner, 2)) {
        y += 42;
        regular.draw(c, line, margin, y, 30, light.muted);
    }
    // The key figure, on the surface colour, above the site's name.
    const float band = H - 70, box_top = std::max(y + 30, 370.0f);
    if (figure) {
        c.fill(0, static_cast<int>(box_top), W, static_cast<int>(band), light.surface);
        // The value on one line (smaller when it is long), what it counts under it.
        const std::string value = figure->value + (figure->unit.empty() ? "" : " " + figure->unit);
        float value_px = 68;
        while (value_px > 36 && bold.width(value, value_px) > inner) value_px -= 2;
        float ty = box_top + 24 + value_px * 0.9f;
        bold.draw(c, value, margin, ty, value_px, light.accent);
        ty += 12;
        for (const std::string& line : wrap_sentences(regular, plain(figure->text), 26, inner, 2)) {
            ty += 36;
            regular.draw(c, line, margin, ty, 26, light.text);
        }
    }
    c.fill(0, static_cast<int>(band), W, H, light.accent);
    bold.draw(c, s.ui_text("site_name"), margin, band + 46, 28, light.accent_text);

    std::string png;
    if (!encode_png(c, png) || !tools::write_file(out, png, why)) {
        std::fprintf(stderr, "factsheet-preview: cannot write %s: %s\n", out.c_str(), why.c_str());
        return 2;
    }
    return 0;
}
