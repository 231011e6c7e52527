// sheet.h: the fact sheet's content model, as loaded from one language file in data/.
// Plain C++ only (no Dear ImGui, no Emscripten): the app, the tools and the tests share it.
// The file format is described in data/FORMAT.md; loader.h turns JSON text into a Sheet.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace factsheet::content {

// A calendar date as the content writes it: "2021", "2021-05" or "2021-05-14".
// month and day are 0 when the text did not give them.
struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    std::string text;  // as written in the file
};

// One run of inline text. Paragraph text such as "ICE began in 2018.[^S26]" becomes
// a Text span followed by a Cite span whose source_id is "S26".
struct Span {
    enum class Kind : std::uint8_t { Text, Cite };
    Kind kind = Kind::Text;
    std::string text;       // Text: the words; Cite: empty
    std::string source_id;  // Cite: id of an entry in Sheet::sources
};
using RichText = std::vector<Span>;

// What a number's wording has to carry when the source gives no exact figure.
enum class Qualifier : std::uint8_t { Exact, About, MoreThan, LessThan };

struct ChartPoint {
    Date date;
    std::string label;  // axis label as readers see it ("FY2011", "Jun 2022"); defaults to date.text
    double value = 0;
    Qualifier qualifier = Qualifier::Exact;
    std::vector<std::string> sources;  // at least one
    std::string note;                  // optional, plain text
};

struct ChartSeries {
    std::string id;
    std::string label;
    std::vector<ChartPoint> points;
};

// How well a diagram item's claim is established (the facts file's high / medium / low).
enum class Confidence : std::uint8_t { High, Medium, Low };

// A stretch of the 24-hour day, in hours from midnight (0..24, fractions allowed). `to` below
// `from` crosses midnight (23 -> 5); a moment (an alarm, a call) has no `to` (negative here).
struct HourRange {
    double from = 0;
    double to = -1;
    bool moment() const { return to < 0; }
};

// One explorable item of a diagram: what the picture labels and what tapping it tells.
struct DiagramItem {
    std::string id;     // stable across languages
    std::string label;  // short, drawn on the picture
    RichText text;      // what is known, with at least one citation
    Confidence confidence = Confidence::High;
    std::vector<HourRange> hours;  // "day" diagrams: where on the day the item falls
};

// One dated event of a timeline: what the picture labels and what tapping it tells.
struct TimelineEvent {
    std::string id;     // stable across languages
    Date date;
    std::string label;  // short, drawn on the picture
    RichText text;      // what happened, with at least one citation
};

enum class BlockType : std::uint8_t {
    Paragraph, Figure, List, Quote, Callout, Chart, Diagram,
    KeyPoints,  // the section's answer: 2-4 short statements a reader takes away (items)
    Question,   // a question as readers ask it (question), its answer (text) and steps (items)
    Contact,    // a service: its name (title), what it is for (text), a phone and/or an address
    Timeline,   // dated events drawn as a picture (events)
};

// Which picture a chart or diagram draws: the file's "kind", parsed once by the validator.
enum class ChartKind : std::uint8_t { Bar, Line };
enum class DiagramKind : std::uint8_t { Phone, Day };
const char* kind_name(ChartKind k);    // "bar", "line": as the file writes it
const char* kind_name(DiagramKind k);  // "phone", "day"

// One typed block of a section. Which fields are used depends on type (see FORMAT.md);
// unused ones stay empty.
struct Block {
    std::string id;  // stable across languages
    BlockType type = BlockType::Paragraph;

    RichText text;                // Paragraph, Quote, Callout; Figure: the label
    std::string title;            // Callout (optional), Chart, Diagram
    std::vector<RichText> items;  // List
    bool ordered = false;         // List

    std::string value;                 // Figure: "96,574"
    std::string unit;                  // Figure: "people"
    Date as_of;                        // Figure
    std::vector<std::string> sources;  // Figure, Quote: at least one

    std::string speaker;  // Quote
    std::string role;     // Quote (optional)

    ChartKind chart_kind = ChartKind::Bar;  // Chart
    std::string caption;     // Chart, Diagram
    std::string y_unit;      // Chart
    RichText note;           // Chart, Diagram (optional): data problems, scale warnings
    std::vector<ChartSeries> series;  // Chart

