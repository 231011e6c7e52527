// app.h: the fact sheet app, independent of any platform. It owns the Dear ImGui context, the
// loaded content, the laid-out document and the reader's state (scroll, section, popups), takes
// input in CSS pixels and seconds, and produces ImDrawData on demand.
//
// The platform layer (src/platform/web for the browser, tests for headless runs) feeds events,
// calls frame() only when wants_frame() says so, and renders the draw data. Nothing here knows
// about Emscripten, the DOM or OpenGL.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "content/loader.h"
#include "present/qr.h"
#include "ui/pictures.h"
#include "ui/document.h"
#include "ui/imgui_loop.h"
#include "ui/metrics.h"
#include "ui/parts/parts.h"
#include "ui/scroller.h"
#include "ui/theme.h"

struct ImDrawData;
struct ImFontLoader;

namespace factsheet::ui {

// What the app asks of the page around it.
class Host {
public:
    virtual ~Host() = default;
    virtual void open_url(const std::string& url) = 0;          // new tab, no referrer
    virtual void request_language(const std::string& lang) = 0;  // load that language's content
    virtual void listen(const std::string& section) = 0;         // read that section aloud
    // The reader is now at section `id`. `jumped` is true for a jump the reader asked for (a
    // contents entry): the page makes it a history entry, so Back returns; scrolling replaces.
    virtual void section_changed(const std::string& id, const std::string& title, bool jumped) = 0;
    virtual void share(const std::string& section) = 0;  // system share sheet, else copy the link
    virtual void exit_now() = 0;                          // quick exit: leave for a neutral page
    virtual void save_offline() = 0;                      // download the one-file copy
    // The sheet's address with the current language and `section` (what share() passes on).
    virtual std::string address(const std::string& section) = 0;
    // Says `text` to screen readers (the page's polite live region).
    virtual void announce(const std::string& text) = 0;
    // "Remove this sheet from this phone", confirmed: drop the offline copy, then quick exit.
    virtual void remove_from_phone() = 0;
    // Print: the whole sheet, or its key points on one page (with the practical section's
    // numbers and `qr_svg`, the QR code of `address`: the sheet's address in this language).
    virtual void print(bool key_points_only, const std::string& address, const std::string& qr_svg) = 0;
    // The sources' passages of language `lang` (a content file may come without them: README,
    // "Bytes of a first visit"): asked the first time a source's card shows; the page answers
    // with App::set_passages or App::passages_failed.
    virtual void request_passages(const std::string& lang) = 0;
};

class App {
public:
    explicit App(Host* host);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Font files (TrueType). The app keeps the bytes alive as long as the atlas uses them.
    bool set_fonts(std::vector<unsigned char> regular, std::vector<unsigned char> bold);
    // The web build's: both faces drawn by `loader` (the browser's letters). False without one.
    bool set_font_loader(const ImFontLoader* loader);

    // Loads a language file. On errors the app shows an error screen listing them and keeps
    // running. `section` (a deep-link id) opens the sheet at that section when it exists;
    // an empty or unknown id opens at the top, or keeps the reader's place on a language switch.
    bool set_content(std::string_view json, const std::string& section = "");
    // The whole sheet, after the canvas started from its lead (a content file whose sections'
    // details come later: content/<lang>.lead.json): the details take their places under what
    // the reader sees, which stays where it is, and a link into them waiting for them is followed.
    // False, changing nothing, unless it is the current sheet's language with the same sections.
    bool set_details(std::string_view json);
    // The passages of language `lang` (the form of data/evidence.json), for a content file that
    // came without them. Ignored for another language than the sheet's (a switch came between).
    // False, the card saying they could not be loaded, when they are not valid.
    bool set_passages(const std::string& lang, std::string_view json);
    // The page could not fetch them: the card says so, and asks again when a source next opens.
    void passages_failed();
    // Where the current sheet's passages are.
    using Passages = PassagesState;  // ui/parts/parts.h: the source card says so
    Passages passages() const { return passages_; }

