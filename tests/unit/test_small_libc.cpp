// test_small_libc.cpp: the web build's number readers and writer (src/platform/libc) against the
// host's C library: every number the content holds parsed to the same double and written the same
// way, every sscanf format Dear ImGui and its OpenGL backend use read the same way, and every
// snprintf format the sheet and Dear ImGui write written the same way.
#include <doctest/doctest.h>

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
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

// Our snprintf against the host's: the same text and the same length.
std::string ours_snprintf(std::size_t cap, int* length, const char* format, ...) {
    std::vector<char> buf(cap ? cap : 1, '#');
    va_list args;
    va_start(args, format);
    *length = sl::format(buf.data(), cap, format, args);
    va_end(args);
    return cap ? std::string(buf.data()) : std::string();
}
template <typename... Args>
bool same_format(const char* format, Args... args) {
    char host[512];
    const int host_length = std::snprintf(host, sizeof host, format, args...);
    int length = 0;
    const std::string ours = ours_snprintf(sizeof host, &length, format, args...);
    if (ours == host && length == host_length) return true;
    MESSAGE(format << ": ours \"" << ours << "\" (" << length << "), host \"" << host << "\" (" << host_length << ")");
    return false;
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

TEST_CASE("every number the content files hold is written as the host's snprintf writes it") {
    const std::regex number(R"((^|[\[:,\s])(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)(?=[\s,\]\}]))");
    size_t checked = 0;
    for (const auto& path : data_files()) {
        const std::string text = content_test::read_text(path);
        for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it) {
            const double v = std::strtod(std::string((*it)[2]).c_str(), nullptr);
            // present/words.cpp writes values with "%.*f" (0 to 3 places), the checker "%.15g".
            for (int places = 0; places <= 3; ++places) {
                CHECK(same_format("%.*f", places, v));
                CHECK(same_format("%.*f", places, v / 1000));
                CHECK(same_format("%.*f", places, v / 1000000));
            }
            CHECK(same_format("%.15g", v));
            ++checked;
        }
    }
    CHECK(checked > 100);
}

