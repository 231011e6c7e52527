// document.cpp: turns sections and blocks into positioned text, boxes and tap targets.
#include "ui/document.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "content/evidence.h"
#include "content/phone.h"
#include "imgui.h"
#include "ui/pictures.h"
#include "ui/text_layout.h"
#include "present/words.h"

namespace factsheet::ui {
namespace {

using content::Block;
using content::BlockType;

class Builder {
public:
    Builder(const content::Sheet& sheet, const Metrics& m, const Fonts& f, float top, const std::vector<bool>& open,
            const Pictures* pictures, bool listen)
        : sheet_(sheet), m_(m), f_(f), open_(open), pictures_(pictures), listen_(listen), y_(top) {}

    Document build() {
        title();
        contents();
        for (size_t i = 0; i < sheet_.sections.size(); ++i) {
            section_index_ = i;
            section(sheet_.sections[i]);
        }
        sources();
        y_ += m_.line_height * 2;
        doc_.height = y_;
        std::stable_sort(doc_.texts.begin(), doc_.texts.end(),
                         [](const DrawText& a, const DrawText& b) { return a.y < b.y; });
        return std::move(doc_);
    }

private:
    TextStyle style(bool bold, float size, float line_height) const {
        return TextStyle{bold ? f_.bold : f_.regular, size, line_height};
    }
    TextStyle body() const { return style(false, m_.body_size, m_.line_height); }
    TextStyle cite_style() const { return style(true, m_.small_size * 0.85f, m_.line_height); }

    // Vertical offset that centres a font's own line box inside our line box.
    float baseline_shift(const TextStyle& st) const {
        if (!st.font) return 0;
        const float natural = st.font->CalcTextSizeA(st.size, FLT_MAX, 0, "Ag").y;
        return (st.line_height - natural) * 0.5f;
    }

    // Adds a laid-out block at (x, y_) and advances y_.
    void emit(const TextBlock& tb, const TextStyle& st, const TextStyle& cs, float x, ColorRole color, bool bold) {
        const float shift = baseline_shift(st);
        for (const Piece& p : tb.pieces) {
            DrawText t;
            t.x = x + p.x;
            t.text = p.text;
            if (p.cite) {
                t.size = cs.size;
                t.bold = true;
                t.cite = true;
                t.color = ColorRole::Accent;
                t.y = y_ + p.y + shift - st.size * 0.12f;
                add_cite_target(t.x, y_ + p.y, p.w, st.line_height, p.source_index);
            } else {
                t.size = st.size;
                t.bold = bold;
                t.color = color;
                t.y = y_ + p.y + shift;
            }
            doc_.widest = std::max(doc_.widest, x + p.x + p.w);
            doc_.texts.push_back(std::move(t));
        }
        y_ += tb.height;
    }

    void add_cite_target(float x, float line_y, float w, float line_h, int source_index) {
        if (source_index < 0) return;
        Target t;
        t.w = std::max(m_.tap_min, w);
        t.h = std::max(m_.tap_min, line_h);
        t.x = std::clamp(x + w * 0.5f - t.w * 0.5f, 0.0f, m_.viewport_w - t.w);
        t.y = line_y + line_h * 0.5f - t.h * 0.5f;
        t.action = ActionKind::ShowSource;
        t.arg = source_index;
        t.place = place_;
        const content::Source& s = sheet_.sources[static_cast<size_t>(source_index)];
        t.label = present::fill(sheet_.ui_text("citation_label"), "n", std::to_string(source_index + 1)) + ": " + s.publisher;
        doc_.targets.push_back(std::move(t));
    }

    void rich(const content::RichText& text, float x, float width, ColorRole color = ColorRole::Text,
              bool bold = false) {
        const TextStyle st = style(bold, m_.body_size, m_.line_height);
        emit(layout_text(text, sheet_, st, cite_style(), width), st, cite_style(), x, color, bold);
    }

    void plain(const std::string& text, const TextStyle& st, float x, float width, ColorRole color, bool bold) {
        emit(layout_plain(text, st, width), st, st, x, color, bold);
    }

    void gap(float factor = 1.0f) { y_ += m_.paragraph_gap * factor; }

