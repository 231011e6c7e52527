// contrast.js: the WCAG 2 contrast ratio of two #rgb / #rrggbb colours, once: for the scripts that
// check an embedder's accent (options.js) and for tests/tools/palette.test.mjs, which holds
// palette.json to its ratios.
// "#abc" -> "#aabbcc"; a six-digit colour as it is.
export function longHex(hex) {
  return hex.length === 4 ? '#' + hex[1] + hex[1] + hex[2] + hex[2] + hex[3] + hex[3] : hex;
}
export function luminance(hex) {
  var h = longHex(hex).slice(1);
  var c = [0, 2, 4].map(function (i) {
    var v = parseInt(h.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
export function contrast(a, b) {
  var la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
