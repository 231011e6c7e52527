// input.js: what the reader does on the app's canvas, handed to the wasm as values: pointers
// (shared/pointer.js), the wheel in CSS px, the keys the sheet uses, focus, and the canvas's size
// and the screen's density. The canvas takes touches whole (CSS touch-action: none): the browser
// neither scrolls nor zooms under it.
import { CLASS_APP_READY } from 'factsheet-generated/dom.js';
import { focus, key, pointer, resized, wheel } from 'factsheet-generated/app-bridge.js';
import { listenPointer } from '../shared/pointer.js';

var LINE_PX = 40;   // a wheel's "line", as browsers scroll a page

export function listenInput(mod, canvas) {
  listenPointer(canvas, function (kind, x, y, touch, t) { pointer(mod, kind, x, y, touch, t); });
  canvas.addEventListener('wheel', function (e) {
    var dy = e.deltaMode === 1 ? e.deltaY * LINE_PX : e.deltaMode === 2 ? e.deltaY * canvas.clientHeight * 0.9 : e.deltaY;
    e.preventDefault();
    wheel(mod, dy, e.timeStamp / 1000);
  }, { passive: false });
  // Keys belong to the sheet while the canvas shows and nothing else on the page has the focus
  // (the canvas itself, or the page's body after a click elsewhere); browser shortcuts stay the
  // browser's.
  function keys(e) {
    var a = document.activeElement;
    if (e.ctrlKey || e.altKey || e.metaKey || !document.body.classList.contains(CLASS_APP_READY) ||
        (a && a !== document.body && a !== canvas)) return;
    if (key(mod, e.code, e.key, e.type === 'keydown', e.shiftKey)) e.preventDefault();
  }
  window.addEventListener('keydown', keys);
  window.addEventListener('keyup', keys);
  canvas.addEventListener('focus', function () { focus(mod, true); });
  canvas.addEventListener('blur', function () { focus(mod, false); });
  // Rotation, browser zoom and a change of density all arrive as window resizes; a density
  // change without one (the window moved to another screen) as a media change.
  function size() {
    var r = canvas.getBoundingClientRect();
    resized(mod, r.width, r.height, window.devicePixelRatio || 1);
  }
  window.addEventListener('resize', size);
  (function watchDpr() {
    var m = matchMedia('(resolution: ' + devicePixelRatio + 'dppx)');
    m.addEventListener('change', function () { size(); watchDpr(); }, { once: true });
  })();
  size();
}
