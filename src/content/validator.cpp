// validator.cpp: error collection and the typed, bounded field readers the loader is made of.
#include "content/validator.h"

#include <cmath>
#include <cstdint>
#include <cstdio>

#include "content/date.h"
#include "content/rich_text.h"
#include "content/rules.h"
#include "content/utf8.h"

namespace factsheet::content::detail {
namespace {

std::string join_quoted(std::initializer_list<std::string_view> words) {
    std::string out;
    for (std::string_view w : words) {
        if (!out.empty()) out += ", ";
        out += '"';
        out += w;
        out += '"';
    }
    return out;
}

std::string code_point_name(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

}  // namespace

std::string child_path(const std::string& parent, std::string_view key) {
    std::string out = parent + '/';
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string child_path(const std::string& parent, std::size_t index) { return parent + '/' + std::to_string(index); }

std::string describe(const json& value) {
    switch (value.type()) {
        case json::value_t::object: return value.empty() ? "an empty object" : "an object";
        case json::value_t::array: return value.empty() ? "an empty array" : "an array";
        case json::value_t::string: return "the string " + quote_excerpt(value.get_ref<const std::string&>());
        case json::value_t::boolean: return value.get<bool>() ? "true" : "false";
        case json::value_t::null: return "null";
        // The number as value.dump() writes it, without instantiating nlohmann's whole serializer
        // in the wasm for this one message (it was its only user there): the same shortest
        // round-trip digits (nlohmann's to_chars, which dump() calls), "null" for what is not finite.
        case json::value_t::number_integer: return "the number " + std::to_string(value.get<std::int64_t>());
        case json::value_t::number_unsigned: return "the number " + std::to_string(value.get<std::uint64_t>());
        case json::value_t::number_float: {
            const double x = value.get<double>();
            if (!std::isfinite(x)) return "the number null";
            char buf[64];
            return "the number " + std::string(buf, nlohmann::detail::to_chars(buf, buf + sizeof buf, x));
        }
        default: return "a value of another kind";
    }
}

void Validator::error(const std::string& path, std::string message) {
    if (capped_) return;
    if (errors_.size() >= max_errors) {
        capped_ = true;
        errors_.push_back({"", "too many errors; stopped after " + std::to_string(max_errors)});
        return;
    }
    errors_.push_back({path, std::move(message)});
}

bool Validator::expect_object(const json& value, const std::string& path, std::string_view what) {
    if (value.is_object()) return true;
    error(path, "expected " + std::string(what) + " (an object), found " + describe(value));
    return false;
}

void Validator::reject_unknown_fields(const json& obj, const std::string& path,
                                      std::initializer_list<std::string_view> allowed) {
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool known = false;
        for (std::string_view a : allowed) known = known || it.key() == a;
        if (!known) {
            error(child_path(path, it.key()),
                  "unknown field " + quote_excerpt(it.key()) + " (expected only " + join_quoted(allowed) + ")");
        }
    }
}

const json* Validator::field(const json& obj, const std::string& path, const char* name, Need need,
                             const char* expected) {
    const auto it = obj.find(name);
    if (it == obj.end()) {
        if (need == Need::Required) {
            error(child_path(path, name),
                  std::string("required field \"") + name + "\" is missing (expected " + expected + ")");
        }
        return nullptr;
    }
    return &*it;
}

bool Validator::check_text(const std::string& text, const std::string& path, std::size_t max) {
    if (find_invalid_utf8(text) != std::string_view::npos) {
        error(path, "expected UTF-8 text, found invalid bytes");
        return false;
    }
    bool blank = true;
    std::size_t i = 0, count = 0;
    while (i < text.size()) {
        const char32_t c = next_code_point(text, i);
        ++count;
        if (is_control(c)) {
            error(path, "expected one line of plain text, found the control character " + code_point_name(c) +
                            " at character " + std::to_string(count) + " (line breaks included)");
            return false;
        }
        blank = blank && (c == ' ' || c == 0xA0);
    }
    if (blank) {
        error(path, text.empty() ? "expected text, found an empty string" : "expected text, found only spaces");
        return false;
    }
    if (count > max) {
        error(path, "too long: " + std::to_string(count) + " characters (expected at most " + std::to_string(max) + ")");
        return false;
    }
    return true;
}

bool Validator::check_plain(const std::string& text, const std::string& path, std::size_t max) {
    if (!check_text(text, path, max)) return false;
    if (has_marker(text)) {
        error(path, "expected plain text, found a citation marker \"[^\" (markers are only allowed in rich text "
                    "fields such as paragraph text, labels and notes)");
        return false;
    }
    return true;
}

bool Validator::check_rich(const std::string& text, const std::string& path, RichText& out) {
    if (!check_text(text, path, limits::rich)) return false;
    std::vector<std::string> problems;
    RichText spans = parse_rich_text(text, problems);
    for (std::string& p : problems) error(path, std::move(p));
    for (const Span& s : spans) {
        if (s.kind == Span::Kind::Cite) cite(s.source_id, path, true);
    }
    const std::string words = plain_text(spans);
    if (words.find_first_not_of(' ') == std::string::npos) {
        error(path, "expected words besides the citation markers, found only markers");
        return false;
    }
    if (!problems.empty()) return false;
    out = std::move(spans);
    return true;
}

bool Validator::read_plain(const json& obj, const std::string& path, const char* name, std::size_t max, Need need,
                           std::string& out) {
    const std::string expected = "text of at most " + std::to_string(max) + " characters";
    const json* value = field(obj, path, name, need, expected.c_str());
    if (!value) return false;
    const std::string p = child_path(path, name);
    if (!value->is_string()) {
        error(p, "expected " + expected + ", found " + describe(*value));
        return false;
    }
    if (!check_plain(value->get_ref<const std::string&>(), p, max)) return false;
    out = value->get_ref<const std::string&>();
    return true;
}

bool Validator::read_rich(const json& obj, const std::string& path, const char* name, Need need, RichText& out) {
    const json* value = field(obj, path, name, need, "text with optional citation markers such as [^S26]");
    if (!value) return false;
    const std::string p = child_path(path, name);
    if (!value->is_string()) {
        error(p, "expected text (a string), found " + describe(*value));
        return false;
    }
    return check_rich(value->get_ref<const std::string&>(), p, out);
}

bool Validator::read_date(const json& obj, const std::string& path, const char* name, bool day_required, Date& out) {
    const char* expected = day_required ? "a date as YYYY-MM-DD" : "a date as YYYY, YYYY-MM or YYYY-MM-DD";
    const json* value = field(obj, path, name, Need::Required, expected);
    if (!value) return false;
    const std::string p = child_path(path, name);
    if (!value->is_string()) {
        error(p, std::string("expected ") + expected + " (a string), found " + describe(*value));
        return false;
    }
    Date d;
    std::string why;
    if (!parse_date(value->get_ref<const std::string&>(), d, why)) {
        error(p, why);
        return false;
    }
    if (day_required && d.day == 0) {
        error(p, std::string("expected a full date as YYYY-MM-DD, found \"") + d.text + "\"");
        return false;
    }
    out = d;
    return true;
}

bool Validator::read_bool(const json& obj, const std::string& path, const char* name, bool& out) {
    const json* value = field(obj, path, name, Need::Optional, "true or false");
    if (!value) return false;
    if (!value->is_boolean()) {
        error(child_path(path, name), "expected true or false, found " + describe(*value));
        return false;
    }
    out = value->get<bool>();
    return true;
}

bool Validator::read_choice(const json& obj, const std::string& path, const char* name, Need need,
                            std::initializer_list<std::string_view> choices, std::string& out) {
    const std::string expected = "one of " + join_quoted(choices);
    const json* value = field(obj, path, name, need, expected.c_str());
    if (!value) return false;
    if (value->is_string()) {
        for (std::string_view c : choices) {
            if (value->get_ref<const std::string&>() == c) {
                out = std::string(c);
                return true;
            }
        }
    }
    error(child_path(path, name), "expected " + expected + ", found " + describe(*value));
    return false;
}

bool Validator::read_language(const json& obj, const std::string& path, const char* name, std::string& out) {
    const char* expected = "a language tag such as \"en\" or \"es-419\"";
    const json* value = field(obj, path, name, Need::Required, expected);
    if (!value) return false;
    if (value->is_string() && is_language_tag(value->get_ref<const std::string&>())) {
        out = value->get_ref<const std::string&>();
        return true;
    }
    error(child_path(path, name), std::string("expected ") + expected + ", found " + describe(*value));
    return false;
}

const json* Validator::read_array(const json& obj, const std::string& path, const char* name, std::size_t min_items,
                                  Need need) {
    const std::string expected = min_items == 0 ? std::string("an array")
                                                : "an array of at least " + std::to_string(min_items) +
                                                      (min_items == 1 ? " item" : " items");
    const json* value = field(obj, path, name, need, expected.c_str());
    if (!value) return nullptr;
    if (!value->is_array() || value->size() < min_items) {
        error(child_path(path, name), "expected " + expected + ", found " + describe(*value));
        return nullptr;
    }
    return value;
}

const json* Validator::read_object(const json& obj, const std::string& path, const char* name, const char* what) {
    const json* value = field(obj, path, name, Need::Required, what);
    if (!value) return nullptr;
    if (!value->is_object()) {
        error(child_path(path, name), std::string("expected ") + what + " (an object), found " + describe(*value));
        return nullptr;
    }
    return value;
}

bool Validator::read_content_id(const json& obj, const std::string& path, std::string& out) {
    const char* expected = "an id of lowercase letters, digits and hyphens such as \"smartlink\"";
    const json* value = field(obj, path, "id", Need::Required, expected);
    if (!value) return false;
    if (!value->is_string() || !is_content_id(value->get_ref<const std::string&>())) {
        error(child_path(path, "id"), std::string("expected ") + expected + " (at most " +
                                          std::to_string(max_id_length) + " characters), found " + describe(*value));
        return false;
    }
    out = value->get_ref<const std::string&>();
    return true;
}

bool Validator::read_source_ids(const json& obj, const std::string& path, const char* name,
                                std::vector<std::string>& out) {
    const json* list = read_array(obj, path, name, 1, Need::Required);
    if (!list) return false;
    const std::string p = child_path(path, name);
    std::vector<std::string> ids;
    bool ok = true;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json& item = (*list)[i];
        const std::string ip = child_path(p, i);
        if (!item.is_string() || !is_source_id(item.get_ref<const std::string&>())) {
            error(ip, "expected a source id such as \"S26\", found " + describe(item));
            ok = false;
            continue;
        }
        const std::string& id = item.get_ref<const std::string&>();
        bool twice = false;
        for (const std::string& seen : ids) twice = twice || seen == id;
        if (twice) {
            error(ip, "source \"" + id + "\" is listed twice (expected each source once)");
            ok = false;
            continue;
        }
        cite(id, ip, false);
        ids.push_back(id);
    }
    if (ok) out = std::move(ids);
    return ok;
}

void Validator::set_known_sources(std::set<std::string> ids, bool usable) {
    known_sources_ = std::move(ids);
    sources_usable_ = usable;
}

void Validator::cite(const std::string& id, const std::string& path, bool in_marker) {
    cited_.insert(id);
    if (!sources_usable_ || known_sources_.count(id)) return;
    error(path, "unknown source \"" + id + "\"" + (in_marker ? " in citation marker [^" + id + "]" : std::string()) +
                    " (expected an id listed in /sources)");
}

bool Validator::claim_anchor(const std::string& id, const std::string& path) {
    if (is_reserved_anchor(id)) {
        error(path, "id \"" + id + "\" is reserved for the page itself (expected another id)");
        return false;
    }
    const auto [it, fresh] = anchors_.emplace(id, path);
    if (!fresh) {
        error(path, "duplicate id \"" + id + "\", already used at " + it->second +
                        " (section and block ids must be unique across the file)");
        return false;
    }
    return true;
}

}  // namespace factsheet::content::detail
