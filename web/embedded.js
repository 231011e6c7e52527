// embedded.js: the sheet inside another site's page. Does nothing unless the address has
// ?embed=1. Then the page shows its HTML rendition (no canvas, no wasm), which flows in the host
// page: the host's iframe takes the rendition's full height, announced here by postMessage, so
// there is no scroll area inside the page. Options come from the address and are checked; a bad
// one is ignored with one console warning and never breaks the sheet (README, "Embedding in a
// campaign page"). No storage, no cookies, no request to any other origin.
(function () {
  'use strict';
  //@include options.js
  //@include framing.js
  //@include leave.js
  //@include details.js
  //@include assets.js
  //@include picture-loader.js

  // --- options: the address, checked (web/options.js) ----------------------------------------
  // null unless the address has embed=1. Else { warnings: [[key, text]] (one per key), redirect:
  // the page to hand over to, or null, and the options }. `framing` (web/framing.js: framingSite)
  // says whether another site frames the page and which: the options that add to the sheet
  // (options.js: adds) are taken only then, and `addedBy` is that site's origin as the browser
  // reports it (null: it does not say). Without `framing` the page counts as opened on its own.
  // No DOM: tests/browser/options.test.mjs reaches it through module.exports below.
  function readOptions(search, pageLang, onAppPage, sectionIds, framing) {
    var params = new URLSearchParams(search);
    if (params.get('embed') !== '1') return null;
    var warnings = [], warned = {};
    function warn(key, text) {
      if (warned[key]) return;
      warned[key] = true;
      warnings.push([key, text]);
    }
    var o = { warnings: warnings, redirect: null };

    // Language: en.html and es.html are the embeddable pages. index.html?embed=1 (the app page)
    // and a page asked for the other language hand over to the right one, keeping every other
    // option.
    var asked = params.get('lang');
    if (asked !== null && !passes(RULES.lang, asked)) {
      warn('lang', ignored('lang', asked, RULES.lang.expected));
      asked = null;
    }
    var want = asked || pageLang;
    if (onAppPage || want !== pageLang) {
      params.delete('lang');
      o.redirect = want + '.html?' + params.toString();
      return o;
    }

    // Opened on its own (a shared link, a tab), the page takes nothing that adds to the sheet:
    // one warning each in the console, nothing on the page.
    var framed = !!(framing && framing.framed);
    var adds = {};
    OPTIONS.forEach(function (r) { if (r.adds && r.query) adds[r.query] = true; });
    if (!framed) {
      OPTIONS.forEach(function (r) {
        if (adds[r.query] && params.get(r.query) !== null) warn(r.query, 'ignored ' + r.query + ': ' + NOT_FRAMED);
      });
    }
    var got = checkOptions('query', function (name) {
      return name === 'lang' || (!framed && adds[name]) ? null : params.get(name);
    }, warn);
    function value(key) { return got[key] !== undefined ? got[key] : RULES[key].fallback; }
    if (got.section !== undefined && sectionIds.indexOf(got.section) < 0) {
      warn('section', ignored('section', got.section, RULES.section.expected + ': one of ' + sectionIds.join(', ')));
      delete got.section;
    }
    o.id = value('id');
    // Pym.js gives its child the container's id as childId; its height messages must carry it.
    o.pymId = params.get('childId');
    if (!o.pymId || !/^[A-Za-z0-9_:.-]{1,128}$/.test(o.pymId)) o.pymId = o.id;
    o.hostOrigin = value('origin');
    o.theme = value('theme');
    o.compact = /^(|1|true)$/.test(value('compact'));
    o.accent = value('accent');
    o.section = value('section');
    o.textSize = +value('text');
    o.cta = value('cta');
    o.ctaLabel = value('ctaLabel');
    o.ctaOrg = value('ctaOrg');
    o.helpName = value('helpName');
    o.helpPhone = value('helpPhone');
    o.helpAddress = value('helpAddress');
    o.addedBy = framed && framing.origin ? framing.origin : null;

    o.accentOk = { light: false, dark: false };
    if (o.accent) {
      o.accentOk = accentReads(o.accent);
      var problem = accentProblem('accent', o.accent, o.theme, o.accentOk);
      if (problem) { warn('accent', problem); o.accent = null; }
    }
    return o;
  }

  // The language link's query: every option kept but lang; text and section as they are now.
  function linkQuery(search, textSize, section) {
    var keep = new URLSearchParams(search);
    keep.delete('lang');
    if (textSize !== 100) keep.set('text', String(textSize)); else keep.delete('text');
    if (section) keep.set('section', section); else keep.delete('section');
    return keep.toString();
  }

  // WordPress's embed protocol (its host script, wp-includes/js/wp-embed.js): the host puts a
  // secret in the frame's address, "#?secret=abc" (after any hash of its own), matches our
  // messages to the frame by it, and accepts only letters and digits. null: not embedded so.
  function wpSecret(hash) {
    var m = /[#&?]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash || '');
    return m ? m[1] : null;
  }

  // Under a test (a `module` given to this file's text), hand these over and touch nothing else.
  if (typeof module === 'object' && module && typeof module.exports === 'object') {
    module.exports = { readOptions: readOptions, linkQuery: linkQuery, wpSecret: wpSecret, framingSite: framingSite };
    return;
  }

  var root = document.documentElement;
  var pageLang = root.lang || LANGUAGES[0].code;
  // Words in the page's language, from the data block the build puts in the page
  // (tools/embed_words.py, which knows the keys and fills a missing one in from English).
  var words = {};
  try { words = JSON.parse(document.getElementById('factsheet-embed-words').textContent) || {}; } catch (e) { words = {}; }
  // The pictures (web/picture-loader.js), embedded or not, at the page's text size (the reader's
  // browser setting, or the embed's A-/A+ on the root element).
  function textScale() {
    var px = parseFloat(getComputedStyle(root).fontSize) || 16;
    return Math.min(2, Math.max(1, px / 16));
  }
  var pictures = null, picturesResized = null;
  function startPictures() {
    pictures = watchPictures({ lang: pageLang, words: words, textScale: textScale,
      resized: function () { if (picturesResized) picturesResized(); } });
    // Read-only, for tests: each picture's frames, chosen mark, tap targets and words; null
    // before the runtime runs (or where it never will).
    window.__factsheetPictures = {
      state: function () { return pictures ? pictures.state() : null; },
      work: function () { return pictures ? pictures.work() : []; }
    };
  }

  // A section's details open where a reader is sent into them, and all of them for print.
  followIntoDetails();
  printAllDetails();
  if (new URLSearchParams(location.search).get('embed') !== '1') {
    // The simple page read on its own: "Remove this sheet from this phone" where the app page
    // registered a service worker over it. The words are this page's (tools/embed_words.py).
    if (words.remove_sheet) offerRemoval(words);
    startPictures();
    return;
  }
  var sectionEls = Array.prototype.slice.call(document.querySelectorAll('main > section[id]'))
    .filter(function (s) { return s.id !== 'sources'; });
  var o = readOptions(location.search, pageLang, !!document.getElementById('sheet-canvas'),
    sectionEls.map(function (s) { return s.id; }), framingSite(window, location, document));
  o.warnings.forEach(function (w) { console.warn('factsheet embed: ' + w[1]); });
  if (o.redirect) {
    location.replace(o.redirect + location.hash);   // keeps a WordPress secret
    return;
  }
  root.classList.add('embed');
  var id = o.id, pymId = o.pymId, hostOrigin = o.hostOrigin, theme = o.theme, compact = o.compact;
  var accent = o.accent, accentOk = o.accentOk, section = o.section, textSize = o.textSize;
  var cta = o.cta, ctaLabel = o.ctaLabel, ctaOrg = o.ctaOrg, addedBy = o.addedBy;
  var helpName = o.helpName, helpPhone = o.helpPhone, helpAddress = o.helpAddress;

  // --- theme and accent ---------------------------------------------------------------------
  var dark = matchMedia('(prefers-color-scheme: dark)');
  var hostTheme = null;
  function applyTheme() {
    var t = theme === 'light' || theme === 'dark' ? theme : (theme === 'host' && hostTheme) || (dark.matches ? 'dark' : 'light');
    root.classList.toggle('embed-theme-light', t === 'light');
    root.classList.toggle('embed-theme-dark', t === 'dark');
    if (accent && accentOk[t]) root.style.setProperty('--accent', accent);
    else root.style.removeProperty('--accent');

    if (pictures) pictures.refresh();
  }
  applyTheme();
  dark.addEventListener('change', applyTheme);
  // The host page may tell its theme (theme=host): only its own window, only from its origin,
  // only this message; anything else is ignored.
  window.addEventListener('message', function (e) {
    if (theme !== 'host' || window.parent === window || e.source !== window.parent) return;
    if (hostOrigin && e.origin !== hostOrigin) return;
    var d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'factsheet:theme' || d.version !== 1) return;
    if (d.theme !== 'light' && d.theme !== 'dark') return;
    hostTheme = d.theme;
    applyTheme();
  });

  // In a WordPress post the frame is sandboxed (scripts only: no pop-ups, no leaving the frame)
  // and held between 200 and 1000 px high: the sheet shows one section (the first unless one is
  // chosen) with a link to the whole sheet, and every link that leaves the page is handed to the
  // host as a `link` message (wp-embed.js follows those to the sheet's own site; the sources'
  // addresses stay written out in the list).
  var wp = wpSecret(location.hash);
  if (wp) {
    root.classList.add('embed-wp');
    if (!section && sectionEls.length) section = sectionEls[0].id;
  }
  function wpPost(message, value) {
    if (window.parent === window) return;
    try { window.parent.postMessage({ message: message, value: value, secret: wp }, '*'); } catch (e) { /* gone */ }
  }

  // --- the page: compact, text size, links that leave the sheet, one section ------------------
  if (compact) root.classList.add('embed-compact');
  function setTextSize(pct) {
    textSize = pct;
    root.style.fontSize = pct === 100 ? '' : pct + '%';

    if (pictures) pictures.refresh();
  }
  setTextSize(textSize);
  // Inside a frame, a source or the host's link opens in a new tab (never inside the frame).
  document.querySelectorAll('a[href^="https:"]').forEach(function (a) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  });

  var main = document.querySelector('main');
  var sources = document.getElementById('sources');
  var moreBox = null;
  // One section: that section (and the sources it cites) with a button for the whole sheet.
  // The sources the shown part of a section cites, the others hidden (numbers kept).
  function citedSources(chosen) {
    var cited = {};
    chosen.querySelectorAll('a.cite[href^="#"]').forEach(function (a) {
      if (!a.closest('[hidden]')) cited[a.getAttribute('href').slice(1)] = true;
    });
    if (sources) {
      sources.querySelectorAll('ol > li').forEach(function (li, i) {
        li.value = i + 1;  // keep the numbers the citations show
        li.hidden = !cited[li.id];
      });
    }
  }
  // WordPress holds the frame at 1000 px at most, and it does not scroll: the section's blocks
  // that fit (the first always), with the sources they cite, then the link to the whole sheet.
  // Where even the first block does not fit (a narrow phone, large text), the page scrolls
  // inside the frame rather than lose its end.
  var WP_MAX = 1000;
  function fitWp() {
    var chosen = wp && section && document.getElementById(section);
    if (!chosen) return;
    var body = document.body;
    body.style.removeProperty('height');
    body.style.removeProperty('overflow-y');
    var blocks = Array.prototype.slice.call(chosen.children).filter(function (el) { return !/^H[1-6]$/.test(el.tagName); });
    blocks.forEach(function (b, i) { b.hidden = i > 0; });
    citedSources(chosen);
    for (var i = 1; i < blocks.length; i++) {
      blocks[i].hidden = false;
      citedSources(chosen);
      if (root.getBoundingClientRect().height > WP_MAX) {
        blocks[i].hidden = true;
        citedSources(chosen);
        break;
      }
    }
    var over = root.getBoundingClientRect().height - WP_MAX;
    if (over > 0) {
      body.style.height = Math.max(100, body.getBoundingClientRect().height - over) + 'px';
      body.style.overflowY = 'auto';
    }
  }
  function showOnly(chosen) {
    root.classList.add('embed-one-section');
    sectionEls.forEach(function (s) { s.hidden = s !== chosen; });
    citedSources(chosen);
    moreBox = document.createElement('p');
    moreBox.className = 'embed-more';
    var button;
    if (wp) {
      // The whole sheet does not fit a frame held at 1000 px: it opens in the host's window.
      button = document.createElement('a');
      button.href = pageLang + '/#' + chosen.id;   // the language's own page (README, "One page per language")
    } else {
      button = document.createElement('button');
      button.type = 'button';
      button.addEventListener('click', showAll);
    }
    moreBox.append(button);
    chosen.after(moreBox);
  }
  function showAll() {
    var chosen = document.getElementById(section);
    root.classList.remove('embed-one-section');
    sectionEls.forEach(function (s) { s.hidden = false; });
    if (sources) sources.querySelectorAll('ol > li').forEach(function (li) { li.hidden = false; li.removeAttribute('value'); });
    if (moreBox) moreBox.remove();
    moreBox = null;
    section = null;
    updateLinks();
    // Keyboard and screen-reader users go on where they were: the next section.
    var next = chosen && chosen.nextElementSibling;
    var heading = next && next.querySelector('h2');
    if (heading) { heading.tabIndex = -1; heading.focus({ preventScroll: true }); }
  }
  if (section) showOnly(document.getElementById(section));

  // --- the embed's own bar: language (keeping the options), text size, open in a new tab -----
  var bar = document.createElement('div');
  bar.className = 'embed-bar';
  var others = LANGUAGES.filter(function (l) { return l.code !== pageLang; });
  var other = others[0].code;
  var headerLink = document.querySelector('body > header a[hreflang]');
  var langLink = document.createElement('a');
  langLink.className = 'embed-lang';
  langLink.hreflang = other;
  langLink.lang = other;
  langLink.textContent = headerLink ? headerLink.textContent : others[0].name;
  var sizes = document.createElement('span');
  sizes.className = 'embed-text-size';
  sizes.setAttribute('role', 'group');
  var smaller = document.createElement('button'), larger = document.createElement('button');
  smaller.type = larger.type = 'button';
  smaller.textContent = 'A\u2212';
  larger.textContent = 'A+';
  sizes.append(smaller, larger);
  var full = document.createElement('a');
  full.className = 'embed-full';
  full.target = '_blank';
  full.rel = 'noopener noreferrer';
  bar.append(langLink, sizes, full);
  document.body.prepend(bar);

  if (wp) full.hidden = true;   // the link under the section does it, in the host's window
  function updateLinks() {
    // The other language keeps WordPress's secret, so the host still hears the frame.
    langLink.href = other + '.html?' + linkQuery(location.search, textSize, section) + (wp ? '#?secret=' + wp : '');
    full.href = pageLang + '/' + (section ? '#' + section : '');
    smaller.disabled = textSize <= 100;
    larger.disabled = textSize >= 200;
  }
  function step(by) {
    setTextSize(Math.min(200, Math.max(100, textSize + by)));
    updateLinks();
    fitWp();
  }
  smaller.addEventListener('click', function () { step(-25); });
  larger.addEventListener('click', function () { step(25); });
  updateLinks();

  // --- what the embedding site adds, in its own box, named by its address ----------------
  // First the site as the browser reports it (never as an option names it), then the
  // organisation's own words; a link shows where it goes.
  function addedBox(id) {
    var box = document.createElement('aside');
    box.className = 'embed-added ' + id;
    box.id = id;
    var by = document.createElement('p');
    by.className = 'embed-added-by';
    by.id = id + '-by';
    box.setAttribute('aria-labelledby', by.id);
    box.append(by);
    return box;
  }
  function addedByText() {
    return addedBy ? String(word('embed_added_by')).replace('{site}', siteName(addedBy)) : word('embed_added_by_unknown');
  }
  var ctaBox = null;
  if (cta) {
    ctaBox = addedBox('embed-cta');
    var link = document.createElement('a');
    link.href = cta;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = ctaLabel.trim();
    var where = document.createElement('span');
    where.className = 'embed-added-where';
    where.textContent = ' (' + new URL(cta).host + ')';
    var p = document.createElement('p');
    if (ctaOrg) {
      var org = document.createElement('span');
      org.className = 'embed-added-org';
      org.textContent = ctaOrg.trim() + ': ';
      p.append(org);
    }
    p.append(link, where);
    ctaBox.append(p);
    if (sources) sources.before(ctaBox); else main.append(ctaBox);
  }
  // Local help: in the practical section, right after its key points, where a reader who needs
  // help looks; the number dials (a tel: link), the address is written out.
  var helpBox = null;
  var practical = document.querySelector('main > section[data-kind="practical"]');
  if (helpName && practical) {
    helpBox = addedBox('embed-help');
    var heading = document.createElement('h3');
    heading.className = 'embed-added-org';
    heading.textContent = helpName.trim();
    helpBox.append(heading);
    if (helpPhone) {
      var call = document.createElement('a');
      call.className = 'tel';
      call.href = telUrl(helpPhone);
      call.textContent = helpPhone;
      var line = document.createElement('p');
      line.append(call);
      helpBox.append(line);
    }
    if (helpAddress) {
      var addr = document.createElement('p');
      addr.className = 'embed-help-address';
      addr.textContent = helpAddress.trim();
      helpBox.append(addr);
    }
    var points = practical.querySelector(':scope > .key-points');
    if (points) points.after(helpBox); else practical.querySelector('h2').after(helpBox);
  }

  function word(k) { return typeof words[k] === 'string' ? words[k] : ''; }
  function label() {
    smaller.setAttribute('aria-label', word('text_smaller'));
    larger.setAttribute('aria-label', word('text_larger'));
    smaller.title = word('text_smaller');
    larger.title = word('text_larger');
    sizes.setAttribute('aria-label', word('embed_text_size'));
    full.textContent = word('embed_open_full');
    if (moreBox) moreBox.firstChild.textContent = word('embed_show_all');
    if (ctaBox) ctaBox.firstChild.textContent = addedByText();
    if (helpBox) {
      helpBox.firstChild.textContent = addedByText();
      var tel = helpBox.querySelector('a.tel');
      if (tel) tel.setAttribute('aria-label', String(word('call')).replace('{phone}', helpPhone));
    }
  }
  label();
  fitWp();   // now that the bar, the call to action and every word are in
  picturesResized = fitWp;   // a picture drawn in place of its table changes what fits
  startPictures();

  // --- height: to the host, in our message and in the forms other embeds' resizers know ------
  var target = hostOrigin || '*';   // a height is no secret; with origin= only that host hears it
  var sent = -1, queued = false;
  function send() {
    queued = false;
    if (window.parent === window) return;
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h === sent || h <= 0) return;
    sent = h;
    if (wp) wpPost('height', h);
    var dw = {};
    dw[id] = h;
    var messages = [
      { type: 'factsheet:height', version: 1, id: id, height: h },
      { 'datawrapper-height': dw },                             // Datawrapper's responsive embeds
      'pym' + 'xPYMx' + pymId + 'xPYMx' + 'height' + 'xPYMx' + h, // Pym.js (NPR)
      { sentinel: 'amp', type: 'embed-size', height: h }        // AMP's amp-iframe resizable
    ];
    messages.forEach(function (m) {
      try { window.parent.postMessage(m, target); } catch (e) { /* a parent that went away */ }
    });
  }
  function later() {
    if (queued) return;
    queued = true;
    setTimeout(send, 0);   // not requestAnimationFrame: it waits while the frame is off screen
  }
  later();
  window.addEventListener('load', later);
  window.addEventListener('resize', later);
  if (document.fonts) {
    document.fonts.ready.then(later);
    document.fonts.addEventListener('loadingdone', later);
  }
  if (typeof ResizeObserver === 'function') new ResizeObserver(later).observe(document.body);

  if (wp) {
    // The fonts and the frame's width change what fits.
    if (document.fonts) document.fonts.ready.then(function () { fitWp(); later(); });
    var fitWidth = window.innerWidth;
    window.addEventListener('resize', function () {
      if (window.innerWidth === fitWidth) return;   // WordPress setting our height is no reason
      fitWidth = window.innerWidth;
      fitWp();
    });
    // wp-embed.js says `ready` once it listens (the frame may have spoken before): say it again.
    window.addEventListener('message', function (e) {
      var d = e.data;
      if (e.source !== window.parent || !d || typeof d !== 'object' || d.message !== 'ready' || d.secret !== wp) return;
      sent = -1;
      later();
    });
    // A link that leaves this page goes to the host (a sandboxed frame may not open a tab).
    document.addEventListener('click', function (e) {
      var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
      if (!a || e.defaultPrevented) return;
      var to;
      try { to = new URL(a.getAttribute('href'), location.href); } catch (err) { return; }
      if (!/^https?:$/.test(to.protocol)) return;
      var here = location.href.split('#')[0];
      if (to.href.split('#')[0] === here) return;   // a citation or a heading on this page
      if (a === langLink) return;                   // the other language, in this frame
      e.preventDefault();
      wpPost('link', to.href);
    });
  }
})();
