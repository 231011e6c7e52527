// pictures.js: the picture runtime's page side (README, "Pictures in the embedded sheet"). The
// site build appends its bundle to the module emcc makes (factsheet-pictures.js: one file to
// fetch); frame/picture-loader.js loads that file once a picture comes near the screen and calls
// factsheetPictures(page) with what the page knows.
//
// Each chart and diagram gets a canvas in its figure, drawn by the sheet's own C++ picture code
// (src/platform/pictures): one WebGL2 context on a canvas never shown renders each picture in
// turn, and its pixels are copied into the picture's canvas. Frames only when something changed,
// only for pictures on screen. The figure's table or list stays in the page, for screen readers,
// and shows with "Show as a table". If anything fails, the page keeps its tables, silently.
//
// page: { figures, asset(name), lang, words, theme() -> [theme's index in the palette, accent
//         0xRRGGBB or -1], textScale(), reducedMotion, announce(text), openSource(id), resized()
//         (a picture's height changed) }
// The runtime's calls are the bridge's (src/platform/bridge.json, "pictures").
import { ID_PICTURES_CANVAS } from 'factsheet-generated/dom.js';
import * as fp from 'factsheet-generated/pictures-bridge.js';
import { host } from 'factsheet-generated/pictures-host.js';
import { glyphsDrawn } from '../shared/glyphs.js';
import { leadInPage } from '../shared/lead-in-page.js';
import { listenPointer } from '../shared/pointer.js';
import { parseHits, parseLines } from '../shared/readouts.js';

