// app_navigation.cpp: where the reader is and where they go: the layout and keeping the place
// across it, jumps to a section or a block, a section's details, the current section, and what a
// tap on the document does.
#include <algorithm>

#include "ui/app.h"

namespace factsheet::ui {

void App::relayout() {
    loop_.make_current();
    layout_dirty_ = false;
    if (!content_ok_ || !fonts_.regular || metrics_.viewport_w <= 0) {
        doc_ = Document{};
        return;
    }
    doc_ = build_document(sheet_, metrics_, fonts_, header_h(), details_open_, &pictures_, can_listen_);
    scroller_.set_limits(doc_.height - metrics_.viewport_h);
    if (!pending_section_.empty()) {
        const float y = pending_fraction_ >= 0 ? place_y(doc_, {pending_section_, pending_fraction_}) : -1;
        if (y >= 0) scroller_.scroll_to(y - header_h(), false);
        else keep_place_after_relayout(pending_section_, pending_within_);
        pending_section_.clear();
        pending_within_ = 0;
        pending_fraction_ = -1;
    }
    if (reveal_after_layout_) {
        reveal_after_layout_ = false;
        scroll_into_view(reveal_y_, reveal_h_);
    }
}

void App::go_to_place(const Place& place, const std::vector<std::string>& open_sections) {
    for (const std::string& id : open_sections)
        for (size_t i = 0; i < sheet_.sections.size() && i < details_open_.size(); ++i)
            if (sheet_.sections[i].id == id && !details_open_[i]) {
                details_open_[i] = true;
                layout_dirty_ = true;
            }
    if (!place.id.empty() && sheet_.has_anchor(place.id)) {
        open_details_for(place.id);
        pending_section_ = place.id;
        pending_within_ = 0;
        pending_fraction_ = std::clamp(place.fraction, 0.0f, 1.0f);
        layout_dirty_ = true;
    } else if (!place.id.empty() && sheet_.details_later()) {
        wanted_ = place.id;  // in details on their way: set_details goes there
    }
    wake();
}

void App::keep_place_after_relayout(const std::string& section, float within) {
    for (const Anchor& a : doc_.anchors) {
        if (a.id != section) continue;
        scroller_.scroll_to(a.y - header_h() + std::max(0.0f, within), false);
        current_section_ = a.id;
        return;
    }
    for (const BlockAnchor& b : doc_.blocks) {  // a deep link to a block
        if (b.id != section) continue;
        scroller_.scroll_to(b.y - header_h() - metrics_.paragraph_gap * 0.5f + std::max(0.0f, within), false);
        return;
    }
}

// A block in a section's details is shown by opening them (a deep link or a citation into it).
bool App::open_details_for(const std::string& id) {
    const content::Sheet::BlockAt at = sheet_.find_block(id);
    if (at.section < 0) return false;
    const size_t s = static_cast<size_t>(at.section);
    if (at.block < sheet_.sections[s].summary_end() || details_open(s)) return false;
    details_open_[s] = true;
    layout_dirty_ = true;
    return true;
}

void App::jump_to_section(const std::string& id, bool animate) {
    if (!id.empty() && !sheet_.has_anchor(id) && sheet_.details_later()) {
        wanted_ = id;  // in details on their way: set_details goes there
        return;
    }
    if (open_details_for(id) || layout_dirty_) {
        pending_section_ = id;
        pending_within_ = 0;
        pending_fraction_ = -1;
        wake();
        return;
    }
    for (const Anchor& a : doc_.anchors) {
        if (a.id != id) continue;
        // A little air above the heading so it does not touch the header.
        scroller_.scroll_to(a.y - header_h() - metrics_.paragraph_gap * 0.5f, animate && !reduced_motion_);
        wake();
        return;
    }
    for (const BlockAnchor& b : doc_.blocks) {
        if (b.id != id) continue;
        scroller_.scroll_to(b.y - header_h() - metrics_.paragraph_gap * 0.5f, animate && !reduced_motion_);
        wake();
        return;
    }
    if (id.empty()) {  // unknown or empty section: the top
        scroller_.scroll_to(0, animate);
        wake();
    }
}

// Opening or closing details changes only what lies below the button that does it, so the page
// stays where it is; a reader inside details that close is brought back to their button.
void App::set_details_open(size_t section, bool open) {
    if (section >= details_open_.size() || details_open_[section] == open) return;
    details_open_[section] = open;
    if (!open && current_section_ == sheet_.sections[section].id) {
        for (const Target& t : doc_.targets) {
            if (t.action != ActionKind::ToggleDetails || static_cast<size_t>(t.arg) != section) continue;
            if (scroller_.offset() + header_h() > t.y) scroller_.scroll_to(t.y - metrics_.viewport_h * 0.5f, false);
        }
    }
    layout_dirty_ = true;
    wake();
}

void App::set_all_details(bool open) {
    // Keep the reader at the same section, the same distance into it.
    if (!current_section_.empty() && pending_section_.empty()) {
        for (const Anchor& a : doc_.anchors)
            if (a.id == current_section_) {
                pending_section_ = a.id;
                pending_within_ = open ? scroller_.offset() + header_h() - a.y : 0;
            }
    }
    std::fill(details_open_.begin(), details_open_.end(), open);
    layout_dirty_ = true;
    wake();
}

bool App::all_details_open() const {
    for (size_t i = 0; i < sheet_.sections.size() && i < details_open_.size(); ++i)
        if (sheet_.sections[i].folds() && !details_open_[i]) return false;
    return true;
}

void App::update_current_section() {
    if (doc_.anchors.empty()) return;
    const float line = scroller_.offset() + header_h() + metrics_.line_height * 2;
    std::string id;
    std::string title;
    for (const Anchor& a : doc_.anchors) {
        if (a.y > line) break;
        id = a.id;
        title = a.title;
    }
    if (jumping_) {
        if (scroller_.moving()) return;  // report where a jump lands, not what it passes
        jumping_ = false;
        current_section_ = id;
        if (host_) host_->section_changed(id, title, true);
        return;
    }
    if (id != current_section_) {
        current_section_ = id;
        if (host_) host_->section_changed(id, title, false);
    }
}

void App::scroll_into_view(float doc_y, float h) {
    const float top = scroller_.offset() + header_h();
    const float bottom = scroller_.offset() + metrics_.viewport_h;
    if (doc_y < top) scroller_.scroll_to(doc_y - header_h() - metrics_.paragraph_gap, !reduced_motion_);
    else if (doc_y + h > bottom) scroller_.scroll_to(doc_y + h - metrics_.viewport_h + metrics_.paragraph_gap, !reduced_motion_);
}

void App::activate(const Target& t) {
    switch (t.action) {
        case ActionKind::JumpToSection: {
            const size_t i = static_cast<size_t>(t.arg);
            jump_to_section(i < sheet_.sections.size() ? sheet_.sections[i].id : std::string("sources"), true);
            jumping_ = true;
            menu_open_ = false;
            break;
        }
        case ActionKind::ShowSource:
            show_source(t.arg, t.place);
            break;
        case ActionKind::ToggleDetails:
            set_details_open(static_cast<size_t>(t.arg), !details_open(static_cast<size_t>(t.arg)));
            break;
        case ActionKind::OpenLink:
            if (host_ && static_cast<size_t>(t.arg) < doc_.links.size()) host_->open_url(doc_.links[static_cast<size_t>(t.arg)]);
            break;
        case ActionKind::Listen:
            if (host_ && static_cast<size_t>(t.arg) < sheet_.sections.size()) host_->listen(sheet_.sections[static_cast<size_t>(t.arg)].id);
            break;
    }
    wake();
}

void App::show_source(int index, const std::string& place) {
    popup_source_ = index;
    popup_place_ = place;
    card_opened_frame_ = loop_.frames();
    if (passages_ == Passages::Failed) passages_ = Passages::Missing;  // the card asks again
    wake();
}

}  // namespace factsheet::ui
