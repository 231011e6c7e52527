// glyphs.js: the canvas's letters, measured and drawn by the browser in the page's own font (the
// host calls "glyphs" of src/platform/bridge.json, which src/platform/web/browser_fonts.cpp makes
// for Dear ImGui). The family is the one the page's body is set in, read from the page, so the
// canvas's letters are the first paint's and no font file is fetched.

var ctx = null;   // a 2D context that measures, and draws one character at a time
var family = '';
var last = null;  // the last drawn character's pixels, its entry in `drawn` and its size
var lastEntry = null, lastSize = 0;
var drawn = {};   // what was drawn, for the test hook: weight + ' ' + character -> its figures
var font = '';    // the context's font now: setting it again costs a parse
var spentMs = 0;  // time in these calls, for bench/run

function context() {
  if (!ctx) {
    family = getComputedStyle(document.body || document.documentElement).fontFamily || 'sans-serif';
    ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  }
  return ctx;
}

function useFont(weight, px) {
  var c = context();
  var f = weight + ' ' + px + 'px ' + family;
  if (f !== font) c.font = font = f;
  return c;
}

// Each host call, with the time it took added to spentMs.
function timed(fn) {
  return function () {
    var t0 = performance.now();
    try { return fn.apply(null, arguments); } finally { spentMs += performance.now() - t0; }
  };
}

export var fontExtent = timed(function (weight, size, out) {
  var m = useFont(weight, size).measureText('Hg');
  out[0] = m.fontBoundingBoxAscent !== undefined ? m.fontBoundingBoxAscent : m.actualBoundingBoxAscent;
  out[1] = m.fontBoundingBoxDescent !== undefined ? m.fontBoundingBoxDescent : m.actualBoundingBoxDescent;
});

export var glyphAdvance = timed(function (weight, size, codepoint) {
  var ch = String.fromCodePoint(codepoint);
  var width = useFont(weight, size).measureText(ch).width;
  entry(weight, ch).advance = { size: size, width: width };
  return width;
});

export var glyphDraw = timed(function (weight, sizePx, codepoint, box) {
  var ch = String.fromCodePoint(codepoint);
  var m = useFont(weight, sizePx).measureText(ch);
  // The ink's box, a pixel of room on each side for antialiasing.
  var left = Math.floor(-m.actualBoundingBoxLeft) - 1;
  var top = Math.floor(-m.actualBoundingBoxAscent) - 1;
  var w = Math.ceil(m.actualBoundingBoxRight) + 1 - left;
  var h = Math.ceil(m.actualBoundingBoxDescent) + 1 - top;
  last = null;
  lastEntry = entry(weight, ch);
  box[0] = left; box[1] = top; box[2] = 0; box[3] = 0; box[4] = m.width;
  lastEntry.advance = { size: sizePx, width: m.width };
  if (!(m.actualBoundingBoxRight + m.actualBoundingBoxLeft > 0) || !(w > 0 && h > 0)) {
    note(lastEntry, sizePx, 0);
    return;
  }
  var c = ctx;
  if (c.canvas.width < w || c.canvas.height < h) {
    c.canvas.width = Math.max(c.canvas.width, w);
    c.canvas.height = Math.max(c.canvas.height, h);
    font = '';  // a resized canvas forgets its font
    useFont(weight, sizePx);
  }
  c.clearRect(0, 0, w, h);
  c.fillStyle = '#fff';
  c.textBaseline = 'alphabetic';
  c.fillText(ch, -left, -top);
  last = c.getImageData(0, 0, w, h).data;
  lastSize = sizePx;
  box[2] = w; box[3] = h;
});

// The coverage copied out, and the pixels it covered counted in the same pass (for the test hook).
export var glyphPixels = timed(function (alpha) {
  if (!last) return;
  var ink = 0;
  for (var i = 0; i < alpha.length; i++) if ((alpha[i] = last[i * 4 + 3])) ink++;
  note(lastEntry, lastSize, ink);
});

function entry(weight, ch) {
  var key = weight + ' ' + ch;
  return drawn[key] || (drawn[key] = { weight: weight, ch: ch, sizePx: 0, ink: -1, advance: null });
}

function note(e, sizePx, ink) {
  if (ink > e.ink) { e.ink = ink; e.sizePx = sizePx; }
}

// For the test hooks: the family the letters are drawn in and every character measured or drawn
// so far (ink: the pixels it covered at its largest drawing, -1 if only measured; advance: its
// width at the last size measured).
export function glyphsDrawn() {
  return { family: family, ms: spentMs, glyphs: Object.keys(drawn).map(function (k) { return drawn[k]; }) };
}