    DiagramKind diagram_kind = DiagramKind::Phone;  // Diagram
    std::vector<DiagramItem> diagram_items;  // Diagram

    std::string question;  // Question
    std::string phone;     // Contact (optional): as readers see it, "1-888-351-4024"
    std::string url;       // Contact (optional): https only
    std::vector<TimelineEvent> events;  // Timeline
};

// Charts, diagrams and timelines are drawn as pictures (src/ui/pictures/).
bool is_picture(const Block& b);

// What a section is for (FORMAT.md, "Sections"): a topic opens with its key points and folds its
// details; the practical section is one of them, and embedding sites may add their local help
// to it; a reference section (the word list, "About") has neither.
enum class SectionKind : std::uint8_t { Topic, Practical, Reference };

struct Section {
    std::string id;  // stable across languages, used in deep links (#smartlink)
    std::string title;
    SectionKind kind = SectionKind::Topic;
    std::vector<Block> blocks;
    // The built lead file (evidence.h: BuiltContent) leaves the details out, to come after the
    // canvas's first frame: the section folds all the same, and says they are on their way.
    bool details_later = false;

    // Blocks [0, summary_end()) are shown at once: the key points and the main picture after
    // them; the rest are the details, behind one tap. A reference section shows everything.
    std::size_t summary_end() const;
    bool folds() const { return details_later || summary_end() < blocks.size(); }
};

struct Source {
    std::string id;  // "S26"
    std::string publisher;
    std::string title;
    std::string author;  // optional
    Date date;
    std::string url;  // optional; https only
};

// The words of a source that support one citation: data/evidence.json (FORMAT.md, "Evidence"),
// bundled into each language's built content file with the entries that language cites.
struct Evidence {
    std::string at;         // the place in the sheet (evidence.h: citation_place)
    std::string source_id;  // "S26"
    std::string passage;    // the source's own words, at most limits::passage code points
    std::string lang;       // the passage's language
    std::string where;      // paragraph, page or section of the source
    std::string url;        // the address where it was read
    Date checked;           // when it was read against the claim
};

// How a language file was made from the original (data/FORMAT.md, "translation"); the original has
// none. The sheet says so on screen, and claims no review that did not happen.
struct Translation {
    std::string from;           // the original's tag: "en"
    std::string by;             // who translated it, in the file's language: "the project team"
    bool native_review = false; // whether a native speaker has reviewed it
};

// The section that says how the sheet was made; a translation says there how it was translated.
inline constexpr const char* about_section_id = "about";

struct Meta {
    std::string title;
    std::string subtitle;
    std::string description;  // one or two sentences, used for <meta name=description> and embeds
    Date reviewed;            // date of the last content review
    std::optional<Translation> translation;  // empty for the original
};

// A language the sheet is built in, as its switch names it.
struct Language {
    std::string lang;  // its tag: "es"
    std::string name;  // its own name (its ui lang_name): "Español"
};

struct Sheet {
    std::string lang;  // BCP 47 tag: "en", "es"
    Meta meta;
    std::map<std::string, std::string> ui;  // interface strings by key
    std::vector<Section> sections;
    std::vector<Source> sources;
    std::vector<Evidence> evidence;  // only in built content files (evidence.h: bundle)
    std::vector<Language> languages;  // likewise: every language built, this one included

    // Whether some section's details are still to come (a lead file).
    bool details_later() const;
    // Whether `whole` is the whole sheet this lead was made from: its language, its sections in
    // order, nothing still to come (what App and PictureSet take after starting from a lead).
    bool completed_by(const Sheet& whole) const;

    const Source* find_source(const std::string& id) const;
    const Section* find_section(const std::string& id) const;
    // Where the block with this id is (a deep link to it): section -1 when there is none.
    struct BlockAt {
        int section = -1;
        std::size_t block = 0;
    };
    BlockAt find_block(const std::string& id) const;
    // Whether a deep link to id has somewhere to go: a section, a block, or the source list.
    bool has_anchor(const std::string& id) const;
    // The passages recorded for one citation: the source at a place (evidence.h: citation_place).
    std::vector<const Evidence*> passages(const std::string& at, const std::string& source_id) const;
    // The interface string for key, or the key itself when missing (never empty on screen).
    const std::string& ui_text(const std::string& key) const;
};

}  // namespace factsheet::content
