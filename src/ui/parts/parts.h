// parts.h: the parts of the app's screen besides the document: the header, the menu, the cards
// over the page (a source, the QR code, Remove, Print) and the messages (a toast, the error screen).
// Each draws what it is given and returns what the reader did; the App keeps the state and the
// order of drawing, and acts (ui/app.h).
#pragma once

#include <string>
#include <vector>

#include "content/loader.h"
#include "present/qr.h"
#include "ui/parts/part.h"

namespace factsheet::ui {

// --- the header: the menu button, the title, the language list's button and Quick exit -------
struct HeaderResult {
    bool menu = false;       // the menu button was pressed
    bool languages = false;  // the language button: the menu, which lists them first
    bool exit = false;       // Quick exit
};
HeaderResult draw_header(const Part& p, bool menu_open);

// --- the menu panel under the header --------------------------------------------------------
enum class MenuAction { None, Language, Contents, Glossary, Details, Smaller, Larger, Theme, Share, Qr, Save, Remove, Print, Close };
struct MenuModel {
    bool glossary = false;        // the sheet has a word list (FORMAT.md: "glossary")
    bool folds = false;           // some section folds its details
    bool all_open = false;        // ... and all of them are open
    int percent = 100;            // the text size
    ThemeId theme = ThemeId::Light;
    bool can_save_offline = false;
    bool offline_one_language = false;  // Save-Data: the line under "Save for offline"
    bool dragging = false;        // a finger is scrolling the panel: a release is no tap
    bool languages_only = false;  // opened by the header's language button: only the languages
};
// The panel scrolls when it is taller than the screen below the header (a small phone, large text).
struct MenuScroll {
    float offset = 0;
    float max = 0;  // set as it is drawn
};
struct MenuResult {
    MenuAction action = MenuAction::None;
    ThemeId theme = ThemeId::Light;  // for MenuAction::Theme
    std::string language;            // for MenuAction::Language: its tag
};
MenuResult draw_menu(const Part& p, const MenuModel& model, MenuScroll& scroll);

// --- the cards ------------------------------------------------------------------------------
// Where the sources' passages are (App::Passages): the card says "Loading" or that they could
// not be loaded while they are not there.
enum class PassagesState { Ready, Missing, Asked, Failed };
struct SourceCardResult {
    bool open = false;   // open the source's address
    bool close = false;
};
// Source `index`'s card; `place` the citation's place (content/evidence.h), empty from the list.
SourceCardResult draw_source_card(const Part& p, int index, const std::string& place, PassagesState passages, bool opened_now);

// The sheet's address as a QR code; `rect` is set to the code's screen rectangle. True: Close.
bool draw_qr_card(const Part& p, float dpr, const present::QrMatrix& qr, const std::string& address, Hit& rect,
                  bool opened_now);

struct ChoiceResult {
    bool first = false;   // Remove: "Remove and leave"; Print: "Key points (one page)"
    bool second = false;  // Print: "The whole fact sheet"
    bool close = false;
};
ChoiceResult draw_remove_card(const Part& p, bool opened_now);
ChoiceResult draw_print_card(const Part& p, bool opened_now);

// --- messages -------------------------------------------------------------------------------
void draw_toast(const Part& p, const std::string& text);
// Shown instead of the document when the content did not load: the errors, in the content's
// own words where it has none (no strings of its own can be trusted then).
void draw_error_screen(const Part& p, const std::vector<content::Error>& errors);

}  // namespace factsheet::ui
