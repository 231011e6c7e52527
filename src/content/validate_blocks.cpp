// validate_blocks.cpp: sections and their typed blocks (paragraph, figure, list, quote, callout;
// charts are in validate_chart.cpp, diagrams in validate_diagram.cpp).
#include "content/rules.h"
#include "content/validator.h"

namespace factsheet::content::detail {
namespace {

struct BlockKind {
    std::string_view name;
    BlockType type;
};

constexpr BlockKind block_kinds[] = {
    {"paragraph", BlockType::Paragraph}, {"figure", BlockType::Figure},   {"list", BlockType::List},
    {"quote", BlockType::Quote},         {"callout", BlockType::Callout}, {"chart", BlockType::Chart},
    {"diagram", BlockType::Diagram},     {"key_points", BlockType::KeyPoints}, {"question", BlockType::Question},
    {"contact", BlockType::Contact},     {"timeline", BlockType::Timeline},
};

}  // namespace

void validate_list_items(Validator& v, const json& obj, const std::string& path, std::size_t min_items, Need need,
                         Block& out) {
    const json* items = v.read_array(obj, path, "items", min_items, need);
    if (!items) return;
    const std::string p = child_path(path, "items");
    for (std::size_t i = 0; i < items->size(); ++i) {
        const json& item = (*items)[i];
        RichText text;
        if (!item.is_string()) {
            v.error(child_path(p, i), "expected an item's text (a string), found " + describe(item));
        } else if (v.check_rich(item.get_ref<const std::string&>(), child_path(p, i), text)) {
            out.items.push_back(std::move(text));
        }
    }
}

namespace {

void validate_fields(Validator& v, const json& obj, const std::string& path, const std::string& lang, Block& out) {
    switch (out.type) {
        case BlockType::Paragraph:
            v.reject_unknown_fields(obj, path, {"id", "type", "text"});
            v.read_rich(obj, path, "text", Need::Required, out.text);
            break;
        case BlockType::Figure:
            v.reject_unknown_fields(obj, path, {"id", "type", "value", "unit", "label", "as_of", "sources"});
            v.read_plain(obj, path, "value", limits::figure_value, Need::Required, out.value);
            v.read_plain(obj, path, "unit", limits::figure_unit, Need::Required, out.unit);
            v.read_rich(obj, path, "label", Need::Required, out.text);
            v.read_date(obj, path, "as_of", false, out.as_of);
            v.read_source_ids(obj, path, "sources", out.sources);
            break;
        case BlockType::List:
            v.reject_unknown_fields(obj, path, {"id", "type", "items", "ordered"});
            validate_list_items(v, obj, path, 1, Need::Required, out);
            v.read_bool(obj, path, "ordered", out.ordered);
            break;
        case BlockType::Quote:
            v.reject_unknown_fields(obj, path, {"id", "type", "text", "speaker", "role", "sources"});
            v.read_rich(obj, path, "text", Need::Required, out.text);
            v.read_plain(obj, path, "speaker", limits::speaker, Need::Required, out.speaker);
            v.read_plain(obj, path, "role", limits::role, Need::Optional, out.role);
            v.read_source_ids(obj, path, "sources", out.sources);
            break;
        case BlockType::Callout:
            v.reject_unknown_fields(obj, path, {"id", "type", "text", "title"});
            v.read_rich(obj, path, "text", Need::Required, out.text);
            v.read_plain(obj, path, "title", limits::title, Need::Optional, out.title);
            break;
        case BlockType::Chart:
            validate_chart(v, obj, path, out);
            break;
        case BlockType::Diagram:
            validate_diagram(v, obj, path, out);
            break;
        case BlockType::Timeline:
            validate_timeline(v, obj, path, out);
            break;
        case BlockType::KeyPoints:
        case BlockType::Question:
        case BlockType::Contact:
            validate_answer_block(v, obj, path, lang, out);
            break;
    }
}

void validate_section(Validator& v, const json& value, const std::string& path, const std::string& lang, Section& out) {
    if (!v.expect_object(value, path, "a section")) return;
    v.reject_unknown_fields(value, path, {"id", "title", "kind", "blocks", "details_later"});
    if (v.read_content_id(value, path, out.id)) v.claim_anchor(out.id, child_path(path, "id"));
    v.read_plain(value, path, "title", limits::title, Need::Required, out.title);
    std::string kind;
    if (v.read_choice(value, path, "kind", Need::Optional, {"topic", "practical", "reference"}, kind)) {
        out.kind = kind == "practical" ? SectionKind::Practical : kind == "reference" ? SectionKind::Reference : SectionKind::Topic;
    }
    v.read_bool(value, path, "details_later", out.details_later);
    const json* blocks = v.read_array(value, path, "blocks", 1, Need::Required);
    if (!blocks) return;
    for (std::size_t i = 0; i < blocks->size() && !v.full(); ++i) {
        Block b;
        validate_block(v, (*blocks)[i], child_path(child_path(path, "blocks"), i), lang, b);
        out.blocks.push_back(std::move(b));
    }
    validate_section_shape(v, out, path);
}

}  // namespace

void validate_block(Validator& v, const json& value, const std::string& path, const std::string& lang, Block& out) {
    if (!v.expect_object(value, path, "a block")) return;
    if (v.read_content_id(value, path, out.id)) v.claim_anchor(out.id, child_path(path, "id"));
    std::string type;
    if (!v.read_choice(value, path, "type", Need::Required,
                       {"paragraph", "figure", "list", "quote", "callout", "chart", "diagram", "key_points", "question",
                        "contact", "timeline"},
                       type)) {
        return;  // without a type the allowed fields are unknown; the type error says enough
    }
    for (const BlockKind& k : block_kinds) {
        if (k.name == type) out.type = k.type;
    }
    validate_fields(v, value, path, lang, out);
}

void validate_sections(Validator& v, const json& root, Sheet& sheet) {
    const json* sections = v.read_array(root, "", "sections", 1, Need::Required);
    if (!sections) return;
    int practical = -1;
    for (std::size_t i = 0; i < sections->size() && !v.full(); ++i) {
        Section s;
        validate_section(v, (*sections)[i], child_path("/sections", i), sheet.lang, s);
        if (s.kind == SectionKind::Practical) {
            if (practical >= 0) {
                v.error(child_path(child_path("/sections", i), "kind"),
                        "a second practical section (expected one: the one embedding sites add their local help to)");
            }
            practical = static_cast<int>(i);
        }
        sheet.sections.push_back(std::move(s));
    }
    validate_key_points_total(v, sheet);
}

}  // namespace factsheet::content::detail
