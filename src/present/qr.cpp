// qr.cpp: see qr.h.
#include "present/qr.h"

#include <algorithm>
#include <cstdint>

#include <qrcodegen.hpp>

#include "present/markup.h"

namespace factsheet::present {

namespace {

// Data codewords of versions 1 to 40 at error correction level M (ISO/IEC 18004, table 7).
constexpr int kDataCodewordsM[40] = {16,   28,   44,   64,   86,   108,  124,  154,  182,  216,
                                     254,  290,  334,  365,  415,  453,  507,  563,  627,  669,
                                     714,  782,  860,  914,  1000, 1062, 1128, 1193, 1267, 1373,
                                     1455, 1541, 1631, 1725, 1812, 1914, 1992, 2102, 2216, 2334};

struct Bits {
    std::vector<std::uint8_t> bytes;
    int n = 0;
    void put(unsigned value, int count) {
        for (int i = count - 1; i >= 0; --i) {
            if (n % 8 == 0) bytes.push_back(0);
            if ((value >> i) & 1u) bytes.back() |= static_cast<std::uint8_t>(0x80u >> (n % 8));
            ++n;
        }
    }
};

}  // namespace

// One byte-mode segment, the smallest version that holds it, the standard's padding, then the
// library's QrCode constructor (error correction, placement, the best mask). The library's own
// encodeText would do the same, but links in a string stream for one error message (some
// 100 kB of wasm); tests/unit/test_share.cpp checks both give the same code.
QrMatrix qr_code(const std::string& text) {
    QrMatrix m;
    // The constructor reports bad input by throwing; this build has no exceptions, so it only
    // ever gets what it accepts.
    if (text.empty() || text.size() > kQrMaxBytes || text.find('\0') != std::string::npos) return m;
    const int len = static_cast<int>(text.size());
    int version = 0;
    for (int v = 1; v <= 40 && version == 0; ++v) {
        const int count_bits = v <= 9 ? 8 : 16;
        if (4 + count_bits + 8 * len <= kDataCodewordsM[v - 1] * 8) version = v;
    }
    if (version == 0) return m;
    const int capacity = kDataCodewordsM[version - 1] * 8;
    Bits b;
    b.put(0x4, 4);  // byte mode
    b.put(static_cast<unsigned>(len), version <= 9 ? 8 : 16);
    for (unsigned char c : text) b.put(c, 8);
    b.put(0, std::min(4, capacity - b.n));  // terminator
    b.put(0, (8 - b.n % 8) % 8);
    for (std::uint8_t pad = 0xEC; b.n < capacity; pad ^= 0xEC ^ 0x11) b.put(pad, 8);
    const qrcodegen::QrCode qr(version, qrcodegen::QrCode::Ecc::MEDIUM, b.bytes, -1);
    m.size = qr.getSize();
    m.dark.resize(static_cast<size_t>(m.size * m.size));
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x) m.dark[static_cast<size_t>(y * m.size + x)] = qr.getModule(x, y);
    return m;
}


std::string qr_svg(const QrMatrix& m, int px, const std::string& label) {
    if (m.size <= 0) return "";
    const int side = m.size + 2 * kQrQuietZone;
    const std::string n = std::to_string(side), w = std::to_string(side * px);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\"" +
                      escape_html(label) + "\" width=\"" + w + "\" height=\"" + w + "\" viewBox=\"0 0 " + n + " " + n +
                      "\" shape-rendering=\"crispEdges\"><rect width=\"" + n + "\" height=\"" + n +
                      "\" fill=\"#fff\"/><path fill=\"#000\" d=\"";
    // One path: a run of dark modules in a row is one rectangle.
    for (int y = 0; y < m.size; ++y) {
        for (int x = 0; x < m.size;) {
            if (!m.at(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (m.at(x + run, y)) ++run;
            svg += "M" + std::to_string(x + kQrQuietZone) + " " + std::to_string(y + kQrQuietZone) + "h" +
                   std::to_string(run) + "v1h-" + std::to_string(run) + "z";
            x += run;
        }
    }
    svg += "\"/></svg>";
    return svg;
}

}  // namespace factsheet::present
