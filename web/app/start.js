// start.js: the app starts after the rendition's first paint (creating a WebGL2 context and
// starting the runtime take the main thread for a while on a slow phone, and the text must not
// wait for them): the wasm and the content together (the letters come from the browser), then the canvas opens where the
// reader is (the address's section, else the block and the line she scrolled the text to, with
// the details she opened), and follows the page from then on: the system's theme and motion
// settings, the screen's density, the address (Back and Forward), a screen reader moving
// through the rendition, a lost GPU context. It starts at the browser's text size, as the
// rendition does.
import { CLASS_APP_FAILED, CLASS_APP_READY, ID_CANVAS } from 'factsheet-generated/dom.js';
import * as fs from 'factsheet-generated/app-bridge.js';
import { host } from 'factsheet-generated/app-host.js';
import { SHEET_ROOT, asset } from '../shared/assets.js';
import { browserTextScale } from '../shared/text-scale.js';
import { sectionFromHash } from './address.js';
import { inlineBytes } from './files.js';
import { listenInput } from './input.js';
import { startFile, startsWhole } from './lead.js';
import { mirrorPlace } from './mirror.js';
import { saveData } from './offline.js';
import { showSimple, simpleBecause } from './simple.js';
import { canListen, listenButtons } from './speech.js';
import { INLINE, app } from './state.js';

function afterFirstPaint(fn) {
  if (document.hidden) return fn();  // a hidden tab has no paint to wait for
  requestAnimationFrame(function () { setTimeout(fn, 0); });
}

var CANVAS = '#' + ID_CANVAS;

function jump(section) { fs.jump(app.mod, section); }

function follow(mod, canvas) {
  var media = function (q, fn) { var m = matchMedia(q); fn(m.matches); m.addEventListener('change', function (e) { fn(e.matches); }); };
  media('(prefers-color-scheme: dark)', function (dark) { fs.setSystemDark(mod, dark); });
  media('(prefers-reduced-motion: reduce)', function (on) { fs.setReducedMotion(mod, on); });
  // Back and Forward (and edited addresses) move the sheet to the address's section.
  var toAddress = function () { jump(sectionFromHash()); };
  window.addEventListener('popstate', toAddress);
  window.addEventListener('hashchange', toAddress);
  // A screen reader or keyboard moving through the rendition takes the canvas along.
  document.addEventListener('focusin', function (e) {
    var s = e.target.closest && e.target.closest('main section[id]');
    if (s && document.body.classList.contains(CLASS_APP_READY)) jump(s.id);
  });
  // GPU context lost: show the rendition; if the browser restores the context, draw again.
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();  // asks the browser to restore it
    fs.glLost(mod);
    showSimple('webgl');
  });
  canvas.addEventListener('webglcontextrestored', function () {
    document.body.classList.remove(CLASS_APP_FAILED);  // the next frame shows the canvas again
    if (!fs.glRestored(mod)) showSimple('webgl');
  });
}

export function startApp() {
  afterFirstPaint(function () {
    // Where the first paint is now (at the address's section, when it names one): a reader who
    // scrolls from here while the app loads is followed to her new place.
    var paintedAt = scrollY;
    var gl2 = false;
    try { gl2 = !!document.createElement('canvas').getContext('webgl2'); } catch (e) { gl2 = false; }
    if (typeof WebAssembly !== 'object' || typeof createFactsheet !== 'function') return simpleBecause('wasm');
    if (!gl2) return simpleBecause('webgl');

    // The lead comes inside the page; the whole sheet instead where the reader is in the details
    // by then (app/lead.js).
    var lead = INLINE ? null : startFile(app.lang, false);
    if (lead) lead.catch(function () {});  // a failed lead is answered below, by the whole sheet
    createFactsheet({
      host: host,
      locateFile: function (name) { return SHEET_ROOT + asset(name); },
      wasmBinary: INLINE ? inlineBytes('factsheet.wasm') : undefined
    }).then(function (mod) {
      var place = mirrorPlace();
      var section = Math.abs(scrollY - paintedAt) < 2 ? sectionFromHash() : '';
      var whole = function () { return startFile(app.lang, true); };
      var file = !lead || startsWhole(place, section) ? whole() : lead.catch(whole);
      return file.then(function (content) { return [mod, content, section]; });
    }).then(function (r) {
      var mod = app.mod = r[0];
      app.ui = r[1].ui;
      var canvas = document.querySelector(CANVAS);
      // Where the reader is now (the whole sheet may have taken a moment).
      var place = mirrorPlace();
      var section = r[2];
      var rc = fs.start(mod, r[1].buf, section, CANVAS, browserTextScale());
      if (rc === 1) return showSimple('webgl');
      if (rc !== 0 || !fs.contentOk(mod)) return showSimple('content');
      fs.goToPlace(mod, section ? '' : place.id, place.fraction, place.open.join(' '));
      listenInput(mod, canvas);
      canvas.focus({ preventScroll: true });
      // Offer the one-file copy where there is one to download (not from the copy itself).
      if (!INLINE && location.protocol !== 'file:') fs.setCanSaveOffline(mod, true);
      // Reading aloud where the browser can speak: Listen at each section, canvas and rendition.
      if (canListen()) {
        fs.setCanListen(mod, true);
        listenButtons();
      }
      // Save-Data: the menu says the copy kept for reading without internet is this language's only.
      if (saveData && !INLINE && 'serviceWorker' in navigator) fs.setOfflineOneLanguage(mod, true);
      // ?render=continuous: the benchmark's reference of a stock 60 fps Dear ImGui loop.
      if (new URLSearchParams(location.search).get('render') === 'continuous') fs.setContinuous(mod, true);
      follow(mod, canvas);
    }).catch(function (e) {
      console.warn('factsheet: the interactive version could not start: ' + (e && e.message));
      simpleBecause('content');
    });
  });
}
