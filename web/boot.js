// boot.js: starts the WebAssembly sheet. Picks the language (?lang=, else the browser's), fetches
// fonts and content while the wasm compiles, hands the bytes to fs_start(), and serves the app's
// requests (open a source, switch language, note the section in the address).
// No storage, no cookies, no request to any other origin.
(function () {
  'use strict';
  var LANGS = ['en', 'es'];
  var status = document.getElementById('status-text');
  var canvas = document.getElementById('sheet-canvas');
  var mod = null;

  function pickLanguage() {
    var asked = new URLSearchParams(location.search).get('lang');
    if (LANGS.indexOf(asked) >= 0) return asked;
    var prefs = navigator.languages || [navigator.language || 'en'];
    for (var i = 0; i < prefs.length; i++) {
      var code = String(prefs[i]).toLowerCase().split('-')[0];
      if (LANGS.indexOf(code) >= 0) return code;
    }
    return 'en';
  }
  var lang = pickLanguage();

  function fail(reason) {
    status.textContent = reason;
    document.body.classList.add('app-failed');
  }

  function bytes(url) {
    return fetch(url, { credentials: 'omit' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.arrayBuffer();
    });
  }

  // Copies bytes into wasm memory; the caller frees the pointer.
  function toHeap(buf) {
    var data = buf instanceof Uint8Array ? buf : new Uint8Array(buf);
    var ptr = mod._malloc(data.length + 1);
    mod.HEAPU8.set(data, ptr);
    mod.HEAPU8[ptr + data.length] = 0;
    return { ptr: ptr, len: data.length };
  }
  function cString(s) { return toHeap(new TextEncoder().encode(s)); }

  function sectionFromHash() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch (e) { return ''; }
  }

  // The address carries the language and the section; a jump the reader asked for becomes a
  // history entry (Back returns), reading along only updates the current one.
  var pushed = 0;
  function addressFor(section) {
    var url = new URL(location.href);
    url.searchParams.set('lang', lang);
    url.hash = section ? '#' + section : '';
    return url;
  }
  function setAddress(section, push) {
    var url = addressFor(section);
    if (url.href === location.href) return;
    if (push) { history.pushState(null, '', url); pushed++; } else history.replaceState(null, '', url);
  }

  // Quick exit: blank the page at once, step back over the sheet's own history entries, then
  // replace the page with a neutral one, so Back does not lead to the sheet.
  var NEUTRAL = 'https://www.bbc.com/weather';
  function exitNow() {
    document.documentElement.style.display = 'none';
    document.title = '';
    var leave = function () { location.replace(NEUTRAL); };
    if (pushed > 0) {
      window.addEventListener('popstate', leave, { once: true });
      history.go(-pushed);
      setTimeout(leave, 300);
    } else {
      leave();
    }
  }
  // Like GOV.UK's "Exit this page": Shift pressed three times within two seconds.
  (function () {
    var times = [];
    window.addEventListener('keyup', function (e) {
      if (e.key !== 'Shift') { times = []; return; }
      var now = Date.now();
      times = times.filter(function (t) { return now - t < 2000; });
      times.push(now);
      if (times.length >= 3) exitNow();
    });
  })();

  function notify(key) {
    if (!mod) return;
    var k = cString(key); mod._fs_notify(k.ptr); mod._free(k.ptr);
  }
  function share(section) {
    var url = addressFor(section).href;
    if (navigator.share) {
      navigator.share({ title: document.title, url: url }).catch(function () {});
      return;
    }
    var copied = navigator.clipboard && navigator.clipboard.writeText
      ? navigator.clipboard.writeText(url) : Promise.reject(new Error('no clipboard'));
    copied.then(function () { notify('link_copied'); }, function () {
      // Clipboard refused: the link is in the address bar; say so rather than fail silently.
      notify('share_failed');
    });
  }

  var host = {
    openUrl: function (url) {
      if (!/^https:\/\//.test(url)) return;
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    requestLanguage: function (next) {
      if (LANGS.indexOf(next) < 0) return;
      bytes('content/' + next + '.json').then(function (json) {
        lang = next;
        document.documentElement.lang = next;
        var j = toHeap(json);
        var s = cString('');
        mod._fs_set_content(j.ptr, j.len, s.ptr);
        mod._free(j.ptr); mod._free(s.ptr);
        setAddress(sectionFromHash(), false);
      }).catch(function (e) { console.warn('factsheet: language switch failed: ' + e.message); });
    },
    sectionChanged: function (id, title, jumped) {
      setAddress(id, jumped);
    },
    share: share,
    exitNow: exitNow,
    firstFrame: function () {
      document.body.classList.add('app-ready');
    }
  };

  if (typeof WebAssembly !== 'object' || typeof createFactsheet !== 'function') {
    fail('This browser cannot run the interactive sheet. Please use the simple version.');
    return;
  }
  if (!document.createElement('canvas').getContext('webgl2')) {
    fail('This browser cannot show WebGL2 graphics. Please use the simple version.');
    return;
  }
  document.documentElement.lang = lang;
  document.getElementById('simple-link').href = lang + '.html';

  Promise.all([
    createFactsheet({ host: host }),
    bytes('fonts/NotoSans-Regular.ttf'),
    bytes('fonts/NotoSans-Bold.ttf'),
    bytes('content/' + lang + '.json')
  ]).then(function (r) {
    mod = r[0];
    var reg = toHeap(r[1]), bold = toHeap(r[2]), json = toHeap(r[3]), sec = cString(sectionFromHash());
    var rc = mod._fs_start(reg.ptr, reg.len, bold.ptr, bold.len, json.ptr, json.len, sec.ptr);
    [reg, bold, json, sec].forEach(function (b) { mod._free(b.ptr); });
    if (rc === 1) return fail('This browser could not start WebGL2. Please use the simple version.');
    if (rc !== 0) return fail('The fonts could not be loaded. Please use the simple version.');
    canvas.focus({ preventScroll: true });
    // ?render=continuous: the benchmark's reference of a stock 60 fps Dear ImGui loop.
    if (new URLSearchParams(location.search).get('render') === 'continuous') mod._fs_set_continuous(1);

    var media = function (q, fn) { var m = matchMedia(q); fn(m.matches); m.addEventListener('change', function (e) { fn(e.matches); }); };
    media('(prefers-color-scheme: dark)', function (dark) { mod._fs_set_system_dark(dark ? 1 : 0); });
    media('(prefers-reduced-motion: reduce)', function (on) { mod._fs_set_reduced_motion(on ? 1 : 0); });
    // A devicePixelRatio change without a resize (window moved to another screen).
    (function watchDpr() {
      var m = matchMedia('(resolution: ' + devicePixelRatio + 'dppx)');
      m.addEventListener('change', function () { mod._fs_resized(); watchDpr(); }, { once: true });
    })();
    // Back and Forward (and edited addresses) move the sheet to the address's section.
    var follow = function () {
      var s = cString(sectionFromHash()); mod._fs_jump(s.ptr); mod._free(s.ptr);
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
  }).catch(function (e) {
    console.error('factsheet: ' + e.message);
    fail('The interactive sheet could not load. Please use the simple version.');
  });

  // Read-only state for tests and the curious: frames drawn, section, texts on screen.
  window.__factsheet = {
    frames: function () { return mod ? mod._fs_frame_count() : 0; },
    section: function () { return mod ? mod.UTF8ToString(mod._fs_current_section()) : ''; },
    texts: function () { return mod ? mod.UTF8ToString(mod._fs_drawn_texts()).split('\n').filter(Boolean) : []; },
    scroll: function () { return mod ? mod._fs_scroll_offset() : 0; },
    hits: function () {
      if (!mod) return [];
      return mod.UTF8ToString(mod._fs_hits()).split('\n').filter(Boolean).map(function (line) {
        var f = line.split('\t');
        return { label: f[0], x: +f[1], y: +f[2], w: +f[3], h: +f[4] };
      });
    },
    contentOk: function () { return !!(mod && mod._fs_content_ok()); },
    lang: function () { return lang; }
  };
})();