TEST_CASE("the snprintf formats of the sheet and Dear ImGui are written as the host writes them") {
    // The sheet's (present/words.cpp, content/utf8.cpp, loader.cpp, validator.cpp).
    for (int width = 1; width <= 4; ++width)
        for (int v : {0, 5, 9, 10, 59, 123, 2026, 31}) CHECK(same_format("%0*d", width, v));
    for (unsigned c : {0x0u, 0x41u, 0xA0u, 0x2028u, 0x1F600u, 0x10FFFFu}) {
        CHECK(same_format("\\u{%X}", c));
        CHECK(same_format("U+%04X", c));
        CHECK(same_format("0x%02X", c & 0xFFu));
    }
    // Dear ImGui's (ImFormatString and its text buffers, in what the sheet links).
    CHECK(same_format("%s", "Read the details"));
    CHECK(same_format("%d", -2147483647 - 1));
    CHECK(same_format("%s###Menu_%02d", "Menu", 3));
    CHECK(same_format("##Popup_%08x", 0xDEADBEEFu));
    CHECK(same_format("##Combo_%02d", 7));
    CHECK(same_format("#%02X%02X%02X%02X", 255u, 128u, 0u, 10u));
    CHECK(same_format("%.*s", 4, "abcdefgh"));
    CHECK(same_format("%.0f%%", 99.5));
    CHECK(same_format("%.0f/%.0f", 12.5, 13.5));
    CHECK(same_format("(%6.1f,%6.1f) Size (%6.1f,%6.1f)", -3.25, 1024.75, 0.05, 390.0));
    CHECK(same_format("%s %04d: pos (%8.2f,%8.2f), uv (%.6f,%.6f), col %08X\n", "Vtx", 12, 1.005, -2.675, 0.1234565, 1.0 / 3, 0xFF00FF00u));
    CHECK(same_format("[%05d] Texture #%03d - %s.png", 1, 2, "atlas"));
    CHECK(same_format("Mesh: ElemCount: %d, VtxOffset: +%d, IdxOffset: +%d, Area: ~%0.f px", 6, 0, 12, 1234.5));
    CHECK(same_format("DrawCmd:%5d tris, Tex %s, ClipRect (%4.0f,%4.0f)", 2, "0x1", 0.0, 844.0));
    CHECK(same_format("(%.3ff, %.3ff, %.3ff, %.3ff)", 0.5, 0.25, 0.125, 1.0));
    CHECK(same_format("[%s][%s]\nPos=%d,%d\nSize=%d,%d\nCollapsed=%d\n", "Window", "Debug##Default", 60, 60, 400, 400, 0));
    // Flags, widths and the other conversions.
    CHECK(same_format("|%-8s|%8s|%-5d|%+d|% d|%+.2f|% .1f|", "ab", "cd", 42, 7, 7, 2.5, -0.25));
    CHECK(same_format("|%#x|%#X|%#o|%o|%x|%c|%5c|%-3c|", 255u, 255u, 8u, 0u, 0u, 'A', 'b', 'c'));
    CHECK(same_format("|%.0d|%.3d|%5.3d|%-5.3d|%05d|%05.1f|%-05d|", 0, 7, -7, 7, -42, -2.5, 3));
    CHECK(same_format("|%*d|%-*d|%.*f|%*.*f|", 6, 1, 6, 2, 2, 3.14159, 9, 3, -3.14159));
    CHECK(same_format("|%ld|%lld|%llu|%lx|%zu|%hd|%hhu|", 123456789L, -9223372036854775807LL - 1, 18446744073709551615ULL,
                      0xABCDEFUL, static_cast<std::size_t>(99), 12, 200));
    CHECK(same_format("|%f|%F|%.10f|%.1f|%.2f|%.2f|%.0f|%.0f|%.0f|", 3.14159, 2.0, 0.1, 0.05, 0.125, 2.675, 0.5, 1.5, 2.5));
    CHECK(same_format("|%e|%.2e|%E|%.0e|%#.0e|%e|", 12345.678, 0.000123456, 1e-300, 9.5, 9.5, 0.0));
    CHECK(same_format("|%g|%g|%g|%g|%g|%G|%.3g|%#g|%g|%g|", 100000.0, 1000000.0, 0.0001, 0.00001, 123.456, 1e-10, 99.95, 1.0, 0.0, -2.5));
    CHECK(same_format("|%f|%F|%e|%g|%5.1f|", std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                      std::numeric_limits<double>::quiet_NaN(), -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()));
    CHECK(same_format("|%.0f|%.0f|%.2f|", 1e20, 3e19, 18446744073709551616.0));
    CHECK(same_format("%s|%5s|%-5s|%.2s", "", "x", "y", "zzz"));
    CHECK(same_format("100%% sure"));
}

TEST_CASE("snprintf counts what did not fit, cuts at the buffer's end and always ends the text") {
    int length = 0;
    CHECK(ours_snprintf(5, &length, "%s-%d", "abcdef", 123) == "abcd");
    CHECK(length == 10);
    CHECK(ours_snprintf(1, &length, "%d", 12345).empty());
    CHECK(length == 5);
    CHECK(ours_snprintf(0, &length, "%.3f", 2.5).empty());
    CHECK(length == 5);
    CHECK(ours_snprintf(16, &length, "%q and %") == "%q and %");  // a directive it does not know: as it stands
}

TEST_CASE("floats of every magnitude are rounded as the host rounds them, ties and near-ties included") {
    std::uint64_t state = 0x9E3779B97F4A7C15ULL;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    int failures = 0;
    for (int i = 0; i < 200000 && failures < 5; ++i) {
        // Values with few decimals (halfway cases, as content and layout numbers are) and raw bits.
        const double v = i % 2 ? static_cast<double>(next() % 2000000) / 8000.0 - 100.0
                               : std::ldexp(static_cast<double>(next() >> 11), static_cast<int>(next() % 80) - 90);
        const int places = static_cast<int>(next() % 7);
        if (!same_format("%.*f", places, v)) ++failures;
        if (!same_format("%.*e", places, v)) ++failures;
        if (!same_format("%.*g", places + 1, v)) ++failures;
    }
    CHECK(failures == 0);
}
