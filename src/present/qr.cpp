// qr.cpp: see qr.h.
#include "present/qr.h"

#include <qrcodegen.hpp>

namespace factsheet::present {

QrMatrix qr_code(const std::string& text) {
    QrMatrix m;
    // The library reports a text too long for any version by throwing; this build has no
    // exceptions, so such a text never reaches it.
    if (text.empty() || text.size() > kQrMaxBytes || text.find('\0') != std::string::npos) return m;
    const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(text.c_str(), qrcodegen::QrCode::Ecc::MEDIUM);
    m.size = qr.getSize();
    m.dark.resize(static_cast<size_t>(m.size * m.size));
    for (int y = 0; y < m.size; ++y)
        for (int x = 0; x < m.size; ++x) m.dark[static_cast<size_t>(y * m.size + x)] = qr.getModule(x, y);
    return m;
}

namespace {
std::string escape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}
}  // namespace

std::string qr_svg(const QrMatrix& m, int px, const std::string& label) {
    if (m.size <= 0) return "";
    const int side = m.size + 2 * kQrQuietZone;
    const std::string n = std::to_string(side), w = std::to_string(side * px);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" aria-label=\"" +
                      escape(label) + "\" width=\"" + w + "\" height=\"" + w + "\" viewBox=\"0 0 " + n + " " + n +
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