    void set_viewport(float css_w, float css_h, float device_pixel_ratio);
    void set_theme(ThemeId theme);          // the reader's choice; overrides the system's
    void set_system_dark(bool dark);        // follows prefers-color-scheme until a choice is made
    void set_text_scale(float scale);
    void set_reduced_motion(bool on);
    // Draw every frame, as a stock Dear ImGui loop does: only the benchmark's reference uses it.
    void set_continuous(bool on) { continuous_ = on; }
    // Whether the page has a one-file copy to offer (the menu shows "Save for offline").
    void set_can_save_offline(bool on) {
        can_save_offline_ = on;
        wake();
    }
    // Whether the page can read a section aloud (speechSynthesis): each section gets Listen.
    void set_can_listen(bool on) {
        if (can_listen_ == on) return;
        can_listen_ = on;
        relayout();
    }
    // Save-Data: the offline copy holds only the languages read, and the menu says so.
    void set_offline_one_language(bool on) {
        offline_one_language_ = on;
        wake();
    }
    // Scrolls to a section, or to a block (a deep link such as #smart-foia): a block in a
    // section's details opens them first.
    void jump_to_section(const std::string& id, bool animate);
    // Where the reader is: the place at the top of the screen, under the header (the page keeps
    // its rendition there when the canvas hands back to it).
    Place place() const { return place_at(doc_, scroller_.offset() + header_h()); }
    // Opens at the place the page's rendition was at (the canvas taking over from the first
    // paint), with the details of `open_sections` open, as the reader had them, and those the
    // place lies in. An empty or unknown id changes no place.
    void go_to_place(const Place& place, const std::vector<std::string>& open_sections);
    // Answers first: a section's details open or closed ("Read the details"), or all of them
    // (the menu's "Show all details"). The page keeps the reader's place.
    void set_details_open(size_t section, bool open);
    void set_all_details(bool open);
    bool details_open(size_t section) const { return section < details_open_.size() && details_open_[section]; }
    bool all_details_open() const;

    // Pointer input in CSS px relative to the canvas; t in seconds (any monotonic clock).
    void pointer_down(float x, float y, bool touch, double t);
    void pointer_move(float x, float y, bool touch, double t);
    void pointer_up(float x, float y, bool touch, double t);
    void pointer_cancel(double t);
    void wheel(float dy_css, double t);
    // Keys, as Dear ImGui key codes (ImGuiKey), with the modifier state.
    void key(int imgui_key, bool down, bool shift, bool ctrl, bool alt, bool super);
    void focus_changed(bool focused);
    // A short message at the bottom of the screen (a ui string key, e.g. "link_copied").
    void notify(const std::string& ui_key, double t);

    // True when something changed since the last frame, or motion or Dear ImGui still settles.
    bool wants_frame() const;
    // When nothing moves but something is due later (a message to hide), the time it is due;
    // negative when nothing is. The platform sets a timer rather than drawing frames meanwhile.
    double next_wake() const;
    void frame_due() { wake(1); }  // the platform's timer for next_wake() fired
    // Builds one frame at time t. Afterwards draw_data() holds what to render.
    void frame(double t);
    ImDrawData* draw_data() const;

