// json_scan.cpp: nlohmann's SAX parser (iterative, so depth costs no stack) with a handler that
// tracks the JSON pointer of each value to name duplicate keys and nesting that is too deep.
#include "content/json_scan.h"

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "content/utf8.h"

namespace factsheet::content {
namespace {

using json = nlohmann::json;

std::string escape_pointer_token(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

// 1-based line and column of a byte offset.
std::string line_column(std::string_view text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

class ScanHandler : public nlohmann::json_sax<json> {
public:
    ScanHandler(std::string_view text, std::size_t max_depth, std::vector<Error>& errors)
        : text_(text), max_depth_(max_depth), errors_(errors) {}

    bool syntax_error = false;
    bool too_deep = false;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }

    bool start_object(std::size_t) override { return open(true); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& k) override {
        Frame& f = stack_.back();
        f.token = escape_pointer_token(k);
        if (!f.keys.insert(k).second && errors_.size() < 50) {
            errors_.push_back({path(), "duplicate key " + quote_excerpt(k) +
                                           " (each key may appear once per object; the last one would win)"});
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        syntax_error = true;
        // nlohmann's text reads "[json.exception.parse_error.101] parse error at line 1, column 5: why";
        // keep only "why", and give the position in our own words.
        // Other kinds ("[json.exception.out_of_range.406] number overflow ...") lose the tag only.
        std::string why = ex.what();
        if (!why.empty() && why[0] == '[' && why.find("] ") != std::string::npos) why = why.substr(why.find("] ") + 2);
        if (why.rfind("parse error at line", 0) == 0) {
            const std::size_t colon = why.find(": ", why.find("column"));
            if (colon != std::string::npos) why = why.substr(colon + 2);
        }
        const std::size_t offset = position > 0 ? position - 1 : 0;
        errors_.push_back({"", "invalid JSON at " + line_column(text_, offset) + " (byte " + std::to_string(offset) +
                                   "): " + printable(why, 200)});
        return false;
    }

private:
    struct Frame {
        bool is_object = false;
        std::size_t index = 0;  // arrays: index of the next element
        std::string token;      // objects: the current key, pointer-escaped
        std::set<std::string> keys;
    };

    std::string path() const {
        std::string p;
        for (const Frame& f : stack_) {
            p += '/';
            p += f.is_object ? f.token : std::to_string(f.index);
        }
        return p;
    }

    // Called for every value: advances the enclosing array's index after the value is done.
    bool value() {
        if (!stack_.empty() && !stack_.back().is_object) ++stack_.back().index;
        return true;
    }

    bool open(bool is_object) {
        if (stack_.size() >= max_depth_) {
            too_deep = true;
            errors_.push_back({path(), "nesting is deeper than " + std::to_string(max_depth_) +
                                           " levels (the format needs at most 10)"});
            return false;
        }
        Frame f;
        f.is_object = is_object;
        stack_.push_back(std::move(f));
        return true;
    }

    bool close() {
        stack_.pop_back();
        return value();
    }

    std::string_view text_;
    std::size_t max_depth_;
    std::vector<Error>& errors_;
    std::vector<Frame> stack_;
};

}  // namespace

ScanResult scan_json(std::string_view text, std::size_t max_depth) {
    ScanResult result;
    ScanHandler handler(text, max_depth, result.errors);
    const bool ok = json::sax_parse(text, &handler, json::input_format_t::json, true);
    result.parseable = ok && !handler.syntax_error && !handler.too_deep;
    return result;
}

}  // namespace factsheet::content
