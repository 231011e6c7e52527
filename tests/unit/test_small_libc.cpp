// test_small_libc.cpp: the web build's number readers (src/platform/libc) against the host's C
// library: every number the content holds parsed to the same double, and every sscanf format Dear
// ImGui and its OpenGL backend use read the same way.
#include <doctest/doctest.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <regex>
#include <string>
#include <vector>

#include "platform/libc/small_libc.h"
#include "test_content_support.h"

namespace sl = factsheet::small_libc;

namespace {

bool same_double(const std::string& text) {
    char* ours_end = nullptr;
    char* host_end = nullptr;
    const double ours = sl::scan_double(text.c_str(), &ours_end);
    const double host = std::strtod(text.c_str(), &host_end);
    return std::memcmp(&ours, &host, sizeof ours) == 0 && ours_end - text.c_str() == host_end - text.c_str();
}

int ours_sscanf(const char* in, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = sl::scan_format(in, format, args);
    va_end(args);
    return n;
}

std::vector<std::string> data_files() {
    std::vector<std::string> out;
    const std::string dir = content_test::source_path("data");
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            const std::string name = e->d_name;
            if (name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0) out.push_back(dir + "/" + name);
        }
        closedir(d);
    }
    return out;
}

}  // namespace

TEST_CASE("every number the content files hold is read to the host's double, bit for bit") {
    const std::regex number(R"((^|[\[:,\s])(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)(?=[\s,\]\}]))");
    size_t checked = 0;
    const auto files = data_files();
    REQUIRE(files.size() >= 3);
    for (const auto& path : files) {
        const std::string text = content_test::read_text(path);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it) {
            const std::string token = (*it)[2];
            CHECK_MESSAGE(same_double(token), path << ": " << token);
            ++checked;
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("numbers of every shape are read as the host reads them") {
    for (const char* s : {"0", "-0", "1", "-1", "0.1", "0.2", "0.3", "2.6", "4.2", "69.5", "179991", "42115", "135279",
                          "1e22", "1e-22", "123456789012345678", "9007199254740993", "3.14159265358979",
                          "0.000123", ".5", "5.", "1e5", "2.5E-3", "  12abc", "1.5e", "-.75", "1e+2",
                          "0.1e1", "100000000000000000000", "inf", "-Infinity", "x", "", "-", "."})
        CHECK_MESSAGE(same_double(s), s);
    // Beyond Clinger's exact range: close, if not always the last bit.
    for (const char* s : {"1e300", "17976931348623157e292", "2.2250738585072014e-308", "1.7976931348623157e308", "123456789012345678901234567890e-10"}) {
        const double ours = sl::scan_double(s, nullptr), host = std::strtod(s, nullptr);
        CHECK_MESSAGE(std::abs(ours - host) <= std::abs(host) * 1e-15, s);
    }
}

TEST_CASE("integers are read as strtoll and strtoull read them, in every base the callers use") {
    for (const char* s : {"0", "42", "-42", "+7", " 12", "0x1F", "0X1f", "017", "9223372036854775807", "-9223372036854775808",
                          "99999999999999999999", "-99999999999999999999", "18446744073709551615", "abc", "", "12.5"}) {
        for (int base : {0, 10, 16}) {
            char* e1 = nullptr;
            char* e2 = nullptr;
            CHECK_MESSAGE(sl::scan_ll(s, &e1, base) == std::strtoll(s, &e2, base), s << " base " << base);
            CHECK_MESSAGE(e1 - s == e2 - s, s << " base " << base);
            if (s[0] != '-') {
                CHECK_MESSAGE(sl::scan_ull(s, &e1, base) == std::strtoull(s, &e2, base), s << " base " << base);
                CHECK_MESSAGE(e1 - s == e2 - s, s << " base " << base);
            }
        }
    }
}

TEST_CASE("the sscanf formats of Dear ImGui and its OpenGL backend read what the host's do") {
    int a = 0, b = 0, c = 0, d = 0, n = 0, m = 0;
    CHECK(ours_sscanf("3.0 WebGL", "%d.%d", &a, &b) == std::sscanf("3.0 WebGL", "%d.%d", &c, &d));
    CHECK((a == c && b == d && a == 3 && b == 0));
    CHECK(ours_sscanf("#version 300 es", "#version %d", &a) == 1);
    CHECK(a == 300);
    CHECK(ours_sscanf("Pos=60,-12", "Pos=%i,%i", &a, &b) == 2);
    CHECK((a == 60 && b == -12));
    CHECK(ours_sscanf("Collapsed=1", "Collapsed=%d", &a) == 1);
    CHECK(ours_sscanf("Size=x", "Size=%i,%i", &a, &b) == std::sscanf("Size=x", "Size=%i,%i", &c, &d));
    unsigned u1 = 0, u2 = 0;
    CHECK(ours_sscanf("0x1A2B3C4D", "0x%08X", &u1) == 1);
    CHECK(std::sscanf("0x1A2B3C4D", "0x%08X", &u2) == 1);
    CHECK(u1 == u2);
    unsigned rgb[3] = {}, host_rgb[3] = {};
    CHECK(ours_sscanf("FF8000", "%02X%02X%02X", &rgb[0], &rgb[1], &rgb[2]) == 3);
    std::sscanf("FF8000", "%02X%02X%02X", &host_rgb[0], &host_rgb[1], &host_rgb[2]);
    CHECK((rgb[0] == host_rgb[0] && rgb[1] == host_rgb[1] && rgb[2] == host_rgb[2]));
    CHECK(ours_sscanf("Column 4 Width=10", "Column %d%n", &a, &n) == 1);
    std::sscanf("Column 4 Width=10", "Column %d%n", &c, &m);
    CHECK((a == c && n == m));
    float f1 = 0, f2 = 0;
    CHECK(ours_sscanf("RefScale=13.5", "RefScale=%f", &f1) == 1);
    std::sscanf("RefScale=13.5", "RefScale=%f", &f2);
    CHECK(f1 == f2);
    CHECK(ours_sscanf("", "%d", &a) == std::sscanf("", "%d", &c));
}