    void title() {
        y_ += m_.paragraph_gap;
        plain(sheet_.meta.title, style(true, m_.h1_size, m_.h1_size * 1.25f), m_.column_x, m_.column_w,
              ColorRole::Heading, true);
        gap(0.5f);
        plain(sheet_.meta.subtitle, style(false, m_.body_size * 1.1f, m_.line_height * 1.1f), m_.column_x,
              m_.column_w, ColorRole::Muted, false);
        gap(0.25f);
        plain(present::fill(sheet_.ui_text("reviewed"), "date", present::date(sheet_, sheet_.meta.reviewed)),
              style(false, m_.small_size, m_.small_size * 1.45f), m_.column_x, m_.column_w, ColorRole::Muted,
              false);
        gap();
        if (present::translation_unreviewed(sheet_)) {
            translation_note();
            gap();
        }
    }

    // How this language's text was made (present/words.h), boxed like a callout.
    void translation_note() {
        boxed([&](float x, float w) { plain(present::translation_note(sheet_), body(), x, w, ColorRole::Text, false); });
    }

    // The section list: each entry a full-width tap target that jumps to its section.
    void contents() {
        doc_.contents_y = y_;
        plain(sheet_.ui_text("contents"), style(true, m_.h3_size, m_.h3_size * 1.4f), m_.column_x, m_.column_w,
              ColorRole::Heading, true);
        const float row_pad = std::max(0.0f, (m_.tap_min - m_.line_height) * 0.5f) + m_.body_size * 0.2f;
        for (size_t i = 0; i <= sheet_.sections.size(); ++i) {
            const bool is_sources = i == sheet_.sections.size();
            const std::string& label = is_sources ? sheet_.ui_text("sources") : sheet_.sections[i].title;
            row_target(label, label, false, row_pad, ActionKind::JumpToSection, static_cast<int>(i));
        }
        doc_.rects.push_back({m_.column_x, y_, m_.column_w, 1.0f, ColorRole::Rule, 0});
        gap(1.5f);
    }

    // A full-width row under a rule that is one tap target (a contents entry, a section's
    // "Read the details"): `text` drawn in the accent colour, `label` what it is called.
    void row_target(const std::string& text, const std::string& label, bool bold, float pad, ActionKind action, int arg) {
        const float top = y_;
        doc_.rects.push_back({m_.column_x, top, m_.column_w, 1.0f, ColorRole::Rule, 0});
        y_ += pad;
        plain(text, body(), m_.column_x + m_.body_size * 0.5f, m_.column_w - m_.body_size, ColorRole::Accent, bold);
        y_ += pad;
        Target t;
        t.x = m_.column_x;
        t.y = top;
        t.w = m_.column_w;
        t.h = std::max(m_.tap_min, y_ - top);
        y_ = top + t.h;
        t.action = action;
        t.arg = arg;
        t.label = label;
        doc_.targets.push_back(std::move(t));
    }

    void heading(const std::string& id, const std::string& text) {
        gap(1.5f);
        doc_.anchors.push_back({id, text, y_});
        plain(text, style(true, m_.h2_size, m_.h2_size * 1.3f), m_.column_x, m_.column_w, ColorRole::Heading, true);
        gap(0.6f);
    }

    // The key points and the main picture, then "Read the details" and, when open, the details.
    void section(const content::Section& s) {
        heading(s.id, s.title);
        if (listen_) listen_button();
        const size_t end = s.summary_end();
        const bool open = section_index_ < open_.size() && open_[section_index_];
        for (size_t i = 0; i < s.blocks.size(); ++i) {
            if (i == end) {
                details_toggle(open);
                if (!open) break;
            }
            block_index_ = i;
            doc_.blocks.push_back({s.blocks[i].id, section_index_, y_});
            block(s.blocks[i]);
            gap();
        }
        if (s.details_later) {  // a lead file: the details are on their way (App::set_details)
            details_toggle(open);
            if (open) {
                plain(sheet_.ui_text("loading"), body(), m_.column_x, m_.column_w, ColorRole::Muted, false);
                gap();
            }
        }        if (s.id == content::about_section_id && sheet_.meta.translation) {
            translation_note();
            gap();
        }
    }

