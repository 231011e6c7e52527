// qr.h: the sheet's address as a QR code (Debian's libqrcodegencpp: Nayuki's QR Code generator),
// one matrix for both renditions: the app draws it (ui/parts/cards.cpp) and the HTML rendition
// writes it as an inline SVG at build time (html/html.cpp).
#pragma once

#include <string>
#include <vector>

namespace factsheet::present {

// Quiet zone the standard asks for around a code, in modules.
constexpr int kQrQuietZone = 4;
// Longer texts are not encoded (an address never is this long; a code that dense would not scan
// from a phone screen anyway).
constexpr size_t kQrMaxBytes = 1000;

struct QrMatrix {
    int size = 0;            // modules per side; 0 when there is no code (empty or too long text)
    std::vector<bool> dark;  // size * size, row by row
    bool at(int x, int y) const {
        return x >= 0 && y >= 0 && x < size && y < size && dark[static_cast<size_t>(y * size + x)];
    }
};

// Byte-mode QR code of `text` at error correction level M (readable with 15 % damaged).
QrMatrix qr_code(const std::string& text);

// A standalone SVG of the code: dark modules on white with the quiet zone, `px` CSS pixels per
// module, with role="img" and `label` (escaped) as its accessible name. Empty for no code.
std::string qr_svg(const QrMatrix& m, int px, const std::string& label);

}  // namespace factsheet::present
