// small_libc.cpp: small number readers in place of musl's (small_libc.h).
#include "platform/libc/small_libc.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace factsheet::small_libc {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    const char l = lower(c);
    if (l >= 'a' && l <= 'z') return l - 'a' + 10;
    return 99;
}

bool starts_with_word(const char* s, const char* word) {  // case-insensitive
    for (; *word; ++s, ++word)
        if (lower(*s) != *word) return false;
    return true;
}

// 10^n for 0 <= n <= 22: each exact in a double.
double exact_pow10(int n) {
    static const double table[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    return table[n];
}

double scale(double v, int exp10) {
    // Exact steps of 10^22 until the rest is in the table: rounds once per step beyond it.
    while (exp10 > 22) {
        v *= 1e22;
        exp10 -= 22;
        if (std::isinf(v)) return v;
    }
    while (exp10 < -22) {
        v /= 1e22;
        exp10 += 22;
        if (v == 0) return v;
    }
    return exp10 >= 0 ? v * exact_pow10(exp10) : v / exact_pow10(-exp10);
}

}  // namespace

double scan_double(const char* s, char** end) {
    const char* p = s;
    while (is_space(*p)) ++p;
    bool negative = false;
    if (*p == '+' || *p == '-') negative = *p++ == '-';
    if (starts_with_word(p, "inf")) {
        p += starts_with_word(p, "infinity") ? 8 : 3;
        if (end) *end = const_cast<char*>(p);
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    }
    if (starts_with_word(p, "nan")) {
        if (end) *end = const_cast<char*>(p + 3);
        return std::numeric_limits<double>::quiet_NaN();
    }
    std::uint64_t mantissa = 0;
    int kept = 0;     // significant digits in mantissa (at most 19)
    int exp10 = 0;    // the decimal exponent of mantissa's last digit
    bool digits = false;
    for (; *p >= '0' && *p <= '9'; ++p) {
        digits = true;
        if (kept < 19) {
            mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
            if (mantissa) ++kept;
        } else {
            ++exp10;  // a digit beyond 19 significant ones: dropped
        }
    }
    if (*p == '.') {
        ++p;
        for (; *p >= '0' && *p <= '9'; ++p) {
            digits = true;
            if (kept < 19) {
                mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
                if (mantissa) ++kept;
                --exp10;
            }
        }
    }
    if (!digits) {
        if (end) *end = const_cast<char*>(s);
        return 0;
    }
    if (*p == 'e' || *p == 'E') {
        const char* q = p + 1;
        bool eneg = false;
        if (*q == '+' || *q == '-') eneg = *q++ == '-';
        if (*q >= '0' && *q <= '9') {
            int e = 0;
            for (; *q >= '0' && *q <= '9'; ++q)
                if (e < 100000) e = e * 10 + (*q - '0');
            exp10 += eneg ? -e : e;
            p = q;
        }
    }
    if (end) *end = const_cast<char*>(p);
    // Clinger's fast path when mantissa <= 2^53 and |exp10| <= 22: both operands exact, so one
    // correctly rounded operation. Beyond it, a rounding or two more.
    const double v = mantissa == 0 ? 0 : scale(static_cast<double>(mantissa), exp10);
    return negative ? -v : v;
}

unsigned long long scan_ull(const char* s, char** end, int base) {
    const char* p = s;
    while (is_space(*p)) ++p;
    bool negative = false;
    if (*p == '+' || *p == '-') negative = *p++ == '-';
    if ((base == 0 || base == 16) && p[0] == '0' && lower(p[1]) == 'x' && digit_value(p[2]) < 16) {
        p += 2;
        base = 16;
    } else if (base == 0) {
        base = p[0] == '0' ? 8 : 10;
    }
    unsigned long long v = 0;
    bool overflow = false, digits = false;
    const unsigned long long max = std::numeric_limits<unsigned long long>::max();
    for (int d; (d = digit_value(*p)) < base; ++p) {
        digits = true;
        if (v > (max - static_cast<unsigned>(d)) / static_cast<unsigned>(base)) overflow = true;
        else v = v * static_cast<unsigned>(base) + static_cast<unsigned>(d);
    }
    if (end) *end = const_cast<char*>(digits ? p : s);
    if (overflow) return max;
    return negative ? 0 - v : v;
}

