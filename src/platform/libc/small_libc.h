// small_libc.h: the C library's number reading and writing, as small as the sheet needs them. The
// web build's libc_overrides.cpp puts these in place of musl's strtod, strtoll, strtoull, sscanf
// (whose shared scanner, __floatscan with its long-double arithmetic, is about 7 kB of brotli the
// wasm does not need) and snprintf (its printf core and long-double float formatting, about 2.5
// kB); the native build (the tests) checks them against the host's C library.
#pragma once

#include <cstdarg>
#include <cstddef>

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

// vsnprintf (small_format.cpp): flags - 0 + space #, widths and precisions (numbers or *), length
// modifiers h hh l ll j z t L, and %d %i %u %x %X %o %p %c %s %f %F %e %E %g %G %%. Integers and
// text as the C library writes them; a float is rounded as value * 10^places to the nearest
// integer, ties to even: the C library's result for every number the sheet writes (the tests
// check them), and for any value whose scaled form is exact, but one unit in the last place away
// for some decimal halfway values beyond those. Another directive is written as it stands.
int format(char* buf, std::size_t cap, const char* format, va_list args);

}  // namespace factsheet::small_libc