    // A full-width button under the section's answer: opens or closes its details.
    void details_toggle(bool open) {
        const std::string label = sheet_.ui_text(open ? "details_hide" : "details_show");
        // A disclosure mark before the words: a triangle pointing right when closed, down when open.
        row_target((open ? "\xE2\x96\xBE " : "\xE2\x96\xB8 ") + label, label, true,
                   std::max(0.0f, (m_.tap_min - m_.line_height) * 0.5f), ActionKind::ToggleDetails,
                   static_cast<int>(section_index_));
        doc_.rects.push_back({m_.column_x, y_, m_.column_w, 1.0f, ColorRole::Rule, 0});
        gap();
    }

    void block(const Block& b) {
        place_ = content::place_of_block(b);
        switch (b.type) {
            case BlockType::Paragraph: rich(b.text, m_.column_x, m_.column_w); break;
            case BlockType::Figure: figure(b); break;
            case BlockType::List: list(b); break;
            case BlockType::Quote: quote(b); break;
            case BlockType::Callout: callout(b); break;
            case BlockType::Chart:
            case BlockType::Diagram:
            case BlockType::Timeline: chart(b); break;
            case BlockType::KeyPoints: key_points(b); break;
            case BlockType::Question: question(b); break;
            case BlockType::Contact: contact(b); break;
        }
    }

    void bullets(const Block& b, float x, float w) {
        const float indent = m_.body_size * 1.4f;
        int n = 1;
        size_t index = 0;
        for (const content::RichText& item : b.items) {
            place_ = content::place_of_list_item(b, index++);
            const std::string marker = b.ordered ? std::to_string(n++) + "." : "\xE2\x80\xA2";  // bullet
            plain(marker, body(), x + m_.body_size * 0.2f, indent, ColorRole::Muted, false);
            y_ -= m_.line_height;
            rich(item, x + indent, w - indent);
            gap(0.35f);
        }
    }

    // The section's answer, boxed under a small heading.
    void key_points(const Block& b) {
        boxed([&](float x, float w) {
            plain(sheet_.ui_text("key_points"), style(true, m_.small_size, m_.small_size * 1.45f), x, w, ColorRole::Muted, true);
            gap(0.3f);
            bullets(b, x, w);
            y_ -= m_.paragraph_gap * 0.35f;
        });
    }

    void question(const Block& b) {
        plain(b.question, style(true, m_.h3_size, m_.h3_size * 1.35f), m_.column_x, m_.column_w, ColorRole::Heading, true);
        gap(0.3f);
        rich(b.text, m_.column_x, m_.column_w);
        if (!b.items.empty()) {
            gap(0.4f);
            bullets(b, m_.column_x, m_.column_w);
        }
        place_ = content::place_of_block(b);
    }

    // A service: name, what it is for, then a button for each way to reach it.
    void contact(const Block& b) {
        boxed([&](float x, float w) {
            plain(b.title, body(), x, w, ColorRole::Heading, true);
            rich(b.text, x, w);
            const std::string tel = content::tel_url(b.phone);
            if (!tel.empty()) link_button(x, w, b.phone, present::fill(sheet_.ui_text("call"), "phone", b.phone), tel);
            if (!b.url.empty()) link_button(x, w, b.url, b.url, b.url);
        });
    }

    void link_button(float x, float w, const std::string& text, const std::string& label, const std::string& address) {
        gap(0.4f);
        Target& t = outlined_button(x, w, text, label);
        t.action = ActionKind::OpenLink;
        t.arg = static_cast<int>(doc_.links.size());
        doc_.links.push_back(address);
    }

    // "Listen" under a section's heading, as wide as its words: the page reads the section aloud.
    void listen_button() {
        const std::string& text = sheet_.ui_text("listen");
        const float w = std::min(m_.column_w, measure(f_.bold, m_.body_size, text) + m_.body_size * 2.2f);
        Target& t = outlined_button(m_.column_x, std::max(w, m_.tap_min * 2), text, text);
        t.action = ActionKind::Listen;
        t.arg = static_cast<int>(section_index_);
        gap(0.6f);
    }

