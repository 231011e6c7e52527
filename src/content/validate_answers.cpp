// validate_answers.cpp: "answers first" (FORMAT.md, "Sections"): a section's key points, its
// questions and contacts, and the shape every section keeps: key points first, then at most one
// main picture, then the details, which are never empty.
#include "content/phone.h"
#include "content/rich_text.h"
#include "content/rules.h"
#include "content/url.h"
#include "content/utf8.h"
#include "content/validator.h"

namespace factsheet::content::detail {
namespace {

void validate_key_points(Validator& v, const json& obj, const std::string& path, const std::string& lang, Block& out) {
    v.reject_unknown_fields(obj, path, {"id", "type", "items"});
    validate_list_items(v, obj, path, limits::key_points_min, Need::Required, out);
    const json& items = obj.contains("items") ? obj["items"] : obj;
    const std::string p = child_path(path, "items");
    if (items.is_array() && items.size() > limits::key_points_max) {
        v.error(p, "expected " + std::to_string(limits::key_points_min) + " to " + std::to_string(limits::key_points_max) +
                       " key points, found " + std::to_string(items.size()));
    }
    const std::size_t most = key_point_limits(lang).item_words;
    for (std::size_t i = 0; i < out.items.size(); ++i) {
        const RichText& item = out.items[i];
        if (!has_citation(item)) {
            v.error(child_path(p, i), "expected at least one citation marker such as [^S26] (every key point cites its source)");
        }
        const std::size_t words = count_words(plain_text(item));
        if (words > most) {
            v.error(child_path(p, i), "a key point of " + std::to_string(words) + " words (expected at most " +
                                          std::to_string(most) + " in this language: one short statement)");
        }
    }
}

void validate_question(Validator& v, const json& obj, const std::string& path, Block& out) {
    v.reject_unknown_fields(obj, path, {"id", "type", "question", "text", "items"});
    v.read_plain(obj, path, "question", limits::question, Need::Required, out.question);
    v.read_rich(obj, path, "text", Need::Required, out.text);
    validate_list_items(v, obj, path, 1, Need::Optional, out);
}

void validate_contact(Validator& v, const json& obj, const std::string& path, Block& out) {
    v.reject_unknown_fields(obj, path, {"id", "type", "title", "text", "phone", "url"});
    v.read_plain(obj, path, "title", limits::title, Need::Required, out.title);
    if (v.read_rich(obj, path, "text", Need::Required, out.text) && !has_citation(out.text)) {
        v.error(child_path(path, "text"), "expected at least one citation marker such as [^S26] (a contact's number and "
                                          "address are claims: their passage must hold them)");
    }
    std::string phone;
    if (v.read_plain(obj, path, "phone", 40, Need::Optional, phone)) {
        if (is_phone(phone)) out.phone = phone;
        else v.error(child_path(path, "phone"), "expected a phone number as readers write it (digits, spaces and + - ( ) ., "
                                                "7 to 15 digits, such as 1-888-351-4024), found " + quote_excerpt(phone));
    }
    std::string url;
    if (v.read_plain(obj, path, "url", limits::url, Need::Optional, url)) {
        std::string why;
        if (check_https_url(url, why)) out.url = url;
        else v.error(child_path(path, "url"), "expected an https:// address: " + why);
    }
    if (obj.find("phone") == obj.end() && obj.find("url") == obj.end()) {
        v.error(path, "a contact needs a \"phone\" or a \"url\" (or both)");
    }
}

}  // namespace

bool has_citation(const RichText& text) {
    for (const Span& s : text) {
        if (s.kind == Span::Kind::Cite) return true;
    }
    return false;
}

void validate_answer_block(Validator& v, const json& obj, const std::string& path, const std::string& lang, Block& out) {
    switch (out.type) {
        case BlockType::KeyPoints: validate_key_points(v, obj, path, lang, out); break;
        case BlockType::Question: validate_question(v, obj, path, out); break;
        case BlockType::Contact: validate_contact(v, obj, path, out); break;
        default: break;
    }
}

void validate_section_shape(Validator& v, const Section& s, const std::string& path) {
    const std::string blocks = child_path(path, "blocks");
    if (s.details_later && (s.kind == SectionKind::Reference || s.blocks.empty() || s.blocks[0].type != BlockType::KeyPoints ||
                            s.summary_end() < s.blocks.size())) {
        v.error(child_path(path, "details_later"), "expected \"details_later\" only in a built lead file, on a section whose "
                                                   "details were left out after its key points (remove it)");
    }
    if (s.kind == SectionKind::Reference) {
        for (std::size_t i = 0; i < s.blocks.size(); ++i) {
            if (s.blocks[i].type == BlockType::KeyPoints) {
                v.error(child_path(blocks, i), "a reference section has no key points (remove them, or make the section a "
                                               "topic: \"kind\" \"topic\")");
            }
        }
        return;
    }
    if (s.blocks.empty()) return;  // already reported
    if (s.blocks[0].type != BlockType::KeyPoints) {
        v.error(child_path(blocks, 0), "expected the section to open with its key points (a \"key_points\" block: 2 to 4 "
                                       "short statements a reader takes away), found " + ("\"" + s.blocks[0].id + "\""));
    }
    for (std::size_t i = 1; i < s.blocks.size(); ++i) {
        if (s.blocks[i].type == BlockType::KeyPoints) {
            v.error(child_path(blocks, i), "expected key points only as a section's first block");
        }
    }
    if (s.blocks[0].type == BlockType::KeyPoints && !s.folds()) {
        v.error(blocks, "expected details after the key points" + std::string(s.blocks.size() > 1 ? " and the main picture" : "") +
                            " (a section's details are never empty)");
    }
}

void validate_key_points_total(Validator& v, const Sheet& sheet) {
    const std::size_t most = key_point_limits(sheet.lang).sheet_words;
    if (most == 0) return;
    std::size_t words = 0;
    for (const Section& s : sheet.sections) {
        for (const Block& b : s.blocks) {
            if (b.type != BlockType::KeyPoints) continue;
            for (const RichText& item : b.items) words += count_words(plain_text(item));
        }
    }
    if (words > most) {
        v.error("/sections", "the key points of the whole sheet have " + std::to_string(words) + " words (expected at most " +
                                 std::to_string(most) + " in this language: a reader takes them in about a minute)");
    }
}

}  // namespace factsheet::content::detail
