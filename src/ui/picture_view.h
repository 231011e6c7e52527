// picture_view.h: one picture (a chart or diagram) on a canvas of its own, outside the app. The
// embedded sheet (en.html, es.html) draws each of its pictures this way in the flowing HTML page
// (src/platform/pictures): the app's own picture code (pictures.h: the picture, its marks, its
// panel), each view with its own Dear ImGui context so the pictures on a page keep their input and
// focus apart, all of them sharing one font atlas and one loaded sheet (PictureSet).
//
// Like ui::App it knows nothing of the browser: input in CSS px and seconds, frames on demand,
// ImDrawData out. Tests drive it headless.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "content/sheet.h"
#include "ui/document.h"
#include "ui/imgui_loop.h"
#include "ui/metrics.h"
#include "ui/pictures.h"
#include "ui/theme.h"

struct ImGuiContext;
struct ImFontAtlas;
struct ImDrawData;

struct ImFontLoader;

namespace factsheet::ui {

// What the views on one page share: the fonts and the content.
class PictureSet {
public:
    PictureSet();
    ~PictureSet();
    PictureSet(const PictureSet&) = delete;
    PictureSet& operator=(const PictureSet&) = delete;

    // TrueType bytes; kept alive here as long as the atlas uses them. False without a regular font.
    bool set_fonts(std::vector<unsigned char> regular, std::vector<unsigned char> bold);
    // The web build's: both faces drawn by `loader` (the browser's letters). False without one.
    bool set_font_loader(const ImFontLoader* loader);
    // A language file (a built one, with or without its passages). False, with errors, when it
    // does not load: the page then keeps its tables.
    bool set_content(std::string_view json);
    // The whole sheet after a start from its lead (content/<lang>.lead.json): the pictures in the
    // sections' details can then be found. Views made before keep theirs: the lead holds each
    // section's first blocks at the same places. False, changing nothing, unless the set shows a
    // lead and this is its language's whole sheet with the same sections.
    bool set_details(std::string_view json);

    bool ok() const { return content_ok_ && fonts_.regular; }
    const content::Sheet& sheet() const { return sheet_; }
    const Fonts& fonts() const { return fonts_; }
    ImFontAtlas* atlas() const { return atlas_; }
    // The section and block indices of the picture block `id`; false when there is none.
    bool find(const std::string& id, size_t& section, size_t& block) const;

private:
    ImFontAtlas* atlas_ = nullptr;
    ImGuiContext* owner_ = nullptr;  // a context that exists only to own the atlas's settings
    std::vector<unsigned char> regular_, bold_;
    Fonts fonts_;
    content::Sheet sheet_;
    bool content_ok_ = false;
};

class PictureView {
public:
    // The picture of block `block_id` in `set` (which must outlive the view).
    PictureView(const PictureSet& set, const std::string& block_id);
    ~PictureView();
    PictureView(const PictureView&) = delete;
    PictureView& operator=(const PictureView&) = delete;

    bool ok() const { return found_; }  // the block exists and is a picture
    ImGuiContext* context() const { return loop_.context(); }  // for the platform's renderer
    const std::string& block_id() const { return id_; }

    // Lays out for a canvas `css_w` wide at the reader's text size (1..2) and the screen's
    // density; returns the height the canvas must have (the picture with its panel).
    float layout(float css_w, float text_scale, float dpr);
    float width() const { return w_; }
    // The canvas's height: the picture with its panel, which grows while a mark is chosen (a
    // frame that chose or let go of one changes it).
    float height() const { return h_; }
    float dpr() const { return dpr_; }

    void set_theme(const Theme& t);
    // Its canvas lost what it showed (a restored WebGL context): the next frame draws it again.
    void redraw() { wake(); }
    void set_reduced_motion(bool on);
    // On screen (or about to be): off screen a view draws nothing and starts no grow-in. Back on
    // screen with nothing changed, it draws nothing either: its canvas still shows it.
    void set_visible(bool on);

    // Pointer input in CSS px relative to the canvas; t in seconds.
    void pointer_down(float x, float y, bool touch, double t);
    void pointer_move(float x, float y, bool touch, double t);
    void pointer_up(float x, float y, bool touch, double t);
    void pointer_cancel(double t);
    // Keys while the canvas has the focus: Right/Down the next mark, Left/Up the previous,
    // Home/End the first/last, Escape none. Returns true when the key was the picture's.
    bool key(int imgui_key);

    // True when a frame would differ from the last one drawn.
    bool wants_frame() const;
    // Builds one frame at time t. Afterwards draw_data() holds what to render.
    void frame(double t);
    ImDrawData* draw_data() const;

    // --- what the page and its tests read -------------------------------------------------
    std::uint64_t frame_count() const { return loop_.frames(); }
    int selected() const;
    int mark_count() const;
    // What the chosen mark says, in words (value, date, source), when the choice changed in the
    // last frame; empty otherwise. The page puts it in its polite live region.
    const std::string& announcement() const { return announcement_; }
    // The id of a source whose citation was tapped in the panel in the last frame, or empty.
    const std::string& open_source() const { return open_source_; }
    const std::vector<Hit>& hits() const { return hits_; }
    const std::vector<std::string>& texts() const { return texts_; }

private:
    void fit_height();
    void wake(int frames = 3) {
        loop_.wake(frames);
        current_ = false;
    }
    std::string describe_selected() const;

    const PictureSet& set_;
    std::string id_;
    bool found_ = false;
    PictureSlot slot_;
    ImguiLoop loop_;
    Pictures pictures_;
    Metrics metrics_;
    Theme theme_;
    float w_ = 0, h_ = 0, dpr_ = 1;
    bool reduced_motion_ = false;
    bool visible_ = false;
    bool animating_ = false;
    bool current_ = false;  // the last frame drawn on screen shows the picture as it is now
    int last_selected_ = -1;
    std::string announcement_;
    std::string open_source_;
    std::vector<Hit> hits_;
    std::vector<std::string> texts_;
};

}  // namespace factsheet::ui