    // An outlined button: a rule-coloured box with the page's background inside it, its words in
    // the accent colour; the target is the caller's to complete (action, arg).
    Target& outlined_button(float x, float w, const std::string& text, const std::string& label) {
        const float top = y_;
        const float pad = std::max(m_.body_size * 0.35f, (m_.tap_min - m_.line_height) * 0.5f);
        // An outlined button: a rule-coloured box with the page's background inside it.
        const size_t rect = doc_.rects.size();
        const float edge = std::max(1.5f, m_.body_size * 0.1f);
        doc_.rects.push_back({x, top, w, 0, ColorRole::Rule, m_.body_size * 0.3f});
        doc_.rects.push_back({x + edge, top + edge, w - 2 * edge, 0, ColorRole::Background, m_.body_size * 0.25f});
        y_ += pad;
        plain(text, body(), x + m_.body_size * 0.6f, w - m_.body_size * 1.2f, ColorRole::Accent, true);
        y_ += pad;
        Target t;
        t.x = x;
        t.y = top;
        t.w = w;
        t.h = std::max(m_.tap_min, y_ - top);
        y_ = top + t.h;
        doc_.rects[rect].h = t.h;
        doc_.rects[rect + 1].h = t.h - 2 * edge;
        t.label = label;
        doc_.targets.push_back(std::move(t));
        return doc_.targets.back();
    }

    // A boxed block: content drawn inside padding on a surface-coloured rectangle.
    template <typename F>
    void boxed(F&& inner) {
        const float pad = m_.body_size * 0.9f;
        const float top = y_;
        const size_t rect_index = doc_.rects.size();
        doc_.rects.push_back({m_.column_x, top, m_.column_w, 0, ColorRole::Surface, m_.body_size * 0.4f});
        y_ += pad;
        inner(m_.column_x + pad, m_.column_w - 2 * pad);
        y_ += pad;
        doc_.rects[rect_index].h = y_ - top;
    }

    content::RichText with_sources(const std::vector<std::string>& ids) const {
        content::RichText r;
        for (const std::string& id : ids) r.push_back({content::Span::Kind::Cite, "", id});
        return r;
    }

    void figure(const Block& b) {
        boxed([&](float x, float w) {
            plain(b.value + (b.unit.empty() ? "" : " " + b.unit), style(true, m_.h2_size * 1.15f, m_.h2_size * 1.4f),
                  x, w, ColorRole::Heading, true);
            rich(b.text, x, w);
            content::RichText when{{content::Span::Kind::Text,
                                    present::fill(sheet_.ui_text("as_of"), "date", present::date(sheet_, b.as_of)) + " ",
                                    ""}};
            for (const content::Span& s : with_sources(b.sources)) when.push_back(s);
            rich(when, x, w, ColorRole::Muted);
        });
    }

    void list(const Block& b) { bullets(b, m_.column_x, m_.column_w); }

    void quote(const Block& b) {
        const float bar = std::max(3.0f, m_.body_size * 0.2f);
        const float indent = m_.body_size * 1.1f;
        const float top = y_;
        rich(b.text, m_.column_x + indent, m_.column_w - indent, ColorRole::Heading);
        gap(0.3f);
        content::RichText who{{content::Span::Kind::Text,
                               "\xE2\x80\x94 " + b.speaker + (b.role.empty() ? "" : ", " + b.role) + " ", ""}};
        for (const content::Span& s : with_sources(b.sources)) who.push_back(s);
        rich(who, m_.column_x + indent, m_.column_w - indent, ColorRole::Muted);
        doc_.rects.push_back({m_.column_x, top, bar, y_ - top, ColorRole::Rule, 0});
    }

    void callout(const Block& b) {
        boxed([&](float x, float w) {
            if (!b.title.empty()) plain(b.title, body(), x, w, ColorRole::Heading, true);
            rich(b.text, x, w);
        });
    }

