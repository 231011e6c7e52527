// url.h: the addresses sources may link to (https only, plain ASCII, no tricks).
#pragma once

#include <string>
#include <string_view>

namespace factsheet::content {

// Checks "https://host[:port][/path][?query][#fragment]": lower-case scheme, a dotted DNS host
// (letters, digits, hyphens; no user@ part), then printable ASCII without spaces, quotes,
// angle brackets, backslashes or backticks, and % only before two hex digits.
// On failure returns false and sets why to what is wrong (a phrase to follow the address).
bool check_https_url(std::string_view url, std::string& why);

// The host of an address check_https_url accepts ("www.ice.gov"), lower-cased; for the
// "leaving to {domain}" notice. Empty when the address is not https.
std::string url_host(std::string_view url);

}  // namespace factsheet::content
