// read_file.cpp: stdio-based file helpers (no exceptions: the tools build like the library).
#include "read_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace factsheet::tools {

bool read_file(const std::string& path, std::string& out, std::string& error) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = std::strerror(errno);
        return false;
    }
    out.clear();
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) error = "read error";
    return !failed;
}

bool write_file(const std::string& path, const std::string& text, std::string& error) {
    // The same bytes already there: left alone, so a build that reads the file is not redone.
    std::string old, unused;
    if (read_file(path, old, unused) && old == text) return true;
    const std::string tmp = path + ".tmp";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        error = std::strerror(errno);
        return false;
    }
    const bool written = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    const bool closed = std::fclose(f) == 0;
    if (!written || !closed || std::rename(tmp.c_str(), path.c_str()) != 0) {
        error = std::strerror(errno);
        std::remove(tmp.c_str());
        return false;
    }
    return true;
}

}  // namespace factsheet::tools
