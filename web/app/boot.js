// boot.js: starts the WebAssembly sheet over its HTML rendition. The page's first paint is that
// rendition (readable at once, and what screen readers, print and search use), in the page's own
// language: each language has its app page, <lang>/index.html, and the root address forwards to
// it (root/root.js). Its jobs, each in a module: the rendition (mirror.js), the offline copy
// (offline.js), the address (address.js), sharing (share.js), what the wasm asks of the page
// (host.js), starting it where it can run and following the page after (start.js), the simple
// version where it cannot (simple.js), printing (handout.js). No storage, no cookies, no request
// to any other origin.
import { SHEET_ROOT } from '../shared/assets.js';
import { followIntoDetails, printAllDetails } from '../shared/details.js';
import { exitNow } from '../shared/leave.js';
import * as fs from 'factsheet-generated/app-bridge.js';
import { glyphsDrawn } from '../shared/glyphs.js';
import { parseHits, parseLines, publish } from '../shared/readouts.js';
import { followEvidenceLinks, startMirror } from './mirror.js';
import { offlineKept } from './offline.js';
import { startApp } from './start.js';
import { followTranslation } from './translated.js';
import { INLINE, app } from './state.js';

(function () {
  'use strict';
  // Embedded in another site's page (?embed=1): the rendition alone, which flows in the host
  // page and sizes its iframe; no canvas. This page hands such an address on to its language's
  // embeddable page (es.html?embed=1..., where frame/embedded.js reads the options), so app
  // readers never fetch the embedded sheet's script.
  if (new URLSearchParams(location.search).get('embed') === '1') {
    if (!INLINE) {
      var params = new URLSearchParams(location.search);
      params.delete('lang');  // the page says it
      location.replace(SHEET_ROOT + app.lang + '.html?' + params.toString() + location.hash);
    }
    return;
  }
  followIntoDetails();
  printAllDetails();
  followEvidenceLinks();
  // Like GOV.UK's "Exit this page": Shift pressed three times within two seconds.
  var times = [];
  window.addEventListener('keyup', function (e) {
    if (e.key !== 'Shift') { times = []; return; }
    var now = Date.now();
    times = times.filter(function (t) { return now - t < 2000; });
    times.push(now);
    if (times.length >= 3) exitNow();
  });
  startMirror(app.lang);
  followTranslation();
  startApp();

  // Read-only state for tests and the curious: frames drawn, section, texts on screen.
  publish('__factsheet', {
    frames: function () { return app.mod ? fs.frameCount(app.mod) : 0; },
    section: function () { return app.mod ? fs.currentSection(app.mod) : ''; },
    texts: function () { return app.mod ? parseLines(fs.drawnTexts(app.mod)) : []; },
    scroll: function () { return app.mod ? fs.scrollOffset(app.mod) : 0; },
    // The block (or section) at the top of the canvas and how far down it, as the canvas hands it
    // to the rendition and takes it from there (src/ui/document.h, Place).
    place: function () { return app.mod ? { id: fs.placeId(app.mod), fraction: fs.placeFraction(app.mod) } : null; },
    hits: function () { return app.mod ? parseHits(fs.hits(app.mod)) : []; },
    contentOk: function () { return !!(app.mod && fs.contentOk(app.mod)); },
    // Whether the canvas shows its lead and the sections' details are still to come (lead.js).
    detailsLater: function () { return !app.mod || fs.detailsLater(app.mod); },
    // The letters the browser drew for the canvas, and in which family (shared/glyphs.js).
    glyphs: glyphsDrawn,
    lang: function () { return app.lang; },
    // What the offline copy holds so far (the worker has cached it): language codes, or 'all'.
    offline: offlineKept
  });
})();
