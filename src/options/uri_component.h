// uri_component.h: decodeURIComponent and encodeURIComponent (ECMA-262 Decode/Encode), for the
// section in an address's #hash (web/boot.js).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace factsheet::options {

// decodeURIComponent(text), the text read as UTF-8 first (see utf8.h). Every "%XX" is decoded;
// nullopt where JavaScript throws URIError: a '%' without two hex digits after it, a decoded
// byte that cannot start a UTF-8 sequence (80-BF, F8-FF), a multi-byte sequence whose
// continuation bytes are not all there as "%XX" with XX in 80-BF, or one that is not a valid
// UTF-8 encoding (overlong, a surrogate, above U+10FFFF).
std::optional<std::string> decode_uri_component(std::string_view text);

// encodeURIComponent(text) of valid UTF-8: ASCII letters, digits and - _ . ! ~ * ' ( ) as they
// are, every other byte as %XX (upper-case hex).
std::string encode_uri_component(std::string_view valid_utf8);

}  // namespace factsheet::options