    // --- state a test or the page can read -------------------------------------------------
    std::uint64_t frame_count() const { return loop_.frames(); }
    bool content_ok() const { return content_ok_; }
    const content::Sheet& sheet() const { return sheet_; }
    const Document& document() const { return doc_; }
    const Metrics& metrics() const { return metrics_; }
    const Fonts& fonts() const { return fonts_; }
    const std::string& current_section() const { return current_section_; }
    float scroll_offset() const { return scroller_.offset(); }
    bool scrolling() const { return scroller_.moving() || scroller_.dragging(); }
    int open_source() const { return popup_source_; }  // -1 when no source card shows
    const std::string& open_place() const { return popup_place_; }  // where its citation stands
    bool menu_open() const { return menu_open_; }
    // A card over the page other than a source's: the QR code or "Remove this sheet".
    enum class Card { None, Qr, Remove, Print };
    Card open_card() const { return card_; }
    const present::QrMatrix& qr() const { return qr_; }  // the code the QR card shows
    const std::string& qr_address() const { return qr_address_; }
    float text_scale() const { return text_scale_; }
    const std::string& toast() const { return toast_; }
    ThemeId theme_id() const { return theme_; }
    // Screen-space rectangles of everything that can be tapped in the last frame (for tests).
    using Hit = ui::Hit;
    const std::vector<Hit>& last_hits() const { return hits_; }
    // Screen rectangle of the QR code with its quiet zone in the last frame (CSS px; w 0: none).
    const Hit& qr_rect() const { return qr_rect_; }
    // Texts drawn in the last frame, top to bottom (for tests and the page's test hook).
    const std::vector<std::string>& last_texts() const { return drawn_texts_; }
    // The pictures' state (which mark each shows), by block id.
    const Pictures& pictures() const { return pictures_; }

private:
    // app_navigation.cpp: the layout, where the reader is, jumps, details, tap targets.
    void relayout();
    void keep_place_after_relayout(const std::string& section, float within);
    bool open_details_for(const std::string& block_id);  // true when it opened them
    void update_current_section();
    void scroll_into_view(float doc_y, float h);
    void activate(const Target& t);
    void show_source(int index, const std::string& place);  // a citation's card
    // app_document.cpp: the document under the header, with its pictures and tap targets.
    void draw_document();
    // app.cpp: the parts over the page (ui/parts/parts.h), and what the reader did with them.
    void draw_parts(const Part& part);
    void act(const HeaderResult& r);
    void act(const MenuResult& r);
    void open_card(Card c);
    void print(bool key_points_only);
    bool modal() const { return popup_source_ >= 0 || menu_open_ || card_ != Card::None; }
    void wake(int frames = 3) { loop_.wake(frames); }
    float header_h() const { return metrics_.header_h; }

    Host* host_;
    ImguiLoop loop_;
    std::vector<unsigned char> font_regular_, font_bold_;
    Fonts fonts_;

    content::Sheet sheet_;
    std::vector<content::Error> errors_;
    bool content_ok_ = false;
    bool have_content_ = false;

    Metrics metrics_;
    float dpr_ = 1;
    float text_scale_ = 1;
    ThemeId theme_ = ThemeId::Light;
    bool theme_chosen_ = false;
    bool reduced_motion_ = false;
    Document doc_;
    std::vector<bool> details_open_;  // by section index: its details are laid out and shown
    bool layout_dirty_ = true;
    std::string pending_section_;  // apply after the next layout
    float pending_within_ = 0;
    float pending_fraction_ = -1;  // 0 to 1: pending_section_ is a Place's id, this far down it
    std::string wanted_;           // a jump into details still to come (set_details follows it)
    // A picture's panel to bring on screen after the next layout (its chosen mark changed).
    bool reveal_after_layout_ = false;
    float reveal_y_ = 0, reveal_h_ = 0;

    Scroller scroller_;
    std::string current_section_;
    bool jumping_ = false;      // a requested jump is animating: report only where it lands
    int focused_target_ = -1;   // document target that has keyboard focus
    int popup_source_ = -1;
    std::string popup_place_;  // where the tapped citation stands; empty from the source list
    bool menu_open_ = false;
    bool menu_languages_ = false;  // the open menu shows the languages only (the header's language button)
    MenuScroll menu_scroll_;
    bool menu_dragging_ = false;
    float menu_drag_y_ = 0;
    Card card_ = Card::None;
    present::QrMatrix qr_;
    std::string qr_address_;
    Hit qr_rect_{0, 0, 0, 0, ""};
    std::string toast_;
    double toast_until_ = -1;
    std::uint64_t card_opened_frame_ = 0;

    // Gesture state: a touch becomes a scroll once it moves past the slop; then it never taps.
    bool pointer_down_ = false;
    bool gesture_scrolling_ = false;
    bool press_cancelled_ = false;
    float down_x_ = 0, down_y_ = 0;

    bool continuous_ = false;
    bool can_save_offline_ = false;
    bool can_listen_ = false;
    bool offline_one_language_ = false;
    Passages passages_ = Passages::Missing;
    double last_time_ = -1;
    std::vector<Hit> hits_;
    std::vector<std::string> drawn_texts_;
    Pictures pictures_;
};

}  // namespace factsheet::ui
