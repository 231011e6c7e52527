// libc_overrides.cpp: the web build's strtod, strtoll, strtoull and sscanf (small_libc.h says
// why). Defined here, they keep the linker from taking musl's from the C library's archive.
#include <cstdarg>

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

}  // extern "C"