(function () {
  'use strict';

  function fill(text, name, value) { return String(text).replace('{' + name + '}', value); }
  function bytes(url) {
    return fetch(url, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.arrayBuffer();
    });
  }

  window.factsheetPictures = function (page) {
    var GL = ID_PICTURES_CANVAS;
    var gl = document.createElement('canvas');
    gl.id = GL;
    gl.hidden = true;
    gl.setAttribute('aria-hidden', 'true');
    document.body.append(gl);
    var M = null, views = [], pending = false, lost = false, failed = false;


    // --- each picture's canvas, its toggle and its text alternative --------------------------
    function titleOf(fig) {
      var t = fig.querySelector('caption') || fig.querySelector('figcaption strong') || fig.querySelector('figcaption');
      return t ? t.textContent.trim() : fig.id;
    }
    function setAlternativeShown(v, shown) {
      // Visually hidden, the alternative is still read by screen readers; its links are then
      // out of the Tab order (a keyboard user would land on something invisible).
      v.alt.classList.toggle('visually-hidden', !shown);
      v.alt.querySelectorAll('a[href]').forEach(function (a) {
        if (shown) a.removeAttribute('tabindex'); else a.tabIndex = -1;
      });
    }
    function showAsTable(v, table) {
      v.table = table;
      v.canvas.hidden = table || lost;
      setAlternativeShown(v, table || lost);
      v.toggle.textContent = page.words[table ? 'picture_show_picture' : 'picture_show_table'] || '';
      fp.setVisible(M, v.i, v.onScreen && !v.canvas.hidden);
      if (!v.canvas.hidden) layout(v);
      schedule();
    }
    function add(fig) {
      var alt = fig.querySelector(':scope > table, :scope > ul, :scope > ol');
      if (!alt) return;
      var i = fp.add(M, fig.id);
      if (i < 0) { later.push(fig); return; }   // in details still to come, or not a picture of the sheet
      var canvas = document.createElement('canvas');
      canvas.className = 'picture';
      canvas.tabIndex = 0;
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', fill(page.words.picture_label || '{title}', 'title', titleOf(fig)));
      var toggle = document.createElement('button');
      toggle.type = 'button';
      toggle.className = 'picture-toggle';
      var v = { i: i, id: fig.id, fig: fig, alt: alt, canvas: canvas, toggle: toggle, ctx: null,
                onScreen: false, table: false, w: 0, scale: 0, dpr: 0, enteredAt: null, firstFrameAt: null };
      alt.before(canvas);
      alt.before(toggle);
      v.ctx = canvas.getContext('2d', { alpha: false });
      toggle.addEventListener('click', function () { showAsTable(v, !v.table); });
      listen(v);
      views.push(v);
      showAsTable(v, false);
    }

    // --- sizes: the canvas's width, the reader's text size, the screen's density -------------
    function layout(v) {
      if (v.canvas.hidden) return;
      var w = v.canvas.getBoundingClientRect().width, scale = page.textScale(), dpr = window.devicePixelRatio || 1;
      if (w <= 0 || (w === v.w && scale === v.scale && dpr === v.dpr)) return;
      v.w = w; v.scale = scale; v.dpr = dpr;
      fit(v, fp.layout(M, v.i, w, scale, dpr));
    }
    // The canvas as tall as what the view draws (its panel grows while a mark is chosen); the
    // page hears of a change (its height messages follow).
    function fit(v, h) {
      var changed = v.canvas.style.height !== h + 'px';
      v.canvas.style.height = h + 'px';
      if (changed && page.resized) page.resized();
      v.canvas.width = Math.round(v.w * fp.dpr(M, v.i));
      v.canvas.height = Math.round(h * fp.dpr(M, v.i));
      return changed;
    }
    function layoutAll() { views.forEach(layout); schedule(); }
    function applyTheme() {
      var t = page.theme();
      fp.setTheme(M, t[0], t[1]);
      schedule();
    }

    // --- input -------------------------------------------------------------------------------
    function listen(v) {
      var c = v.canvas;
      // A touch may still scroll the page: the browser then takes it (a cancel).
      listenPointer(c, function (kind, x, y, touch, t) {
        fp.pointer(M, v.i, kind, x, y, touch, t);
        schedule();
      });
      c.addEventListener('keydown', function (e) {
        if (e.ctrlKey || e.altKey || e.metaKey) return;
        if (fp.key(M, v.i, e.code, e.key)) {
          e.preventDefault();
          schedule();
        } else if (e.key === 'Escape') {
          v.toggle.focus();   // nothing chosen: Escape leaves the picture
        }
      });
    }

    // --- frames on demand --------------------------------------------------------------------
    function schedule() {
      if (pending || failed || lost) return;
      for (var k = 0; k < views.length; k++) {
        if (fp.wantsFrame(M, views[k].i)) {
          pending = true;
          requestAnimationFrame(tick);
          return;
        }
      }
    }
    var work = [];   // main-thread ms of each tick that drew (bench/run reads them)
    function tick(ms) {
      pending = false;
      if (failed || lost) return;
      var t0 = performance.now(), drew = false;
      views.forEach(function (v) {
        if (v.canvas.hidden || !fp.wantsFrame(M, v.i) || !fp.frame(M, v.i, ms / 1000)) return;
        var said = fp.announcement(M, v.i);
        if (said) page.announce(said);
        var source = fp.openSource(M, v.i);
        if (source) page.openSource(source);
        if (fit(v, fp.height(M, v.i))) return;   // resized: the view draws again at its new height
        var w = v.canvas.width, h = v.canvas.height;
        v.ctx.drawImage(gl, 0, gl.height - h, w, h, 0, 0, w, h);   // GL draws from the bottom-left
        drew = true;
        if (v.firstFrameAt === null) v.firstFrameAt = performance.now();
      });
      if (drew && work.length < 10000) work.push(performance.now() - t0);
      schedule();
    }

    // --- on screen or not: only pictures on screen draw --------------------------------------
    var seen = new IntersectionObserver(function (entries) {
      entries.forEach(function (e) {
        views.forEach(function (v) {
          if (v.canvas !== e.target) return;
          v.onScreen = e.isIntersecting;
          if (v.onScreen && v.enteredAt === null) v.enteredAt = performance.now();
          fp.setVisible(M, v.i, v.onScreen && !v.canvas.hidden);
        });
      });
      schedule();
    });

    // --- the context: lost, the tables show; restored, the pictures again ---------------------
    gl.addEventListener('webglcontextlost', function (e) {
      e.preventDefault();   // says we can restore
      lost = true;
      if (M) fp.glLost(M);
      views.forEach(function (v) { showAsTable(v, v.table); });
    });
    gl.addEventListener('webglcontextrestored', function () {
      if (!M || !fp.glRestored(M)) return;   // stays with the tables
      lost = false;
      views.forEach(function (v) { v.w = 0; showAsTable(v, v.table); });
    });

    function fail() {
      if (failed) return;
      failed = true;
      views.forEach(function (v) {
        v.canvas.remove();
        v.toggle.remove();
        setAlternativeShown(v, true);
      });
      views = [];
      gl.remove();
    }

    // --- the content: its lead first (the sections' first blocks, about 60 % of the bytes: README,
    // "Bytes of a first visit"; inside the page where the page carries it); the whole sheet when a
    // picture in a section's details is opened ---
    var later = [], whole = null;
    function takeWhole() {
      if (whole || failed) return;
      whole = bytes(page.asset('content/' + page.lang + '.json')).then(function (buf) {
        if (failed || !fp.setDetails(M, buf)) return;
        var waiting = later, from = views.length;
        later = [];
        waiting.forEach(add);
        views.slice(from).forEach(function (v) { seen.observe(v.canvas); });
      }, function () { whole = null; });   // the tables stay; asked again at the next opening
    }
    function followDetails() {
      // Only a figure in a section's details waits for the whole sheet: one outside them that the
      // lead lacks is not the sheet's at all, and stays a table without a fetch.
      var open = function () { if (later.some(function (f) { var d = f.closest('details'); return d && d.open; })) takeWhole(); };
      later.forEach(function (f) { var d = f.closest('details'); if (d) d.addEventListener('toggle', open); });
      open();
    }

    var quiet = function () {};
    var lead = leadInPage(page.lang);   // the page's own, or its file
    return Promise.all([
      createFactsheetPictures({ host: host, locateFile: function (name) { return page.asset(name); }, print: quiet, printErr: quiet, onAbort: fail }),
      lead ? lead.buf : bytes(page.asset('content/' + page.lang + '.lead.json'))
    ]).then(function (r) {
      M = r[0];
      var rc = fp.start(M, r[1], '#' + GL);
      if (rc !== 0) throw new Error('picture runtime: start ' + rc);
      fp.setReducedMotion(M, page.reducedMotion);
      applyTheme();
      page.figures.forEach(add);
      if (later.length) followDetails();
      views.forEach(function (v) { seen.observe(v.canvas); });
      if (typeof ResizeObserver === 'function') new ResizeObserver(layoutAll).observe(document.body);
      window.addEventListener('resize', layoutAll);
      return {
        // The page's theme or text size changed.
        refresh: function () { if (!failed) { applyTheme(); layoutAll(); } },
        // For tests and bench/run: each picture's frames drawn, chosen mark, tap targets and
        // words, and when (performance.now()) it first came on screen and was first drawn.
        state: function () {
          return views.map(function (v) {
            return {
              id: v.id, frames: fp.frames(M, v.i), selected: fp.selected(M, v.i), shown: !v.canvas.hidden,
              enteredAt: v.enteredAt, firstFrameAt: v.firstFrameAt,
              hits: parseHits(fp.hits(M, v.i)),
              texts: parseLines(fp.texts(M, v.i))
            };
          });
        },
        // bench/run: the main-thread ms of each tick that drew since the last call.
        work: function () { return work.splice(0); },
        // The letters the browser drew for the pictures, and in which family.
        glyphs: glyphsDrawn
      };
    }).catch(function (e) {
      fail();
      throw e;
    });
  };
})();
