// pictures.cpp: puts each picture in its slot of the page: its grow-in when it first comes into
// view, its controls and its panel, under the block's id so Dear ImGui keeps them apart.
#include "ui/pictures.h"

#include "ui/chart_math.h"
#include "ui/picture.h"
#include "ui/picture_controls.h"

namespace factsheet::ui {
namespace {
constexpr double kAppearSeconds = 0.4;
}  // namespace

float picture_height(const content::Block& b, const content::Sheet& sheet, const Metrics& m, const Fonts& f, float width,
                     int selected) {
    if (!f.regular) return 0;
    const auto pic = make_picture(b, sheet, m, f, width);
    return pic ? pic->height() + sizes_for(m).pad + panel_height(*pic, m, f, selected) : 0;
}

const PictureState* Pictures::state(const std::string& block_id) const {
    const auto it = state_.find(block_id);
    return it == state_.end() ? nullptr : &it->second;
}

void Pictures::draw(const PictureSlot& slot, PictureFrame& f) {
    const content::Sheet& sheet = *f.sheet;
    if (slot.section >= sheet.sections.size() || slot.block >= sheet.sections[slot.section].blocks.size()) return;
    const content::Block& b = sheet.sections[slot.section].blocks[slot.block];
    const auto pic = make_picture(b, sheet, *f.metrics, *f.fonts, slot.w);
    if (!pic) return;
    PictureState& st = state_[b.id];
    if (st.selected >= static_cast<int>(pic->marks().size())) st.selected = -1;

    const bool visible = slot.y + slot.h > f.top && slot.y < f.bottom;
    float progress = 1;
    if (!f.reduced_motion) {
        if (visible && st.appear_start < 0) st.appear_start = f.now;
        const double t = st.appear_start < 0 ? 0 : (f.now - st.appear_start) / kAppearSeconds;
        progress = chart::ease_out(static_cast<float>(t));
        if (st.appear_start >= 0 && t < 1) f.animating = true;
    }
    Painter p{f.dl, *f.theme, *f.fonts, slot.x, slot.y - f.offset, f.dpr, visible, &f.texts};
    PictureControls c{f, st, ImVec2(slot.x, slot.y - f.offset), slot.y, visible, focused_};
    ImGui::PushID(b.id.c_str());
    ImGui::BeginDisabled(f.modal);
    take_mark_input(*pic, c);
    if (visible) pic->draw(p, progress, st.selected);
    const float panel_top = pic->height() + sizes_for(*f.metrics).pad;
    draw_panel(*pic, panel_top, c, p);
    ImGui::EndDisabled();
    ImGui::PopID();
    if (st.selected != slot.chosen) {  // laid out for another mark's panel (or none)
        f.chosen_changed = true;
        f.panel_y = slot.y + panel_top;
        f.panel_h = panel_height(*pic, *f.metrics, *f.fonts, st.selected);
    }
}

}  // namespace factsheet::ui
