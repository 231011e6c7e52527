// query.h: a query string as URLSearchParams reads and writes it (WHATWG URL Standard,
// application/x-www-form-urlencoded): the reference for what web/embedded.js, web/embed.js and
// web/boot.js see in an address.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factsheet::options {

struct Param {
    std::string name;   // valid UTF-8
    std::string value;  // valid UTF-8
    bool operator==(const Param& o) const { return name == o.name && value == o.value; }
};

class Query {
public:
    // new URLSearchParams(text): the bytes read as UTF-8 (ill-formed sequences become U+FFFD,
    // as a JavaScript string made from them would hold); one leading '?' dropped; split on '&'
    // (empty pieces skipped); the first '=' splits name from value (none: the value is empty);
    // '+' is a space; '%' followed by two hex digits is that byte, any other '%' stays; then
    // the bytes are read as UTF-8 again, each ill-formed sequence becoming U+FFFD.
    static Query parse(std::string_view text);

    const std::vector<Param>& params() const { return params_; }
    // get(name): the first pair's value; nullopt (JavaScript's null) when there is none.
    std::optional<std::string> get(std::string_view name) const;
    bool has(std::string_view name) const;
    std::size_t count(std::string_view name) const;
    // append(name, value).
    void append(std::string_view name, std::string_view value);
    // set(name, value): the first pair of that name takes the value and the others go; with
    // none, the pair is appended.
    void set(std::string_view name, std::string_view value);
    // delete(name): every pair of that name goes.
    void remove(std::string_view name);
    // toString(): name=value pairs joined by '&'; ASCII letters, digits, * - . _ as they are,
    // space as '+', every other byte of the UTF-8 as %XX (upper-case hex).
    std::string to_string() const;

    bool operator==(const Query& o) const { return params_ == o.params_; }

private:
    std::vector<Param> params_;
};

// The percent-decoding step alone: "%" + two hex digits becomes that byte, anything else stays.
// (Bytes in, bytes out: the result may be ill-formed UTF-8.)
std::string percent_decode(std::string_view text);

}  // namespace factsheet::options
