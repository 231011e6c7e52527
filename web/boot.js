// boot.js: starts the WebAssembly sheet over its HTML rendition. The page's first paint is that
// rendition (readable at once, and what screen readers, print and search use), in the page's own
// language: each language has its app page, <lang>/index.html, and the root address forwards to
// it (root.js). This script fetches fonts
// and content while the wasm compiles, starts the app, and shows the canvas with its first
// frame. Where something is missing (WebAssembly, WebGL2, the content, the GL context) the
// rendition stays, with one line saying why. It also serves the app's requests (open a source,
// switch language, share, exit, note the section in the address and announce it).
// No storage, no cookies, no request to any other origin.
(function () {
  'use strict';
  //@include languages.js
  //@include heap.js
  //@include pick-language.js
  var LANGS = LANGUAGES.map(function (l) { return l.code; });
  // Under a test (a `module` given to this file's text: tests/browser/options.test.mjs), hand
  // over the two address readers and touch nothing else.
  if (typeof module === 'object' && module && typeof module.exports === 'object') {
    module.exports = { pickLanguage: pickLanguage, sectionFromHash: sectionFromHash };
    return;
  }
  var canvas = document.getElementById('sheet-canvas');
  var notice = document.getElementById('fallback-notice');
  var live = document.getElementById('live');
  var mod = null;
  var ui = null;  // interface strings of the current language, once its content is loaded

  // Asset names carry a content hash on the web (tools/stamp_dist.py writes the map); the
  // one-file copy carries the files themselves (tools/make_offline_copy.py). Fetches go through
  // SHEET_ROOT: the app pages are one folder below the site's root.
  //@include assets.js
  var INLINE = window.__factsheetInline || null;
  // The language: the page's own (es/ is Spanish); the one-file copy is one page for every
  // language and reads the address and the browser, as the root address does.
  var pageLang = document.documentElement.lang;
  var lang = INLINE || LANGS.indexOf(pageLang) < 0 ? pickLanguage() : pageLang;
  // Where a language's app page is: its folder on the web, ?lang= in the one-file copy.
  function pageOf(l) { return INLINE ? '?lang=' + l : SHEET_ROOT + l + '/'; }
  function inlineBytes(name) {
    var bin = atob(INLINE[name]), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  function fetchOk(url) {
    // Same-origin credentials, as the page's preloads (crossorigin) ask: then a preloaded file
    // (the content) answers this request instead of being fetched twice. The site sets no cookies.
    return fetch(SHEET_ROOT + asset(url), { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r;
    });
  }
  function bytes(url) {
    if (INLINE && INLINE[url]) return Promise.resolve(inlineBytes(url).buffer);
    return fetchOk(url).then(function (r) { return r.arrayBuffer(); });
  }
  function textOf(url) { return bytes(url).then(function (b) { return new TextDecoder().decode(b); }); }
  function fill(text, name, value) { return String(text).replace('{' + name + '}', value); }

  // --- the rendition (first paint, simple version, accessible mirror) ---------------------
  var mirrorLang = document.documentElement.lang || LANGUAGES[0].code;
  // The rendition of language `next`, from its app page (without the sources' passages, as this
  // page's: kept offline with that language); `full`: from its simple page, with them, even in
  // the same language. The one-file copy holds the simple pages only.
  function setMirror(next, full) {
    if (next === mirrorLang && !full) return Promise.resolve();
    return textOf(full || INLINE ? next + '.html' : next + '/').then(function (html) {
      var doc = new DOMParser().parseFromString(html, 'text/html');
      ['main', 'body > header', 'body > footer', '.skip-link'].forEach(function (sel) {
        var now = document.querySelector(sel), fresh = doc.querySelector(sel);
        if (now && fresh) now.replaceWith(document.importNode(fresh, true));
      });
      document.title = doc.title;
      var desc = document.querySelector('meta[name=description]'), freshDesc = doc.querySelector('meta[name=description]');
      if (desc && freshDesc) desc.content = freshDesc.content;
      // The language link leads to the other language's app page.
      var other = document.querySelector('body > header a[hreflang]');
      if (other) other.href = pageOf(other.getAttribute('hreflang'));
      document.documentElement.lang = next;
      mirrorLang = next;
    });
  }
  // The section at the top of the rendition, so the canvas opens where the reader already is.
  function mirrorSection() {
    var id = '';
    document.querySelectorAll('main section[id]').forEach(function (s) {
      if (s.getBoundingClientRect().top <= 80) id = s.id;
    });
    return id;
  }

  // English lines for when not even the content's own strings could be had.
  var FALLBACK = {
    webgl: 'You are seeing the simple version because this browser cannot show WebGL2 graphics.',
    wasm: 'You are seeing the simple version because this browser cannot run WebAssembly.',
    content: 'You are seeing the simple version because the interactive version could not load.'
  };
  // Offline after the first visit: the service worker caches this build (not from file://, not
  // inside another site's page). Registered, and asked to precache, only once the first canvas
  // frame is up (or the simple version shows) and the page is idle, so its downloads never
  // compete with the first visit's own. It first keeps the language being read, from what this
  // visit has downloaded, asked of the HTTP cache only: nothing of the offline copy costs data in
  // the first minute. A language the reader switches to is kept at once, with its page. The rest
  // (the other languages, the sources' passages and the simple pages) follows a minute later;
  // with Save-Data on, only the languages read (and what the reader opens), and the menu says so.
  var saveData = !!(navigator.connection && navigator.connection.saveData);
  var FULL_COPY_AFTER_MS = 60000;
  var offlineAsked = null;
  function whenIdle(fn) {
    if (window.requestIdleCallback) requestIdleCallback(fn, { timeout: 5000 });
    else setTimeout(fn, 1000);
  }
  var offlineKept = [];  // what the worker has said it keeps: language codes, or 'all'
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.addEventListener('message', function (e) {
      if (e.data && e.data.type === 'precached') offlineKept = offlineKept.concat(e.data.langs);
    });
    navigator.serviceWorker.startMessages();  // a listener added with addEventListener waits for this
  }
  // cachedOnly: only what the browser's HTTP cache holds (no network bytes at all).
  function precache(which, cachedOnly) {
    return navigator.serviceWorker.ready.then(function (reg) {
      if (reg.active) reg.active.postMessage({ type: 'precache', langs: which, cachedOnly: !!cachedOnly });
    });
  }
  var langsRead = [lang];
  function registerOffline() {
    if (!('serviceWorker' in navigator) || INLINE || !/^https?:$/.test(location.protocol)) return Promise.resolve();
    if (offlineAsked) return offlineAsked;
    var idle = function () { return new Promise(function (resolve) { whenIdle(resolve); }); };
    offlineAsked = idle().then(function () { return mirrorReady.catch(function () {}); }).then(idle).then(function () {
      return navigator.serviceWorker.register(SHEET_ROOT + 'sw.js');
    }).then(function () {
      // A minute on: the full copy, or with Save-Data the languages read (with the few files of
      // theirs this visit did not download, such as the root page).
      setTimeout(function () {
        whenIdle(function () { precache(saveData ? langsRead : 'all'); });
      }, FULL_COPY_AFTER_MS);
      return precache([lang], true);
    }).catch(function (e) { console.warn('factsheet: offline cache unavailable: ' + e.message); });
    return offlineAsked;
  }
  // The app page ships without the sources' passages (it paints sooner, and most readers never
  // open them). A source's link to them, in the mirror or the simple version, brings them here
  // instead: the mirror takes the language's own page, then the reader is at that source. When
  // that page cannot be had, the link is followed. (Without scripts it leads to that page.)
  function completeMirror() {
    mirrorReady = mirrorReady.then(function () {
      if (!document.querySelector('#sources .evidence-list')) return setMirror(mirrorLang, true);
    });
    return mirrorReady;
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a.evidence-link') : null;
    if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    var id = a.hash.slice(1), href = a.href;
    completeMirror().then(function () {
      var at = document.getElementById(id);
      if (!at) return;
      at.tabIndex = -1;
      at.focus();
    }, function () { mirrorReady = Promise.resolve(); location.href = href; });
  });
  function showSimple(kind) {
    // The simple version offers "Remove this sheet from this phone" itself (the app's menu is gone).
    registerOffline().then(function () { offerRemoval(ui); });
    document.body.classList.remove('app-ready');
    document.body.classList.add('app-failed');
    notice.textContent = (ui && ui['fallback_notice_' + kind]) || FALLBACK[kind];
    notice.hidden = false;
  }
  function loadUi(l) {
    return bytes('content/' + l + '.json').then(function (buf) {
      var json = JSON.parse(new TextDecoder().decode(buf));
      return { buf: buf, ui: json && json.ui };
    });
  }
  function simpleBecause(kind) {
    setMirror(lang).catch(function () {});
    loadUi(lang).then(function (c) { ui = c.ui; }, function () {}).then(function () { showSimple(kind); });
  }

  function jump(section) { withCString(mod, section, mod._fs_jump); }

  function sectionFromHash() {
    try { return decodeURIComponent(location.hash.slice(1)); } catch (e) { return ''; }
  }

  // The address is the language's page (es/, or ?lang=es in the one-file copy) with the section
  // (es/#smartlink), and any other parameter kept; a jump the reader asked for becomes a history
  // entry (Back returns), reading along only updates the current one.
  function addressFor(section) {
    var url = new URL(location.href);
    if (INLINE) url.searchParams.set('lang', lang);
    else {
      url.searchParams.delete('lang');
      url = new URL(pageOf(lang) + url.search, location.href);
    }
    url.hash = section ? '#' + section : '';
    return url;
  }
  function setAddress(section, push) {
    var url = addressFor(section);
    if (url.href === location.href) return;
    if (push) { history.pushState(null, '', url); leaving.pushed++; } else history.replaceState(null, '', url);
  }

  //@include leave.js
  //@include details.js
  //@include handout.js
  followIntoDetails();
  printAllDetails();
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
    withCString(mod, key, mod._fs_notify);
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
      // A contact's phone number: handed to the phone's dialler as a link would be.
      if (/^tel:\+?[0-9]{3,15}$/.test(url)) {
        var call = document.createElement('a');
        call.href = url;
        document.body.append(call);
        call.click();
        call.remove();
        return;
      }
      if (!/^https:\/\//.test(url)) return;
      window.open(url, '_blank', 'noopener,noreferrer');
    },
    print: function (keyPointsOnly, address, qrSvg) { printSheet(keyPointsOnly, address, qrSvg, ui); },
    // The other language is swapped in on this page (the app keeps running: no second start of
    // the wasm on a slow phone), and the address becomes that language's page (es/#section), so
    // a reload, a bookmark or a shared address opens there.
    requestLanguage: function (next) {
      if (LANGS.indexOf(next) < 0) return;
      Promise.all([loadUi(next), setMirror(next)]).then(function (r) {
        lang = next;
        ui = r[0].ui;
        var j = toHeap(mod, r[0].buf), s = cString(mod, '');
        mod._fs_set_content(j.ptr, j.len, s.ptr);
        mod._free(j.ptr); mod._free(s.ptr);
        setAddress(sectionFromHash(), false);
        // The offline copy holds the languages read (with Save-Data, only those); this one now too,
        // its page included (the switch did not download it: the address changed in place).
        if (langsRead.indexOf(next) < 0) langsRead.push(next);
        if (offlineAsked) offlineAsked.then(function () { return precache([next]); }).catch(function () {});
      }).catch(function (e) { console.warn('factsheet: language switch failed: ' + e.message); });
    },
    sectionChanged: function (id, title, jumped) {
      setAddress(id, jumped);
      // Screen readers hear where the sheet now is (the canvas itself is hidden from them).
      if (ui && title) live.textContent = fill(ui.section_announce, 'title', title);
    },
    share: share,
    exitNow: exitNow,
    removeFromPhone: removeFromPhone,
    // The address Share passes on (the QR code shows it).
    address: function (section) { return addressFor(section).href; },
    announce: function (text) { live.textContent = text; },
    // "Save for offline": the one-file copy, as a download.
    saveOffline: function () {
      var a = document.createElement('a');
      a.href = SHEET_ROOT + 'factsheet-offline.html';
      a.download = 'factsheet-offline.html';
      document.body.append(a);
      a.click();
      a.remove();
    },
    // The sources' passages, asked the first time a source's card shows (the content file comes
    // without them: README, "Bytes of a first visit"); the card says "Loading" meanwhile.
    requestPassages: function (l) {
      if (LANGS.indexOf(l) < 0) return mod._fs_passages_failed();
      bytes('passages/' + l + '.json').then(function (buf) {
        var j = toHeap(mod, buf);
        try { withCString(mod, l, function (p) { mod._fs_set_passages(p, j.ptr, j.len); }); } finally { mod._free(j.ptr); }
      }).catch(function (e) {
        console.warn('factsheet: the sources\' passages could not be loaded: ' + e.message);
        mod._fs_passages_failed();
      });
    },
    firstFrame: function () {
      if (document.body.classList.contains('app-failed')) return;  // the simple version stays
      notice.hidden = true;
      document.body.classList.add('app-ready');
      registerOffline();
    }
  };

  // Embedded in another site's page (?embed=1): the rendition alone, which flows in the host
  // page and sizes its iframe; no canvas. This page hands such an address on to its language's
  // embeddable page (es.html?embed=1..., where web/embedded.js reads the options), so app
  // readers never fetch embedded.js.
  if (new URLSearchParams(location.search).get('embed') === '1') {
    if (!INLINE) {
      var params = new URLSearchParams(location.search);
      params.delete('lang');  // the page says it
      location.replace(SHEET_ROOT + lang + '.html?' + params.toString() + location.hash);
    }
    return;
  }
  var mirrorReady = setMirror(lang).catch(function () {});

  // The app starts after the rendition's first paint: creating a WebGL2 context and starting the
  // runtime take the main thread for a while on a slow phone, and the text must not wait for them
  // (a hidden tab has no paint to wait for).
  function afterFirstPaint(fn) {
    if (document.hidden) return fn();
    requestAnimationFrame(function () { setTimeout(fn, 0); });
  }
  afterFirstPaint(function startApp() {
    var gl2 = false;
    try { gl2 = !!document.createElement('canvas').getContext('webgl2'); } catch (e) { gl2 = false; }
    if (typeof WebAssembly !== 'object' || typeof createFactsheet !== 'function') return simpleBecause('wasm');
    if (!gl2) return simpleBecause('webgl');

    Promise.all([
      createFactsheet({
        host: host,
        locateFile: function (name) { return SHEET_ROOT + asset(name); },
        wasmBinary: INLINE ? inlineBytes('factsheet.wasm') : undefined
      }),
      bytes('fonts/NotoSans-Regular.ttf'),
      bytes('fonts/NotoSans-Bold.ttf'),
      loadUi(lang)
    ]).then(function (r) {
      mod = r[0];
      ui = r[3].ui;
      // Open where the reader is: the address's section, else where they scrolled the text to.
      var reg = toHeap(mod, r[1]), bold = toHeap(mod, r[2]), json = toHeap(mod, r[3].buf);
      var sec = cString(mod, sectionFromHash() || mirrorSection());
      var rc = mod._fs_start(reg.ptr, reg.len, bold.ptr, bold.len, json.ptr, json.len, sec.ptr);
      [reg, bold, json, sec].forEach(function (b) { mod._free(b.ptr); });
      if (rc === 1) return showSimple('webgl');
      if (rc !== 0 || !mod._fs_content_ok()) return showSimple('content');
      canvas.focus({ preventScroll: true });
      // Offer the one-file copy where there is one to download (not from the copy itself).
      if (!INLINE && location.protocol !== 'file:') mod._fs_set_can_save_offline(1);
      // Save-Data: the menu says the copy kept for reading without internet is this language's only.
      if (saveData && !INLINE && 'serviceWorker' in navigator) mod._fs_set_offline_one_language(1);
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
      var follow = function () { jump(sectionFromHash()); };
      window.addEventListener('popstate', follow);
      window.addEventListener('hashchange', follow);
      // A screen reader or keyboard moving through the rendition takes the canvas along.
      document.addEventListener('focusin', function (e) {
        var s = e.target.closest && e.target.closest('main section[id]');
        if (s && document.body.classList.contains('app-ready')) jump(s.id);
      });
      // GPU context lost: show the rendition; if the browser restores the context, draw again.
      canvas.addEventListener('webglcontextlost', function (e) {
        e.preventDefault();  // asks the browser to restore it
        mod._fs_gl_lost();
        showSimple('webgl');
      });
      canvas.addEventListener('webglcontextrestored', function () {
        document.body.classList.remove('app-failed');  // the next frame shows the canvas again
        if (!mod._fs_gl_restored()) showSimple('webgl');
      });
    }).catch(function (e) {
      console.warn('factsheet: the interactive version could not start: ' + (e && e.message));
      simpleBecause('content');
    });
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
    lang: function () { return lang; },
    // What the offline copy holds so far (web/sw.js has cached it): language codes, or 'all'.
    offline: function () { return offlineKept.slice(); }
  };
})();
