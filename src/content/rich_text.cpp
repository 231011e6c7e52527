// rich_text.cpp: the citation marker syntax [^S<digits>] and nothing else (FORMAT.md, "Inline text").
#include "content/rich_text.h"

#include "content/rules.h"
#include "content/utf8.h"

namespace factsheet::content {
namespace {

constexpr std::string_view opener = "[^";

// A marker's id runs to the "]"; a space or another "[" first means the "]" is missing.
bool ends_unclosed_marker(char c) { return c == ' ' || c == '[' || static_cast<unsigned char>(c) < 0x20; }

void append_text(RichText& out, std::string_view words) {
    if (words.empty()) return;
    if (!out.empty() && out.back().kind == Span::Kind::Text) {
        out.back().text.append(words);
        return;
    }
    Span s;
    s.kind = Span::Kind::Text;
    s.text = std::string(words);
    out.push_back(std::move(s));
}

}  // namespace

RichText parse_rich_text(std::string_view text, std::vector<std::string>& problems) {
    RichText out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = text.find(opener, pos);
        if (start == std::string_view::npos) {
            append_text(out, text.substr(pos));
            break;
        }
        append_text(out, text.substr(pos, start - pos));
        std::size_t end = start + opener.size();
        while (end < text.size() && text[end] != ']' && !ends_unclosed_marker(text[end]) &&
               end - start <= max_id_length + opener.size()) {
            ++end;
        }
        const std::string_view id = text.substr(start + opener.size(), end - start - opener.size());
        if (end >= text.size() || text[end] != ']') {
            problems.push_back("citation marker " + quote_excerpt(text.substr(start, end - start), 20) +
                               " is not closed (expected \"]\" right after the source id, as in [^S26])");
            append_text(out, text.substr(start, end - start));
            pos = end;
            continue;
        }
        if (id.empty()) {
            problems.push_back("empty citation marker \"[^]\" (expected a source id, as in [^S26])");
        } else if (!is_source_id(id)) {
            problems.push_back("malformed citation marker " + quote_excerpt(text.substr(start, end + 1 - start), 20) +
                               " (expected \"S\" followed by digits, as in [^S26])");
        } else {
            Span s;
            s.kind = Span::Kind::Cite;
            s.source_id = std::string(id);
            out.push_back(std::move(s));
            pos = end + 1;
            continue;
        }
        append_text(out, text.substr(start, end + 1 - start));
        pos = end + 1;
    }
    return out;
}

std::string plain_text(const RichText& text) {
    std::string out;
    for (const Span& s : text) {
        if (s.kind == Span::Kind::Text) out += s.text;
    }
    return out;
}

bool has_marker(std::string_view text) { return text.find(opener) != std::string_view::npos; }

}  // namespace factsheet::content
