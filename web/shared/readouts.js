// readouts.js: what the pages' test hooks read of the wasm (src/platform/web/readouts.h writes it:
// tap targets as "label\tx\ty\tw\th" lines, texts one per line), and how a hook is published: a
// read-only global that stays in the shipped bundles, so the tests test what readers get.

export function parseHits(text) {
  return String(text).split('\n').filter(Boolean).map(function (line) {
    var f = line.split('\t');
    return { label: f[0], x: +f[1], y: +f[2], w: +f[3], h: +f[4] };
  });
}

export function parseLines(text) { return String(text).split('\n').filter(Boolean); }

// window[name] = the functions of `hooks`, frozen, not writable.
export function publish(name, hooks) {
  try { Object.defineProperty(window, name, { value: Object.freeze(hooks), writable: false, configurable: false }); } catch (e) { /* already there */ }
}