    // Charts and diagrams: title and caption as text, then a slot the App draws the picture in
    // (pictures.h), then the note. The slot's height is known now, so exploring never reflows.
    void chart(const Block& b) {
        boxed([&](float x, float w) {
            plain(b.title, style(true, m_.h3_size, m_.h3_size * 1.35f), x, w, ColorRole::Heading, true);
            plain(b.caption, style(false, m_.small_size, m_.small_size * 1.45f), x, w, ColorRole::Muted, false);
            gap(0.6f);
            PictureSlot slot;
            slot.x = x;
            slot.y = y_;
            slot.w = w;
            slot.chosen = pictures_ ? pictures_->selected(b.id) : -1;
            slot.h = picture_height(b, sheet_, m_, f_, w, slot.chosen);
            slot.section = section_index_;
            slot.block = block_index_;
            doc_.pictures.push_back(slot);
            doc_.widest = std::max(doc_.widest, x + w);
            y_ += slot.h;
            if (!b.note.empty()) {
                gap(0.6f);
                place_ = content::place_of_note(b);
                rich(b.note, x, w, ColorRole::Muted);
            }
        });
    }

    void sources() {
        heading("sources", sheet_.ui_text("sources"));
        const TextStyle st = style(false, m_.small_size, m_.small_size * 1.45f);
        const float indent = m_.body_size * 2.0f;
        for (size_t i = 0; i < sheet_.sources.size(); ++i) {
            const content::Source& s = sheet_.sources[i];
            const float top = y_;
            plain(std::to_string(i + 1) + ".", st, m_.column_x, indent, ColorRole::Muted, true);
            y_ = top;
            std::string line = s.publisher + ". " + s.title + ".";
            if (!s.author.empty()) line += " " + s.author + ".";
            line += " " + present::date(sheet_, s.date) + ".";
            if (!s.url.empty()) line += " " + s.url;
            plain(line, st, m_.column_x + indent, m_.column_w - indent, ColorRole::Text, false);
            Target t;
            t.x = m_.column_x;
            t.y = top;
            t.w = m_.column_w;
            t.h = std::max(m_.tap_min, y_ - top);
            t.action = ActionKind::ShowSource;
            t.arg = static_cast<int>(i);
            t.label = s.publisher + ": " + s.title;
            doc_.targets.push_back(std::move(t));
            y_ = top + t.h + m_.paragraph_gap * 0.4f;
        }
    }

    const content::Sheet& sheet_;
    const Metrics& m_;
    const Fonts& f_;
    const std::vector<bool>& open_;
    const Pictures* pictures_;
    const bool listen_;  // the page can read a section aloud: each section has its Listen button
    float y_;
    size_t section_index_ = 0, block_index_ = 0;
    std::string place_;  // the place citations laid out now stand at (content/evidence.h)
    Document doc_;
};

}  // namespace

namespace {

// The section headings and laid-out blocks, top to bottom (a heading before its first block),
// and how far each reaches: to the next one's top, the last to the document's end.
struct Mark {
    const std::string* id;
    float y, h;
};

std::vector<Mark> marks(const Document& doc) {
    // Both lists are in document order: merge them.
    std::vector<Mark> out;
    size_t a = 0, b = 0;
    while (a < doc.anchors.size() || b < doc.blocks.size()) {
        if (b == doc.blocks.size() || (a < doc.anchors.size() && doc.anchors[a].y <= doc.blocks[b].y)) {
            out.push_back({&doc.anchors[a].id, doc.anchors[a].y, 0});
            ++a;
        } else {
            out.push_back({&doc.blocks[b].id, doc.blocks[b].y, 0});
            ++b;
        }
    }
    for (size_t i = 0; i < out.size(); ++i) out[i].h = (i + 1 < out.size() ? out[i + 1].y : doc.height) - out[i].y;
    return out;
}

}  // namespace

Place place_at(const Document& doc, float y) {
    Place place;
    for (const Mark& m : marks(doc)) {
        if (m.y > y) break;
        place.id = *m.id;
        place.fraction = m.h > 0 ? std::clamp((y - m.y) / m.h, 0.0f, 1.0f) : 0.0f;
    }
    return place;
}

float place_y(const Document& doc, const Place& place) {
    for (const Mark& m : marks(doc))
        if (*m.id == place.id) return m.y + std::clamp(place.fraction, 0.0f, 1.0f) * m.h;
    return -1;
}

Document build_document(const content::Sheet& sheet, const Metrics& m, const Fonts& fonts, float top,
                        const std::vector<bool>& open_details, const Pictures* pictures, bool listen) {
    return Builder(sheet, m, fonts, top, open_details, pictures, listen).build();
}

}  // namespace factsheet::ui
