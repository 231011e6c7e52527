// small_libc.h: the C library's number reading, as small as the sheet needs it. The web build's
// libc_overrides.cpp puts these in place of musl's strtod, strtoll, strtoull and sscanf, whose
// shared scanner (__floatscan, with its long-double arithmetic) is about 7 kB of brotli the wasm
// does not need; the native build (the tests) checks them against the host's C library.
#pragma once

#include <cstdarg>

namespace factsheet::small_libc {

// strtod: decimal numbers ("-12.5e3", "179991", ".5"), "inf", "nan". Correctly rounded when the
// digits fit 19 and the value is within Clinger's exact range (every number the content holds:
// tests/unit/test_small_libc.cpp checks each); otherwise within a few units in the last place.
// No hexadecimal floats. *end (if given) is set past what was read, or to s if nothing was.
double scan_double(const char* s, char** end);

// strtoll / strtoull, base 0, 8, 10 or 16 (base 0: "0x" hexadecimal, "0" octal); saturate on overflow.
long long scan_ll(const char* s, char** end, int base);
unsigned long long scan_ull(const char* s, char** end, int base);

// vsscanf for the formats Dear ImGui and its OpenGL backend write: literal text, white space,
// %d %i %u %x %X (widths; h, hh, l, ll), %f (float*; l: double*), %c, %n, %%. Returns the number of
// fields assigned, or -1 when the input ended before the first.
int scan_format(const char* in, const char* format, va_list args);

}  // namespace factsheet::small_libc
