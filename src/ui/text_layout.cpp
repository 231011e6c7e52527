// text_layout.cpp: greedy line breaking at spaces, citation markers glued to the word before them.
#include "ui/text_layout.h"

#include <cfloat>

#include "imgui.h"

namespace factsheet::ui {
namespace {

struct Atom {
    std::string text;
    bool space_before = false;
    bool cite = false;
    int source_index = -1;
};

int source_index_of(const content::Sheet& sheet, const std::string& id) {
    for (size_t i = 0; i < sheet.sources.size(); ++i)
        if (sheet.sources[i].id == id) return static_cast<int>(i);
    return -1;
}

void split_words(const std::string& text, std::vector<Atom>& out) {
    bool space = false;
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == ' ' || c == '\n' || c == '\t') {
            space = true;
            ++i;
            continue;
        }
        size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t') ++j;
        out.push_back({text.substr(i, j - i), space, false, -1});
        space = false;
        i = j;
    }
    // A trailing space separates this span from what follows (a cite never takes it).
    if (space && !out.empty()) out.push_back({"", true, false, -1});
}

// Length in bytes of the UTF-8 sequence starting with byte c.
size_t utf8_len(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c >> 5) == 0x6) return 2;
    if ((c >> 4) == 0xE) return 3;
    if ((c >> 3) == 0x1E) return 4;
    return 1;
}

class Builder {
public:
    Builder(const TextStyle& style, const TextStyle& cite_style, float max_width)
        : style_(style), cite_(cite_style), max_w_(max_width > 1 ? max_width : 1) {
        space_w_ = measure(style.font, style.size, " ");
    }

    void add(const Atom& a) {
        if (a.text.empty()) {
            pending_space_ = pending_space_ || a.space_before;
            return;
        }
        const TextStyle& st = a.cite ? cite_ : style_;
        const bool space = (a.space_before || pending_space_) && x_ > 0;
        pending_space_ = false;
        float w = measure(st.font, st.size, a.text);
        float lead = space ? space_w_ : 0;
        if (x_ > 0 && x_ + lead + w > max_w_) {
            new_line();
            lead = 0;
        }
        if (w > max_w_) {  // an address or a very long word: break it where it must
            place_broken(a, st);
            return;
        }
        place(a.text, x_ + lead, w, a, lead > 0);
        x_ += lead + w;
    }

    TextBlock finish() {
        if (x_ > 0 || block_.lines == 0) ++block_.lines;
        block_.height = block_.lines * style_.line_height;
        return std::move(block_);
    }

private:
    void new_line() {
        ++block_.lines;
        x_ = 0;
    }

    void place(const std::string& text, float x, float w, const Atom& a, bool after_space) {
        const float y = block_.lines * style_.line_height;
        Piece* last = block_.pieces.empty() ? nullptr : &block_.pieces.back();
        // Words of one run on one line share a piece: fewer draw calls, same result.
        if (!a.cite && last && !last->cite && last->y == y && after_space) {
            last->text += ' ';
            last->text += text;
            last->w = x + w - last->x;
        } else {
            Piece p;
            p.x = x;
            p.y = y;
            p.w = w;
            p.text = text;
            p.cite = a.cite;
            p.source_index = a.source_index;
            block_.pieces.push_back(std::move(p));
        }
        if (x + w > block_.width) block_.width = x + w;
    }

    void place_broken(const Atom& a, const TextStyle& st) {
        size_t start = 0;
        const std::string& s = a.text;
        while (start < s.size()) {
            size_t end = start;
            float w = 0;
            while (end < s.size()) {
                const size_t n = utf8_len(static_cast<unsigned char>(s[end]));
                const float nw = measure(st.font, st.size, s.substr(start, end + n - start));
                if (nw > max_w_ - x_ && end > start) break;
                end += n;
                w = nw;
            }
            place(s.substr(start, end - start), x_, w, a, false);
            x_ += w;
            start = end;
            if (start < s.size()) new_line();
        }
    }

    TextStyle style_, cite_;
    float max_w_;
    float space_w_ = 0;
    float x_ = 0;
    bool pending_space_ = false;
    TextBlock block_;
};

}  // namespace

float measure(ImFont* font, float size, const std::string& text) {
    if (!font || text.empty()) return 0;
    return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

TextBlock layout_text(const content::RichText& text, const content::Sheet& sheet, const TextStyle& style,
                      const TextStyle& cite_style, float max_width) {
    std::vector<Atom> atoms;
    for (const content::Span& span : text) {
        if (span.kind == content::Span::Kind::Text) {
            split_words(span.text, atoms);
        } else {
            const int index = source_index_of(sheet, span.source_id);
            atoms.push_back({"[" + std::to_string(index + 1) + "]", false, true, index});
        }
    }
    Builder b(style, cite_style, max_width);
    for (const Atom& a : atoms) b.add(a);
    return b.finish();
}

TextBlock layout_plain(const std::string& text, const TextStyle& style, float max_width) {
    std::vector<Atom> atoms;
    split_words(text, atoms);
    Builder b(style, style, max_width);
    for (const Atom& a : atoms) b.add(a);
    return b.finish();
}

}  // namespace factsheet::ui
