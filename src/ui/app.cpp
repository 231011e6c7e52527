// app.cpp: the app's lifecycle (fonts, content, passages, viewport, theme, text size), its
// frame (the document, then the parts over it, in Tab order) and what the reader did with the
// parts. Input: app_input.cpp; where the reader is: app_navigation.cpp; the document:
// app_document.cpp; the parts themselves: ui/parts/.
#include "ui/app.h"

#include <algorithm>
#include <cmath>

#include "content/evidence.h"
#include "imgui.h"
#include "present/words.h"
#include "ui/imgui_setup.h"

namespace factsheet::ui {

App::App(Host* host) : host_(host), loop_(nullptr, true) {}

App::~App() = default;

bool App::set_fonts(std::vector<unsigned char> regular, std::vector<unsigned char> bold) {
    loop_.make_current();
    font_regular_ = std::move(regular);
    font_bold_ = std::move(bold);
    fonts_ = add_fonts(ImGui::GetIO().Fonts, font_regular_, font_bold_);
    layout_dirty_ = true;
    wake();
    return fonts_.regular != nullptr;
}

bool App::set_font_loader(const ImFontLoader* loader) {
    loop_.make_current();
    fonts_ = add_loader_fonts(ImGui::GetIO().Fonts, loader);
    layout_dirty_ = true;
    wake();
    return fonts_.regular != nullptr;
}

bool App::set_content(std::string_view json, const std::string& section) {
    content::LoadResult r = content::load_sheet(json);
    // Keep the reader's place across a language switch: same section, same distance into it.
    std::string keep = section;
    float within = 0;
    wanted_.clear();
    if (!keep.empty() && r.ok() && !r.sheet.has_anchor(keep)) {
        if (r.sheet.details_later()) wanted_ = keep;  // perhaps in the details to come
        keep.clear();  // an unknown deep link opens at the top, without fuss
    } else if (keep.empty()) {
        if (have_content_ && content_ok_ && !current_section_.empty()) {
            keep = current_section_;
            for (const Anchor& a : doc_.anchors)
                if (a.id == keep) within = scroller_.offset() + header_h() - a.y;
        }
    }
    errors_ = std::move(r.errors);
    content_ok_ = errors_.empty();
    have_content_ = true;
    popup_source_ = -1;
    menu_open_ = false;
    card_ = Card::None;
    if (content_ok_) {
        sheet_ = std::move(r.sheet);
        passages_ = sheet_.evidence.empty() ? Passages::Missing : Passages::Ready;
        // Every language has the same sections in the same order: what was open stays open.
        details_open_.resize(sheet_.sections.size(), false);
        open_details_for(keep);
    }
    layout_dirty_ = true;
    pending_section_ = keep;
    pending_within_ = within;
    pending_fraction_ = -1;
    if (keep.empty()) scroller_.scroll_to(0, false);
    wake();
    return content_ok_;
}

bool App::set_details(std::string_view json) {
    if (!content_ok_ || !sheet_.details_later()) return false;
    content::LoadResult r = content::load_sheet(json);
    if (!r.ok() || !sheet_.completed_by(r.sheet)) return false;
    // The passages already fetched stay; an open source card stays on its source (the lead lists
    // every source, in its place).
    if (r.sheet.evidence.empty()) r.sheet.evidence = std::move(sheet_.evidence);
    const Place here = place();
    sheet_ = std::move(r.sheet);
    if (!wanted_.empty() && sheet_.has_anchor(wanted_)) {
        jump_to_section(wanted_, false);
    } else if (pending_section_.empty() && !here.id.empty()) {
        // What lies above the reader may grow (details she opened while they were on their way).
        pending_section_ = here.id;
        pending_within_ = 0;
        pending_fraction_ = here.fraction;
    }
    wanted_.clear();
    layout_dirty_ = true;
    wake();
    return true;
}

bool App::set_passages(const std::string& lang, std::string_view json) {
    if (!content_ok_ || lang != sheet_.lang) return false;
    content::EvidenceResult r = content::load_evidence(json);
    if (!r.errors.empty()) {
        passages_ = Passages::Failed;
    } else {
        sheet_.evidence = std::move(r.evidence);
        passages_ = Passages::Ready;
    }
    wake();
    return passages_ == Passages::Ready;
}

void App::passages_failed() {
    if (passages_ == Passages::Asked) passages_ = Passages::Failed;
    wake();
}

void App::set_viewport(float css_w, float css_h, float dpr) {
    if (css_w == metrics_.viewport_w && css_h == metrics_.viewport_h && dpr == dpr_) return;
    // A resize or rotation keeps the reader at the same section.
    if (!current_section_.empty() && pending_section_.empty()) {
        for (const Anchor& a : doc_.anchors)
            if (a.id == current_section_) {
                pending_section_ = a.id;
                pending_within_ = (scroller_.offset() + header_h() - a.y) * (metrics_.viewport_w > 0 ? 1.0f : 0.0f);
            }
    }
    metrics_ = compute_metrics(css_w, css_h, text_scale_);
    dpr_ = dpr > 0 ? dpr : 1;
    layout_dirty_ = true;
    wake();
}

void App::set_theme(ThemeId theme) {
    theme_ = theme;
    theme_chosen_ = true;
    wake();
}

void App::set_system_dark(bool dark) {
    if (theme_chosen_) return;
    theme_ = dark ? ThemeId::Dark : ThemeId::Light;
    wake();
}

void App::notify(const std::string& ui_key, double t) {
    toast_ = sheet_.ui_text(ui_key);
    toast_until_ = t + 3.0;
    wake();
}

double App::next_wake() const { return toast_.empty() ? -1.0 : toast_until_; }

void App::set_text_scale(float scale) {
    text_scale_ = std::clamp(scale, kTextScaleMin, kTextScaleMax);
    metrics_ = compute_metrics(metrics_.viewport_w, metrics_.viewport_h, text_scale_);
    if (!current_section_.empty() && pending_section_.empty()) pending_section_ = current_section_;
    layout_dirty_ = true;
    wake();
}

void App::set_reduced_motion(bool on) {
    reduced_motion_ = on;
    scroller_.set_reduced_motion(on);
}

bool App::wants_frame() const {
    return continuous_ || layout_dirty_ || scroller_.moving() || loop_.wants_frame();
}

void App::frame(double t) {
    if (!toast_.empty() && t >= toast_until_) toast_.clear();
    if (layout_dirty_) relayout();
    scroller_.update(t);
    last_time_ = t;
    hits_.clear();
    drawn_texts_.clear();
    qr_rect_ = Hit{0, 0, 0, 0, ""};
    loop_.begin_frame(metrics_.viewport_w, metrics_.viewport_h, dpr_, t);
    const Theme& th = theme(theme_);
    begin_display_window("sheet", th);
    // Keyboard focus lives in the page unless the menu or a card is open (then in it), so Tab
    // works from the first key press, with no click needed first. (After Begin, so the window's
    // focus scope exists: SetNextWindowFocus on its first frame leaves it unset.)
    if (!modal() && !ImGui::IsWindowFocused()) ImGui::SetWindowFocus();
    const Part part{sheet_, metrics_, th, fonts_, hits_, drawn_texts_};
    if (!content_ok_ || !fonts_.regular) draw_error_screen(part, errors_);
    else draw_parts(part);
    ImGui::End();
    loop_.end_frame();
    update_current_section();
    if (scroller_.moving()) wake(1);
}

ImDrawData* App::draw_data() const { return loop_.draw_data(); }

// The header first: its controls come first in Tab order and win taps over the page scrolling
// beneath them (it paints on the foreground list, so it still shows on top). Then the document,
// and what is open over it.
void App::draw_parts(const Part& part) {
    act(draw_header(part, menu_open_));
    draw_document();
    if (menu_open_) {
        bool folds = false;
        for (const content::Section& sec : sheet_.sections) folds = folds || sec.folds();
        MenuModel model;
        model.glossary = sheet_.find_section("glossary") != nullptr;
        model.folds = folds;
        model.all_open = all_details_open();
        model.percent = static_cast<int>(std::lround(text_scale_ * 100));
        model.theme = theme_;
        model.can_save_offline = can_save_offline_;
        model.offline_one_language = offline_one_language_;
        model.dragging = menu_dragging_;
        model.languages_only = menu_languages_;
        act(draw_menu(part, model, menu_scroll_));
    }
    // A card opened in this frame (by the menu above, or a citation) ignores this frame's release:
    // it belongs to the tap that opened it.
    const bool opened_now = loop_.frames() <= card_opened_frame_;
    if (popup_source_ >= 0) {
        // The passages come apart from the content: asked for when a card first needs them.
        if (passages_ == Passages::Missing && host_) {
            passages_ = Passages::Asked;
            host_->request_passages(sheet_.lang);
        }
        const SourceCardResult r =
            draw_source_card(part, popup_source_, popup_place_, passages_, opened_now);
        const std::string& url = sheet_.sources[static_cast<size_t>(popup_source_)].url;
        if (r.open && host_) host_->open_url(url);
        if (r.close) popup_source_ = -1;
    }
    if (card_ == Card::Qr && draw_qr_card(part, dpr_, qr_, qr_address_, qr_rect_, opened_now)) card_ = Card::None;
    if (card_ == Card::Remove) {
        const ChoiceResult r = draw_remove_card(part, opened_now);
        if (r.close) card_ = Card::None;
        if (r.first) {
            card_ = Card::None;
            if (host_) host_->remove_from_phone();
        }
    }
    if (card_ == Card::Print) {
        const ChoiceResult r = draw_print_card(part, opened_now);
        if (r.first || r.second) print(r.first);
        else if (r.close) card_ = Card::None;
    }
    if (!toast_.empty()) draw_toast(part, toast_);
}

void App::act(const HeaderResult& r) {
    if (r.menu || r.languages) {
        // The other button switches what the open panel shows instead of closing it.
        menu_open_ = !menu_open_ || menu_languages_ != r.languages;
        menu_languages_ = r.languages;
        menu_scroll_.offset = 0;
        popup_source_ = -1;
        card_ = Card::None;
    }
    if (r.exit && host_) host_->exit_now();
}

void App::act(const MenuResult& r) {
    switch (r.action) {
        case MenuAction::None: return;
        case MenuAction::Language:
            if (r.language != sheet_.lang && host_) host_->request_language(r.language);
            break;
        case MenuAction::Contents:
            scroller_.scroll_to(doc_.contents_y - header_h() - metrics_.paragraph_gap, !reduced_motion_);
            break;
        case MenuAction::Glossary:
            jump_to_section("glossary", true);
            jumping_ = true;
            break;
        case MenuAction::Details: set_all_details(!all_details_open()); break;
        case MenuAction::Smaller: set_text_scale(text_scale_ - kTextScaleStep); return;  // the menu stays open
        case MenuAction::Larger: set_text_scale(text_scale_ + kTextScaleStep); return;
        case MenuAction::Theme: set_theme(r.theme); return;
        case MenuAction::Share:
            if (host_) host_->share(current_section_);
            break;
        case MenuAction::Qr: open_card(Card::Qr); return;
        case MenuAction::Remove: open_card(Card::Remove); return;
        case MenuAction::Print: open_card(Card::Print); return;
        case MenuAction::Save:
            if (host_) host_->save_offline();
            break;
        case MenuAction::Close: break;
    }
    menu_open_ = false;
}

void App::open_card(Card c) {
    menu_open_ = false;
    popup_source_ = -1;
    card_ = c;
    card_opened_frame_ = loop_.frames();
    if (c == Card::Qr) {
        // The address Share passes on, asked of the page now: language and section included.
        qr_address_ = host_ ? host_->address(current_section_) : "";
        qr_ = present::qr_code(qr_address_);
        if (host_) host_->announce(present::fill(sheet_.ui_text("qr_announce"), "address", qr_address_));
    } else if (c == Card::Remove && host_) {
        host_->announce(sheet_.ui_text("remove_sheet") + ". " + sheet_.ui_text("remove_removes"));
    }
    wake();
}

// The page prints its HTML rendition: the whole sheet, or the one-page handout, whose QR code of
// the sheet's address (without a section: a handout is the whole sheet's) the sheet draws itself.
void App::print(bool key_points_only) {
    card_ = Card::None;
    if (!host_) return;
    const std::string address = host_->address("");
    host_->print(key_points_only, address, present::qr_svg(present::qr_code(address), 4, sheet_.ui_text("qr_title")));
}

}  // namespace factsheet::ui
