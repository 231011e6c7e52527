// pictures.js: the picture runtime's page side (README, "Pictures in the embedded sheet"). The
// build appends it to the module emcc makes (factsheet-pictures.js: one file to fetch);
// web/embedded.js loads that file once a picture comes near the screen and calls
// factsheetPictures(page) with what the page knows.
//
// Each chart and diagram gets a canvas in its figure, drawn by the sheet's own C++ picture code
// (src/platform/pictures): one WebGL2 context on a canvas never shown renders each picture in
// turn, and its pixels are copied into the picture's canvas. Frames only when something changed,
// only for pictures on screen. The figure's table or list stays in the page, for screen readers,
// and shows with "Show as a table". If anything fails, the page keeps its tables, silently.
//
// page: { figures, asset(name), lang, words, theme() -> [palette name, accent 0xRRGGBB or -1], textScale(),
//         reducedMotion, announce(text), openSource(id), resized() (a picture's height changed) }
(function () {
  'use strict';
  //@include heap.js

  function fill(text, name, value) { return String(text).replace('{' + name + '}', value); }
  function bytes(url) {
    return fetch(url, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.arrayBuffer();
    });
  }

  window.factsheetPictures = function (page) {
    var gl = document.createElement('canvas');
    gl.id = 'factsheet-pictures-gl';
    gl.hidden = true;
    gl.setAttribute('aria-hidden', 'true');
    document.body.append(gl);
    var M = null, views = [], pending = false, lost = false, failed = false;

    function str(ptr) { return M.UTF8ToString(ptr); }
    function withString(s, fn) { return withCString(M, s, fn); }

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
      M._fp_set_visible(v.i, v.onScreen && !v.canvas.hidden ? 1 : 0);
      if (!v.canvas.hidden) layout(v);
      schedule();
    }
    function add(fig) {
      var alt = fig.querySelector(':scope > table, :scope > ul, :scope > ol');
      if (!alt) return;
      var i = withString(fig.id, function (p) { return M._fp_add(p); });
      if (i < 0) return;
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
      var h = M._fp_layout(v.i, w, scale, dpr);
      var changed = v.canvas.style.height !== h + 'px';
      v.canvas.style.height = h + 'px';
      if (changed && page.resized) page.resized();
      v.canvas.width = Math.round(w * M._fp_dpr(v.i));
      v.canvas.height = Math.round(h * M._fp_dpr(v.i));
    }
    function layoutAll() { views.forEach(layout); schedule(); }
    function applyTheme() {
      var t = page.theme();
      withString(t[0], function (name) { M._fp_set_theme(name, t[1]); });
      schedule();
    }

    // --- input -------------------------------------------------------------------------------
    function listen(v) {
      var c = v.canvas;
      function pointer(kind) {
        return function (e) {
          var r = c.getBoundingClientRect();
          M._fp_pointer(v.i, kind, e.clientX - r.left, e.clientY - r.top, e.pointerType === 'touch' ? 1 : 0, e.timeStamp / 1000);
          schedule();
        };
      }
      c.addEventListener('pointerdown', pointer(0));
      c.addEventListener('pointermove', pointer(1));
      c.addEventListener('pointerup', pointer(2));
      c.addEventListener('pointercancel', pointer(3));   // the browser took the touch: a scroll
      c.addEventListener('pointerleave', pointer(3));
      c.addEventListener('keydown', function (e) {
        if (e.ctrlKey || e.altKey || e.metaKey) return;
        var used = withString(e.code, function (code) {
          return withString(e.key, function (key) { return M._fp_key(v.i, code, key); });
        });
        if (used) {
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
        if (M._fp_wants_frame(views[k].i)) {
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
        if (v.canvas.hidden || !M._fp_wants_frame(v.i) || !M._fp_frame(v.i, ms / 1000)) return;
        var w = v.canvas.width, h = v.canvas.height;
        v.ctx.drawImage(gl, 0, gl.height - h, w, h, 0, 0, w, h);   // GL draws from the bottom-left
        drew = true;
        if (v.firstFrameAt === null) v.firstFrameAt = performance.now();
        var said = str(M._fp_announcement(v.i));
        if (said) page.announce(said);
        var source = str(M._fp_open_source(v.i));
        if (source) page.openSource(source);
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
          M._fp_set_visible(v.i, v.onScreen && !v.canvas.hidden ? 1 : 0);
        });
      });
      schedule();
    });

    // --- the context: lost, the tables show; restored, the pictures again ---------------------
    gl.addEventListener('webglcontextlost', function (e) {
      e.preventDefault();   // says we can restore
      lost = true;
      if (M) M._fp_gl_lost();
      views.forEach(function (v) { showAsTable(v, v.table); });
    });
    gl.addEventListener('webglcontextrestored', function () {
      if (!M || !M._fp_gl_restored()) return;   // stays with the tables
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

    var quiet = function () {};
    return Promise.all([
      createFactsheetPictures({ locateFile: function (name) { return page.asset(name); }, print: quiet, printErr: quiet, onAbort: fail }),
      bytes(page.asset('fonts/NotoSans-Regular.ttf')),
      bytes(page.asset('fonts/NotoSans-Bold.ttf')),
      bytes(page.asset('content/' + page.lang + '.json'))
    ]).then(function (r) {
      M = r[0];
      var reg = toHeap(M, r[1]), bold = toHeap(M, r[2]), json = toHeap(M, r[3]);
      var rc = M._fp_start(reg.ptr, reg.len, bold.ptr, bold.len, json.ptr, json.len);
      [reg, bold, json].forEach(function (p) { M._free(p.ptr); });
      if (rc !== 0) throw new Error('picture runtime: start ' + rc);
      M._fp_set_reduced_motion(page.reducedMotion ? 1 : 0);
      applyTheme();
      page.figures.forEach(add);
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
              id: v.id, frames: M._fp_frames(v.i), selected: M._fp_selected(v.i), shown: !v.canvas.hidden,
              enteredAt: v.enteredAt, firstFrameAt: v.firstFrameAt,
              hits: str(M._fp_hits(v.i)).split('\n').filter(Boolean).map(function (line) {
                var f = line.split('\t');
                return { label: f[0], x: +f[1], y: +f[2], w: +f[3], h: +f[4] };
              }),
              texts: str(M._fp_texts(v.i)).split('\n').filter(Boolean)
            };
          });
        },
        // bench/run: the main-thread ms of each tick that drew since the last call.
        work: function () { return work.splice(0); }
      };
    }).catch(function (e) {
      fail();
      throw e;
    });
  };
})();
