// read_file.h: whole-file reading and atomic writing for the command-line tools.
#pragma once

#include <string>

namespace factsheet::tools {

// Reads path into out; on failure returns false and sets error to a readable reason.
bool read_file(const std::string& path, std::string& out, std::string& error);

// Writes text to path through a temporary file and a rename, so a reader never sees half a file.
bool write_file(const std::string& path, const std::string& text, std::string& error);

}  // namespace factsheet::tools
