// embed.js: puts the fact sheet into another site's page (a campaign page), in place of an
// ordinary link to it, or in place of this script. Load it from the sheet's own site:
//
//   <a class="factsheet-embed" href="https://SHEET/es.html#smartlink" data-theme="host">…</a>
//   <script src="https://SHEET/embed.js" async></script>
//
// Each link (or the script itself, when it carries data-* options) becomes an iframe once it
// comes near the screen. The iframe takes the sheet's full content height, which the sheet
// announces by postMessage; only messages from that iframe's window, from the sheet's origin,
// in the expected shape, are used. Bad options are ignored with one console warning each.
// Nothing else on the host page is touched: no styles, no other elements, one global
// (window.FactsheetEmbed: setTheme() for hosts with a theme switch). README: "Embedding in a
// campaign page".
import { LANGUAGES } from 'factsheet-generated/languages.js';
import { LANG_CODES, OPTIONS, RULES, checkOptions, passes, quoted } from '../shared/options.js';

(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base;
  try { base = new URL('./', script.src); } catch (e) { return; }
  if (!/^https?:$/.test(base.protocol)) return;

  var api = window.FactsheetEmbed;
  if (!api || api.version !== 1) {
    api = makeApi();
    try { Object.defineProperty(window, 'FactsheetEmbed', { value: api }); } catch (e) { return; }
  }
  api._claim(script, base.href);

  function makeApi() {
    var LANG_PAGE = new RegExp('/(' + LANG_CODES.join('|') + ')\\.html$');
    var ATTRIBUTES = OPTIONS.filter(function (r) { return r.attr; }).map(function (r) { return r.attr; });
    function frameTitle(lang) {
      return LANGUAGES.filter(function (l) { return l.code === lang; })[0].frame_title;
    }
    var frames = [];          // { iframe, origin, id, theme, hostTheme }
    var claimed = typeof WeakSet === 'function' ? new WeakSet() : null;
    var count = 0;
    var hostTheme = null;     // set by FactsheetEmbed.setTheme()
    var darkHost = window.matchMedia ? matchMedia('(prefers-color-scheme: dark)') : null;

    function warn(text) { console.warn('factsheet embed: ' + text); }

    // The options of one embed: its data-* attributes, checked (shared/options.js); the link's
    // address gives the language (en.html / es.html) and the section (#smartlink) when no
    // attribute does.
    function optionsOf(el, href) {
      var o = checkOptions('attr', function (name) { return el.getAttribute(name); }, function (name, text) { warn(text); });
      if (href) {
        var m = LANG_PAGE.exec(href.pathname);
        if (!o.lang && m) o.lang = m[1];
        var hash = href.hash.slice(1);
        if (!o.section && hash && passes(RULES.section, hash)) o.section = hash;
      }
      return o;
    }

    function sheetUrl(baseHref, o, id) {
      var q = new URLSearchParams();
      q.set('embed', '1');
      q.set('id', id);
      if (/^https?:$/.test(location.protocol)) q.set('origin', location.origin);
      if (o.section) q.set('section', o.section);
      if (o.theme) q.set('theme', o.theme);
      if (o.compact !== undefined && o.compact !== 'false' && o.compact !== '0') q.set('compact', '1');
      if (o.accent) q.set('accent', o.accent);
      if (o.cta) { q.set('cta', o.cta); q.set('cta_label', o.ctaLabel.trim()); }
      if (o.ctaOrg) q.set('cta_org', o.ctaOrg.trim());
      if (o.helpName) {
        q.set('help_name', o.helpName.trim());
        if (o.helpPhone) q.set('help_phone', o.helpPhone);
        if (o.helpAddress) q.set('help_address', o.helpAddress.trim());
      }
      return new URL((o.lang || LANG_CODES[0]) + '.html?' + q.toString(), baseHref).href;
    }

    function themeFor(f) {
      return hostTheme || f.hostTheme || (darkHost && darkHost.matches ? 'dark' : 'light');
    }
    function tellTheme(f) {
      if (f.theme !== 'host' || !f.iframe.contentWindow) return;
      f.iframe.contentWindow.postMessage({ type: 'factsheet:theme', version: 1, theme: themeFor(f) }, f.origin);
    }

    // The link becomes the iframe (the link stays as long as the iframe has not come).
    function upgrade(link, baseHref, o) {
      var id = 'factsheet-' + (++count);
      var iframe = document.createElement('iframe');
      iframe.className = 'factsheet-embed-frame';
      iframe.src = sheetUrl(baseHref, o, id);
      iframe.title = o.title || frameTitle(o.lang || LANG_CODES[0]);
      iframe.setAttribute('loading', 'lazy');
      iframe.setAttribute('referrerpolicy', 'no-referrer');
      iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
      iframe.setAttribute('width', '100%');
      // Set through the DOM (which a strict style-src allows), not as a style attribute.
      iframe.style.display = 'block';
      iframe.style.width = '100%';
      iframe.style.border = '0';
      iframe.style.height = '600px';   // until the sheet tells its height
      var f = { iframe: iframe, origin: new URL(baseHref).origin, id: id, theme: o.theme, hostTheme: o.hostTheme || null };
      frames.push(f);
      iframe.addEventListener('load', function () { tellTheme(f); });
      link.replaceWith(iframe);
    }

    function whenNear(link, fn) {
      if (typeof IntersectionObserver !== 'function') { fn(); return; }
      var io = new IntersectionObserver(function (entries) {
        if (!entries.some(function (e) { return e.isIntersecting; })) return;
        io.disconnect();
        fn();
      }, { rootMargin: '600px 0px' });
      io.observe(link);
    }

    function take(link, baseHref, options) {
      if (claimed) { if (claimed.has(link)) return; claimed.add(link); }
      whenNear(link, function () { upgrade(link, baseHref, options); });
    }

    window.addEventListener('message', function (e) {
      var d = e.data;
      if (!d || typeof d !== 'object' || d.type !== 'factsheet:height' || d.version !== 1) return;
      if (typeof d.id !== 'string' || typeof d.height !== 'number' || !isFinite(d.height)) return;
      for (var i = 0; i < frames.length; i++) {
        var f = frames[i];
        if (e.source !== f.iframe.contentWindow || e.origin !== f.origin || d.id !== f.id) continue;
        // Bounded against absurd values; the whole sheet at 200% text on a 320 px column is
        // over a hundred thousand px, so the bound leaves room for it to grow.
        f.iframe.style.height = Math.round(Math.min(1000000, Math.max(100, d.height))) + 'px';
        return;
      }
    });
    if (darkHost && darkHost.addEventListener) {
      darkHost.addEventListener('change', function () { frames.forEach(tellTheme); });
    }

    return Object.freeze({
      version: 1,
      // For hosts with their own light/dark switch: tells every sheet embedded with
      // data-theme="host" (overrides data-host-theme).
      setTheme: function (theme) {
        if (theme !== 'light' && theme !== 'dark') { warn('setTheme: expected light or dark, got ' + quoted(theme)); return; }
        hostTheme = theme;
        frames.forEach(tellTheme);
      },
      _claim: function (me, baseHref) {
        function sheetLink(a) {
          try { return new URL(a.href).href.indexOf(baseHref) === 0; } catch (e) { return false; }
        }
        function links() {
          var list = Array.prototype.filter.call(document.querySelectorAll('a.factsheet-embed[href]'), sheetLink);
          list.forEach(function (a) { take(a, baseHref, optionsOf(a, new URL(a.href))); });
          return list.length;
        }
        var own = ATTRIBUTES.some(function (name) { return me.hasAttribute(name); });
        if (own) {
          // The one-line form: an ordinary link in place of this script, then the iframe.
          var o = optionsOf(me, null);
          var a = document.createElement('a');
          a.className = 'factsheet-embed';
          a.href = new URL((o.lang || LANG_CODES[0]) + '.html' + (o.section ? '#' + o.section : ''), baseHref).href;
          a.textContent = o.title || frameTitle(o.lang || LANG_CODES[0]);
          me.after(a);
          if (claimed) claimed.add(a);
          whenNear(a, function () { upgrade(a, baseHref, o); });
        }
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', links, { once: true });
        else links();
      }
    });
  }
})();