long long scan_ll(const char* s, char** end, int base) {
    const char* p = s;
    while (is_space(*p)) ++p;
    const bool negative = *p == '-';
    if (*p == '+' || *p == '-') ++p;
    char* stop = nullptr;
    const unsigned long long u = scan_ull(p, &stop, base);
    if (end) *end = stop == p ? const_cast<char*>(s) : stop;
    const unsigned long long limit = negative ? static_cast<unsigned long long>(std::numeric_limits<long long>::max()) + 1
                                              : static_cast<unsigned long long>(std::numeric_limits<long long>::max());
    if (u > limit || (u == std::numeric_limits<unsigned long long>::max() && stop != p))
        return negative ? std::numeric_limits<long long>::min() : std::numeric_limits<long long>::max();
    return negative ? static_cast<long long>(0 - u) : static_cast<long long>(u);
}

int scan_format(const char* in, const char* f, va_list args) {
    const char* start = in;
    int assigned = 0;
    while (*f) {
        if (is_space(*f)) {
            while (is_space(*f)) ++f;
            while (is_space(*in)) ++in;
            continue;
        }
        if (*f != '%' || f[1] == '%') {
            if (*f == '%') ++f;
            if (*in != *f) break;
            ++in;
            ++f;
            continue;
        }
        ++f;  // past '%'
        int width = 0;
        while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
        int longs = 0, shorts = 0;
        while (*f == 'l' || *f == 'h') (*f++ == 'l' ? longs : shorts)++;
        const char conv = *f++;
        if (conv == 'n') {
            *va_arg(args, int*) = static_cast<int>(in - start);
            continue;
        }
        if (conv == 'c') {
            if (!*in) return assigned ? assigned : -1;
            *va_arg(args, char*) = *in++;
            ++assigned;
            continue;
        }
        while (is_space(*in)) ++in;
        if (!*in) return assigned ? assigned : -1;
        // The field, at most `width` characters, copied so the reader stops there.
        char field[64];
        int n = 0;
        const int most = width > 0 && width < 63 ? width : 63;
        while (in[n] && !is_space(in[n]) && n < most) {
            field[n] = in[n];
            ++n;
        }
        field[n] = 0;
        char* stop = nullptr;
        if (conv == 'f' || conv == 'e' || conv == 'g') {
            const double v = scan_double(field, &stop);
            if (stop == field) break;
            if (longs) *va_arg(args, double*) = v;
            else *va_arg(args, float*) = static_cast<float>(v);
        } else if (conv == 'd' || conv == 'i' || conv == 'u' || conv == 'x' || conv == 'X') {
            const int base = conv == 'i' ? 0 : (conv == 'x' || conv == 'X') ? 16 : 10;
            const long long v = conv == 'u' || base == 16 ? static_cast<long long>(scan_ull(field, &stop, base))
                                                          : scan_ll(field, &stop, base);
            if (stop == field) break;
            if (longs >= 2) *va_arg(args, long long*) = v;
            else if (longs == 1) *va_arg(args, long*) = static_cast<long>(v);
            else if (shorts >= 2) *va_arg(args, signed char*) = static_cast<signed char>(v);
            else if (shorts == 1) *va_arg(args, short*) = static_cast<short>(v);
            else *va_arg(args, int*) = static_cast<int>(v);
        } else {
            break;  // a conversion the sheet's callers do not use
        }
        in += stop - field;
        ++assigned;
    }
    return assigned;
}

}  // namespace factsheet::small_libc
