// picture_view.cpp: a picture on a canvas of its own (picture_view.h): its layout, its input and
// frames (ui/imgui_loop.h, as the app's), and what it says to the page.
#include "ui/picture_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "content/loader.h"
#include "imgui.h"
#include "present/words.h"
#include "ui/imgui_setup.h"
#include "ui/picture.h"
#include "ui/pictures/paint.h"

namespace factsheet::ui {

// --- the set -----------------------------------------------------------------------------

PictureSet::PictureSet() {
    ImGuiContext* prev = ImGui::GetCurrentContext();
    owner_ = ImGui::CreateContext();
    configure_context(false);
    atlas_ = ImGui::GetIO().Fonts;
    ImGui::SetCurrentContext(prev ? prev : owner_);
}

PictureSet::~PictureSet() { ImGui::DestroyContext(owner_); }

bool PictureSet::set_fonts(std::vector<unsigned char> regular, std::vector<unsigned char> bold) {
    ImGui::SetCurrentContext(owner_);
    regular_ = std::move(regular);
    bold_ = std::move(bold);
    fonts_ = add_fonts(atlas_, regular_, bold_);
    return fonts_.regular != nullptr;
}

bool PictureSet::set_font_loader(const ImFontLoader* loader) {
    ImGui::SetCurrentContext(owner_);
    fonts_ = add_loader_fonts(atlas_, loader);
    return fonts_.regular != nullptr;
}

bool PictureSet::set_content(std::string_view json) {
    content::LoadResult r = content::load_sheet(json);
    content_ok_ = r.ok();
    sheet_ = content_ok_ ? std::move(r.sheet) : content::Sheet{};
    return content_ok_;
}

bool PictureSet::set_details(std::string_view json) {
    if (!content_ok_ || !sheet_.details_later()) return false;
    content::LoadResult r = content::load_sheet(json);
    if (!r.ok() || !sheet_.completed_by(r.sheet)) return false;
    sheet_ = std::move(r.sheet);
    return true;
}

bool PictureSet::find(const std::string& id, size_t& section, size_t& block) const {
    for (size_t s = 0; s < sheet_.sections.size(); ++s)
        for (size_t b = 0; b < sheet_.sections[s].blocks.size(); ++b) {
            const content::Block& bl = sheet_.sections[s].blocks[b];
            if (bl.id == id && content::is_picture(bl)) {
                section = s;
                block = b;
                return true;
            }
        }
    return false;
}

// --- one view ----------------------------------------------------------------------------

PictureView::PictureView(const PictureSet& set, const std::string& block_id)
    : set_(set), id_(block_id), loop_(set.atlas(), false), theme_(theme(ThemeId::Light)) {
    // keyboard_nav off: the page's Tab order moves between pictures; keys come through key()
    found_ = set.ok() && set.find(block_id, slot_.section, slot_.block);
}

PictureView::~PictureView() = default;

float PictureView::layout(float css_w, float text_scale, float dpr) {
    w_ = std::max(1.0f, std::isfinite(css_w) ? css_w : 1.0f);
    dpr_ = std::isfinite(dpr) && dpr > 0 ? std::min(dpr, 4.0f) : 1.0f;
    metrics_ = compute_metrics(w_, 800, std::isfinite(text_scale) ? text_scale : 1.0f);
    slot_.x = slot_.y = 0;
    slot_.w = w_;
    fit_height();
    wake();
    return h_;
}

void PictureView::fit_height() {
    h_ = 0;
    if (found_) {
        const content::Block& b = set_.sheet().sections[slot_.section].blocks[slot_.block];
        slot_.chosen = selected();
        h_ = std::ceil(picture_height(b, set_.sheet(), metrics_, set_.fonts(), w_, slot_.chosen));
    }
    slot_.h = h_;
}

void PictureView::set_theme(const Theme& t) {
    theme_ = t;
    wake();
}

void PictureView::set_reduced_motion(bool on) {
    reduced_motion_ = on;
    wake();
}

void PictureView::set_visible(bool on) {
    if (on && !visible_ && !current_) wake();
    visible_ = on;
}

void PictureView::pointer_down(float x, float y, bool touch, double) {
    loop_.pointer_at(x, y, touch);
    loop_.button(true, touch);
    wake();
}

void PictureView::pointer_move(float x, float y, bool touch, double) {
    loop_.pointer_at(x, y, touch);
    wake();
}

void PictureView::pointer_up(float x, float y, bool touch, double) {
    loop_.pointer_at(x, y, touch);
    loop_.button(false, touch);  // a finger has no hover
    wake();
}

// The browser took the touch (a scroll of the page): no tap, no hover.
void PictureView::pointer_cancel(double) {
    loop_.pointer_gone();
    loop_.button(false, false);
    wake();
}

int PictureView::selected() const {
    const PictureState* st = pictures_.state(id_);
    return st ? st->selected : -1;
}

int PictureView::mark_count() const {
    if (!found_ || !set_.fonts().regular) return 0;
    const content::Block& b = set_.sheet().sections[slot_.section].blocks[slot_.block];
    const auto pic = make_picture(b, set_.sheet(), metrics_, set_.fonts(), w_);
    return pic ? static_cast<int>(pic->marks().size()) : 0;
}

bool PictureView::key(int imgui_key) {
    const int n = mark_count();
    if (n <= 0) return false;
    int& sel = pictures_.state_of(id_).selected;
    switch (static_cast<ImGuiKey>(imgui_key)) {
        case ImGuiKey_RightArrow:
        case ImGuiKey_DownArrow: sel = step_mark(sel, n, +1); break;
        case ImGuiKey_LeftArrow:
        case ImGuiKey_UpArrow: sel = step_mark(sel, n, -1); break;
        case ImGuiKey_Home: sel = 0; break;
        case ImGuiKey_End: sel = n - 1; break;
        case ImGuiKey_Escape:
            if (sel < 0) return false;  // nothing chosen: Escape is the page's
            sel = -1;
            break;
        default: return false;
    }
    wake();
    return true;
}

bool PictureView::wants_frame() const { return found_ && visible_ && (animating_ || loop_.wants_frame()); }

void PictureView::frame(double t) {
    if (found_ && selected() != slot_.chosen) fit_height();  // chosen by a key since the last frame
    loop_.begin_frame(w_, h_, dpr_, t);
    begin_display_window("picture", theme_);
    PictureFrame f;
    f.sheet = &set_.sheet();
    f.metrics = &metrics_;
    f.fonts = &set_.fonts();
    f.theme = &theme_;
    f.dl = ImGui::GetWindowDrawList();
    f.offset = 0;
    f.top = 0;
    f.bottom = visible_ ? h_ : -1;  // off screen: laid out, nothing drawn
    f.dpr = dpr_;
    f.now = t;
    f.reduced_motion = reduced_motion_;
    if (found_ && set_.fonts().regular) pictures_.draw(slot_, f);
    ImGui::End();
    loop_.end_frame();

    // A mark chosen or let go: the panel's height changed, and the canvas follows (height()).
    if (f.chosen_changed) {
        fit_height();
        wake();
    }
    hits_ = std::move(f.hits);
    texts_ = std::move(f.texts);
    animating_ = f.animating;
    open_source_.clear();
    const auto& sources = set_.sheet().sources;
    if (f.open_source >= 0 && static_cast<size_t>(f.open_source) < sources.size())
        open_source_ = sources[static_cast<size_t>(f.open_source)].id;
    const int sel = selected();
    announcement_ = sel != last_selected_ && sel >= 0 ? describe_selected() : std::string();
    last_selected_ = sel;

    current_ = visible_ && !loop_.wants_frame() && !animating_;
}

ImDrawData* PictureView::draw_data() const { return loop_.draw_data(); }

// The chosen mark's panel in words: its first line (the value and date), what it says with each
// citation named ("source 15: TRAC"), and how sure, for the live region.
std::string PictureView::describe_selected() const {
    const content::Sheet& sheet = set_.sheet();
    const content::Block& b = sheet.sections[slot_.section].blocks[slot_.block];
    const auto pic = make_picture(b, sheet, metrics_, set_.fonts(), w_);
    const int sel = selected();
    if (!pic || sel < 0 || sel >= static_cast<int>(pic->marks().size())) return {};
    const MarkDetail d = pic->describe(sel);
    std::string out = d.head;
    std::string body;
    for (const content::Span& s : d.body) {
        if (s.kind == content::Span::Kind::Text) {
            body += s.text;
            continue;
        }
        const content::Source* src = sheet.find_source(s.source_id);
        if (!src) continue;
        const size_t n = static_cast<size_t>(src - sheet.sources.data()) + 1;
        body += " (" + present::fill(sheet.ui_text("citation_label"), "n", std::to_string(n)) + ": " + src->publisher + ")";
    }
    if (!body.empty()) out += ". " + body;
    if (!d.foot.empty()) out += " " + d.foot;
    return out;
}

}  // namespace factsheet::ui
