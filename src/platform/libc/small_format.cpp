// small_format.cpp: vsnprintf as small as the sheet needs it (small_libc.h: format), in place of
// musl's printf core and its long-double float formatting.
#include <cmath>
#include <cstdint>
#include <cstring>

#include "platform/libc/small_libc.h"

namespace factsheet::small_libc {
namespace {

// Writes into buf up to cap - 1 characters and counts every one, as vsnprintf returns.
struct Out {
    char* buf;
    std::size_t cap;
    std::size_t len = 0;
    void put(char c) {
        if (len + 1 < cap) buf[len] = c;
        ++len;
    }
    void put(const char* s, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) put(s[i]);
    }
    void pad(int n, char c) {
        for (; n > 0; --n) put(c);
    }
};

struct Spec {
    bool left = false, zero = false, plus = false, space = false, alt = false;
    int width = 0;
    int precision = -1;  // -1: none given
};

// A converted field: its sign or prefix, zeros, then its characters, padded to the width.
void field(Out& out, const Spec& spec, const char* prefix, const char* body, int body_len, int zeros = 0) {
    const int prefix_len = static_cast<int>(std::strlen(prefix));
    const int fill = spec.width - prefix_len - zeros - body_len;
    if (!spec.left && !spec.zero) out.pad(fill, ' ');
    out.put(prefix, static_cast<std::size_t>(prefix_len));
    if (!spec.left && spec.zero) out.pad(fill, '0');
    out.pad(zeros, '0');
    out.put(body, static_cast<std::size_t>(body_len));
    if (spec.left) out.pad(fill, ' ');
}

// The digits of v in base, written backwards ending at end; returns how many.
int digits(std::uint64_t v, unsigned base, bool upper, char* end) {
    const char* set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    int n = 0;
    do {
        *--end = set[v % base];
        v /= base;
        ++n;
    } while (v);
    return n;
}

const char* sign_of(bool negative, const Spec& spec) { return negative ? "-" : spec.plus ? "+" : spec.space ? " " : ""; }

void integer(Out& out, Spec spec, std::uint64_t v, bool negative, unsigned base, bool upper) {
    char buf[24];
    char* end = buf + sizeof buf;
    int n = spec.precision == 0 && v == 0 ? 0 : digits(v, base, upper, end);
    const char* prefix = sign_of(negative, spec);
    if (spec.alt && v != 0 && base == 16) prefix = upper ? "0X" : "0x";
    if (spec.precision >= 0) spec.zero = false;  // C: a precision turns the 0 flag off
    int zeros = spec.precision > n ? spec.precision - n : 0;
    if (spec.alt && base == 8 && zeros == 0 && (n == 0 || end[-n] != '0')) zeros = 1;
    field(out, spec, prefix, end - n, n, zeros);
}

double power10(int n) {
    double p = 1;
    while (n-- > 0) p *= 10;
    return p;
}

// a * b exactly, as hi + lo (Dekker's product: no fma, which the wasm would have to emulate).
void exact_product(double a, double b, double& hi, double& lo) {
    const auto split = [](double x, double& h, double& l) {
        const double c = 134217729.0 * x;  // 2^27 + 1
        h = c - (c - x);
        l = x - h;
    };
    double ah, al, bh, bl;
    split(a, ah, al);
    split(b, bh, bl);
    hi = a * b;
    lo = ((ah * bh - hi) + ah * bl + al * bh) + al * bl;
}

// a >= 0 times 10^k, rounded to the nearest integer, ties to even, as the C library rounds the
// binary value it is given (0.05 to one place is 0.1: it is a little over; 2.675 to two places
// 2.67: a little under). Exact for 0 <= k <= 22 (10^k is then a double); a negative k divides, to
// within a unit. False when the result does not fit 64 bits.
bool scaled(double a, int k, std::uint64_t& n) {
    double hi, lo;
    if (k >= 0 && k <= 22) {
        exact_product(a, power10(k), hi, lo);
    } else {
        hi = k >= 0 ? a * power10(k) : a / power10(-k);
        lo = 0;
    }
    if (!(hi < 1.8e19)) return false;
    if (hi >= 4503599627370496.0) {  // 2^52 and up: hi is whole; the rest is lo, rounded
        const double r = std::nearbyint(lo);
        n = r < 0 ? static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(-r) : static_cast<std::uint64_t>(hi) + static_cast<std::uint64_t>(r);
        return true;
    }
    double q = std::floor(hi);
    if (hi == q && lo < 0) q -= 1;
    const double over_half = hi - (q + 0.5);  // exact (Sterbenz) where it is near 0
    const double sign = over_half != 0 ? over_half : lo;
    n = static_cast<std::uint64_t>(q) + (sign > 0 || (sign == 0 && std::fmod(q, 2) != 0) ? 1 : 0);
    return true;
}

// The characters of a >= 0 in fixed notation with `decimals` places, backwards from end. Past
// 2^64 (or 19 places) the digits beyond a double's 17 are not the binary value's exact ones.
int fixed_digits(double a, int decimals, bool point, char* end) {
    char* p = end;
    const int exact_places = decimals > 19 ? 19 : decimals;
    for (int i = exact_places; i < decimals; ++i) *--p = '0';
    std::uint64_t n = 0;
    if (!scaled(a, exact_places, n)) {  // the integer part digit by digit, from its top
        int e = 0;
        while (a >= power10(e + 1)) ++e;
        char top[330];
        int count = 0;
        for (; e >= 0 && count < 320; --e, ++count) {
            const double unit = power10(e);
            const int d = static_cast<int>(a / unit);
            top[count] = static_cast<char>('0' + (d > 9 ? 9 : d));
            a -= d * unit;
        }
        for (int i = 0; i < exact_places; ++i) *--p = '0';
        if (point) *--p = '.';
        for (int i = count - 1; i >= 0; --i) *--p = top[i];
        return static_cast<int>(end - p);
    }
    const std::uint64_t unit = static_cast<std::uint64_t>(power10(exact_places));
    std::uint64_t fraction = n % unit;
    for (int i = 0; i < exact_places; ++i) {
        *--p = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
    }
    if (point) *--p = '.';
    p -= digits(n / unit, 10, false, p);
    return static_cast<int>(end - p);
}

// a > 0 as m * 10^e with 1 <= m < 10, m rounded to `decimals` places (9.99 to one place: 1.0e1);
// m's digits in n.
int exponent_of(double a, int decimals, std::uint64_t& n) {
    n = 0;
    if (a == 0) return 0;
    int e = 0;
    while (a >= power10(e + 1) && e < 308) ++e;
    while (e <= 0 && e > -330 && a * power10(-e) < 1) --e;
    scaled(a, decimals - e, n);
    if (n >= static_cast<std::uint64_t>(power10(decimals + 1))) scaled(a, decimals - ++e, n);
    return e;
}

int exp_digits(double a, int decimals, bool point, bool upper, char* end) {
    std::uint64_t n = 0;
    const int exact = decimals > 17 ? 17 : decimals;  // past a double's 17 digits: zeros
    const int e = exponent_of(a, exact, n);
    char* p = end;
    const int ae = e < 0 ? -e : e;
    p -= digits(static_cast<std::uint64_t>(ae), 10, false, p);
    if (ae < 10) *--p = '0';
    *--p = e < 0 ? '-' : '+';
    *--p = upper ? 'E' : 'e';
    for (int i = exact; i < decimals; ++i) *--p = '0';
    for (int i = 0; i < exact; ++i) {
        *--p = static_cast<char>('0' + n % 10);
        n /= 10;
    }
    if (point) *--p = '.';
    *--p = static_cast<char>('0' + n % 10);
    return static_cast<int>(end - p);
}

void floating(Out& out, Spec spec, double v, char conversion) {
    const bool upper = conversion >= 'A' && conversion <= 'Z';
    const char lower = static_cast<char>(upper ? conversion - 'A' + 'a' : conversion);
    const char* prefix = sign_of(std::signbit(v), spec);
    const double a = std::fabs(v);
    if (!std::isfinite(v)) {
        spec.zero = false;
        field(out, spec, prefix, std::isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        return;
    }
    int precision = spec.precision < 0 ? 6 : spec.precision;
    if (precision > 40) precision = 40;  // digits past a double's 17 are zeros here anyway
    char buf[400];
    char* end = buf + sizeof buf;
    int n = 0;
    if (lower == 'f') {
        n = fixed_digits(a, precision, precision > 0 || spec.alt, end);
    } else if (lower == 'e') {
        n = exp_digits(a, precision, precision > 0 || spec.alt, upper, end);
    } else {  // g: fixed or exponent by the exponent, trailing zeros dropped unless #
        const int p = precision == 0 ? 1 : precision;
        std::uint64_t unused = 0;
        const int e = exponent_of(a, p - 1 > 17 ? 17 : p - 1, unused);
        n = p > e && e >= -4 ? fixed_digits(a, p - 1 - e, p - 1 - e > 0 || spec.alt, end)
                             : exp_digits(a, p - 1, p > 1 || spec.alt, upper, end);
        if (!spec.alt) {
            const char* s = end - n;
            const char* mark = static_cast<const char*>(std::memchr(s, upper ? 'E' : 'e', static_cast<std::size_t>(n)));
            const char* stop = mark ? mark : end;
            if (std::memchr(s, '.', static_cast<std::size_t>(stop - s))) {
                const char* cut = stop;
                while (cut[-1] == '0') --cut;
                if (cut[-1] == '.') --cut;
                char kept[400];
                const std::size_t head = static_cast<std::size_t>(cut - s), tail = static_cast<std::size_t>(end - stop);
                std::memcpy(kept, s, head);
                std::memcpy(kept + head, stop, tail);
                field(out, spec, prefix, kept, static_cast<int>(head + tail));
                return;
            }
        }
    }
    field(out, spec, prefix, end - n, n);
}

}  // namespace

int format(char* buf, std::size_t cap, const char* f, va_list args) {
    Out out{buf, cap};
    while (*f) {
        if (*f != '%') {
            out.put(*f++);
            continue;
        }
        const char* start = f++;
        Spec spec;
        for (;; ++f) {
            if (*f == '-') spec.left = true;
            else if (*f == '0') spec.zero = true;
            else if (*f == '+') spec.plus = true;
            else if (*f == ' ') spec.space = true;
            else if (*f == '#') spec.alt = true;
            else break;
        }
        if (*f == '*') {
            spec.width = va_arg(args, int);
            if (spec.width < 0) {
                spec.left = true;
                spec.width = -spec.width;
            }
            ++f;
        } else {
            while (*f >= '0' && *f <= '9') spec.width = spec.width * 10 + (*f++ - '0');
        }
        if (*f == '.') {
            ++f;
            spec.precision = 0;
            if (*f == '*') {
                spec.precision = va_arg(args, int);
                if (spec.precision < 0) spec.precision = -1;
                ++f;
            } else {
                while (*f >= '0' && *f <= '9') spec.precision = spec.precision * 10 + (*f++ - '0');
            }
        }
        if (spec.left) spec.zero = false;
        int longs = 0;  // h and hh read an int as C promotes them; l, ll, j, z, t: 64 bits
        for (;; ++f) {
            if (*f == 'l' || *f == 'j' || *f == 'z' || *f == 't') ++longs;
            else if (*f != 'h' && *f != 'L') break;
        }
        const char c = *f ? *f++ : '\0';
        switch (c) {
            case 'd':
            case 'i': {
                const std::int64_t v = longs >= 2 ? va_arg(args, long long) : longs == 1 ? va_arg(args, long) : va_arg(args, int);
                integer(out, spec, v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v), v < 0, 10, false);
                break;
            }
            case 'u':
            case 'x':
            case 'X':
            case 'o': {
                const std::uint64_t v = longs >= 2 ? va_arg(args, unsigned long long)
                                        : longs == 1 ? va_arg(args, unsigned long)
                                                     : va_arg(args, unsigned);
                spec.plus = spec.space = false;
                integer(out, spec, v, false, c == 'u' ? 10 : c == 'o' ? 8 : 16, c == 'X');
                break;
            }
            case 'p': {
                spec.alt = true;
                integer(out, spec, reinterpret_cast<std::uintptr_t>(va_arg(args, void*)), false, 16, false);
                break;
            }
            case 'c': {
                const char ch = static_cast<char>(va_arg(args, int));
                spec.zero = false;
                field(out, spec, "", &ch, 1);
                break;
            }
            case 's': {
                const char* s = va_arg(args, const char*);
                if (!s) s = "(null)";
                std::size_t n = 0;
                while (s[n] && (spec.precision < 0 || n < static_cast<std::size_t>(spec.precision))) ++n;
                spec.zero = false;
                field(out, spec, "", s, static_cast<int>(n));
                break;
            }
            case 'f':
            case 'F':
            case 'e':
            case 'E':
            case 'g':
            case 'G': floating(out, spec, va_arg(args, double), c); break;
            case '%': out.put('%'); break;
            default:  // not one the sheet writes (%a, %n), or the format's end: the directive as it stands
                out.put(start, static_cast<std::size_t>(f - start));
                break;
        }
    }
    if (cap) buf[out.len < cap ? out.len : cap - 1] = '\0';
    return static_cast<int>(out.len);
}

}  // namespace factsheet::small_libc
