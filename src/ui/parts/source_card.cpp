// source_card.cpp: a source's card: its number, publisher, title, author and date, the domain a
// reader would leave to, then what the source says at the tapped place (as many passages as fit,
// each with where it is in the source and when it was checked); Open the source, and Close.
#include <algorithm>

#include "imgui.h"
#include "present/words.h"
#include "ui/parts/parts.h"

namespace factsheet::ui {
namespace {

std::string domain_of(const std::string& url) {
    const std::string scheme = "https://";
    if (url.compare(0, scheme.size(), scheme) != 0) return url;
    const size_t end = url.find_first_of("/?#", scheme.size());
    std::string host = url.substr(scheme.size(), end == std::string::npos ? std::string::npos : end - scheme.size());
    if (host.compare(0, 4, "www.") == 0) host = host.substr(4);
    return host;
}

struct Line {
    TextBlock tb;
    const TextStyle* st;
    ColorRole color;
};

}  // namespace

SourceCardResult draw_source_card(const Part& p, int index, const std::string& place, PassagesState passages, bool opened_now) {
    SourceCardResult r;
    const content::Sheet& sheet = p.sheet;
    const content::Source& s = sheet.sources[static_cast<size_t>(index)];
    const Metrics& m = p.m;
    const float pad = CardFrame::padding(m), inner = CardFrame::inner_width(m);
    const TextStyle body{p.fonts.regular, m.body_size, m.line_height};
    const TextStyle bold{p.fonts.bold, m.body_size, m.line_height};
    const TextStyle small{p.fonts.regular, m.small_size, m.small_size * 1.45f};

    std::vector<Line> lines;
    lines.push_back({layout_plain(present::fill(p.ui("citation_label"), "n", std::to_string(index + 1)), small, inner), &small,
                     ColorRole::Muted});
    lines.push_back({layout_plain(s.publisher, bold, inner), &bold, ColorRole::Heading});
    lines.push_back({layout_plain(s.title, body, inner), &body, ColorRole::Text});
    std::string meta = present::date(sheet, s.date);
    if (!s.author.empty()) meta = s.author + " \xC2\xB7 " + meta;
    lines.push_back({layout_plain(meta, small, inner), &small, ColorRole::Muted});
    // The domain is shown before anyone leaves the sheet.
    if (!s.url.empty())
        lines.push_back({layout_plain(present::fill(p.ui("leaving_to"), "domain", domain_of(s.url)), small, inner), &small,
                         ColorRole::Muted});
    // The passages come apart from the content (a content file without them); meanwhile, or
    // when they could not be fetched, the card says so.
    if (passages == PassagesState::Asked || passages == PassagesState::Failed || passages == PassagesState::Missing) {
        lines.push_back({layout_plain(p.ui("source_says"), bold, inner), &bold, ColorRole::Heading});
        const char* key = passages == PassagesState::Failed ? "source_says_unavailable" : "loading";
        lines.push_back({layout_plain(p.ui(key), body, inner), &body, ColorRole::Muted});
    }
    float content_h = 0;
    for (const Line& l : lines) content_h += l.tb.height;
    // What the source says at the tapped place (from the source list: its first passage), as
    // many passages as fit on the screen.
    std::vector<const content::Evidence*> found = sheet.passages(place, s.id);
    if (place.empty()) {
        for (const content::Evidence& e : sheet.evidence) {
            if (e.source_id == s.id) {
                found.push_back(&e);
                break;
            }
        }
    }
    const float room = m.viewport_h - (pad + content_h + pad * 0.5f + m.tap_min + pad) - m.tap_min;
    float used = 0;
    for (size_t i = 0; i < found.size(); ++i) {
        const content::Evidence& e = *found[i];
        std::vector<Line> more;
        if (i == 0) more.push_back({layout_plain(p.ui("source_says"), bold, inner), &bold, ColorRole::Heading});
        more.push_back({layout_plain("\xE2\x80\x9C" + e.passage + "\xE2\x80\x9D", body, inner), &body, ColorRole::Text});
        more.push_back({layout_plain(e.where + " \xC2\xB7 " + present::fill(p.ui("evidence_checked"), "date", present::date(sheet, e.checked)),
                                     small, inner),
                        &small, ColorRole::Muted});
        float more_h = 0;
        for (const Line& l : more) more_h += l.tb.height;
        if (used + more_h > room) break;
        used += more_h;
        for (Line& l : more) lines.push_back(std::move(l));
    }
    content_h += used;

    const CardFrame card(p, "source-card", pad + content_h + pad * 0.5f + m.tap_min + pad, opened_now);
    float cy = card.y + pad;
    for (const Line& l : lines) {
        p.pieces(card.dl, l.tb, l.st->font, l.st->size, card.x + pad, cy, role_color(l.color, p.th));
        cy += l.tb.height;
    }
    cy += pad * 0.5f;
    const float gapw = pad * 0.5f;
    const bool has_url = !s.url.empty();
    const float bw = has_url ? (inner - gapw) * 0.5f : inner;
    r.open = has_url && p.button(card.dl, "open", p.ui("open_source"), card.x + pad, cy, bw, ButtonStyle::Primary);
    r.close = p.button(card.dl, "close", p.ui("close"), card.x + pad + (has_url ? bw + gapw : 0), cy, bw, ButtonStyle::Outline);
    r.close = r.close || card.tapped_above();  // a tap on the dimmed page closes the card
    return r;
}

}  // namespace factsheet::ui
