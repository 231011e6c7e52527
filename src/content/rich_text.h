// rich_text.h: inline text with citation markers ("...in 2018.[^S26][^S62]") <-> spans.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "content/sheet.h"

namespace factsheet::content {

// Splits text into Text and Cite spans. Each malformed marker ("[^" with no "]", "[^]",
// "[^s2]") adds a message to problems and stays in the text as written. Cite ids are not
// resolved here (the validator knows the sources).
RichText parse_rich_text(std::string_view text, std::vector<std::string>& problems);

// The words only, markers dropped: for plain-text uses (alt text, search, parity of wording).
std::string plain_text(const RichText& text);

// True when text contains the start of a citation marker ("[^").
bool has_marker(std::string_view text);

}  // namespace factsheet::content
