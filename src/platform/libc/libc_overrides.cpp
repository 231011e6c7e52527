// libc_overrides.cpp: the web build's strtod, strtoll, strtoull, sscanf and snprintf (small_libc.h
// says why). Defined here, they keep the linker from taking musl's from the C library's archive.
#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>

#include "platform/libc/small_libc.h"

namespace sl = factsheet::small_libc;

extern "C" {

double strtod(const char* s, char** end) { return sl::scan_double(s, end); }
float strtof(const char* s, char** end) { return static_cast<float>(sl::scan_double(s, end)); }
// musl defines these six in one object (libc++'s number parsing asks for the _l ones): all of
// them here, or the linker takes that object, and its scanner, too. The locale is C's anyway.
long double strtold(const char* s, char** end) { return sl::scan_double(s, end); }
float strtof_l(const char* s, char** end, void*) { return strtof(s, end); }
double strtod_l(const char* s, char** end, void*) { return strtod(s, end); }
long double strtold_l(const char* s, char** end, void*) { return strtold(s, end); }
long long strtoll(const char* s, char** end, int base) { return sl::scan_ll(s, end, base); }
unsigned long long strtoull(const char* s, char** end, int base) { return sl::scan_ull(s, end, base); }
long strtol(const char* s, char** end, int base) { return static_cast<long>(sl::scan_ll(s, end, base)); }
unsigned long strtoul(const char* s, char** end, int base) { return static_cast<unsigned long>(sl::scan_ull(s, end, base)); }
double atof(const char* s) { return sl::scan_double(s, nullptr); }

int vsscanf(const char* in, const char* format, va_list args) { return sl::scan_format(in, format, args); }

int sscanf(const char* in, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int n = sl::scan_format(in, format, args);
    va_end(args);
    return n;
}

// Dear ImGui's ImFormatString and the sheet's own number writing come here; musl's printf core
// stays out as long as nothing calls printf (fprintf is below).
int vsnprintf(char* buf, std::size_t n, const char* format, va_list args) { return sl::format(buf, n, format, args); }
int vsprintf(char* buf, const char* format, va_list args) { return sl::format(buf, SIZE_MAX, format, args); }

int snprintf(char* buf, std::size_t n, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int r = sl::format(buf, n, format, args);
    va_end(args);
    return r;
}

// The only fprintf callers (Dear ImGui's OpenGL backend on a shader that does not compile, libc++
// on an out-of-range string without exceptions) write a line to stderr: formatted here, short.
int vfprintf(FILE* stream, const char* format, va_list args) {
    char line[512];
    const int n = sl::format(line, sizeof line, format, args);
    return std::fputs(line, stream) < 0 ? -1 : n;
}
int vfiprintf(FILE* stream, const char* format, va_list args) { return vfprintf(stream, format, args); }

int fprintf(FILE* stream, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int r = vfprintf(stream, format, args);
    va_end(args);
    return r;
}
int fiprintf(FILE* stream, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int r = vfprintf(stream, format, args);
    va_end(args);
    return r;
}

int sprintf(char* buf, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int r = sl::format(buf, SIZE_MAX, format, args);
    va_end(args);
    return r;
}

}  // extern "C"
