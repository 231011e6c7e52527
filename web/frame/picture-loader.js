// picture-loader.js: when to fetch the picture runtime (pictures/pictures.js, README "Pictures in
// the embedded sheet"), for the simple and embedded pages. Nothing is fetched until a picture
// comes within about one screen of view (a reader who never scrolls to one downloads no wasm),
// and nothing at all without WebAssembly or WebGL2, with Save-Data on, or in print: the tables and
// lists the page already has stay.
import { CLASS_CHART, CLASS_DIAGRAM, CLASS_TIMELINE, PREFIX_SOURCE } from 'factsheet-generated/dom.js';
import { THEMES } from 'factsheet-generated/palette.js';
import { asset } from '../shared/assets.js';
import { longHex } from '../shared/contrast.js';

// page: { lang, words, theme() -> { name (palette.json's), accent ('#rrggbb' or null: the theme's
// own) }, textScale(), resized(), asset(name) (optional: a page below the site's root gives the
// way up) }; returns { refresh(), state(), work(), glyphs() } or null.
export function watchPictures(page) {
  var figures = Array.prototype.slice.call(document.querySelectorAll([CLASS_CHART, CLASS_DIAGRAM, CLASS_TIMELINE].map(function (c) { return 'main figure.' + c + '[id]'; }).join(', ')));
  var conn = navigator.connection;
  if (!figures.length || typeof WebAssembly !== 'object' || typeof WebGL2RenderingContext !== 'function' ||
      typeof IntersectionObserver !== 'function' || (conn && conn.saveData) || matchMedia('print').matches) return null;
  var api = null, started = false;
  var at = page.asset || asset;

  // The page's theme (whatever chose it: the reader's system, the embed's theme option, the
  // host's message) as the runtime takes it: its index in the palette, and the embedder's accent.
  function theme() {
    var t = page.theme();
    var accent = t.accent ? longHex(t.accent) : '';
    return [Math.max(0, THEMES.indexOf(t.name)), /^#[0-9a-f]{6}$/.test(accent) ? parseInt(accent.slice(1), 16) : -1];
  }

  var live = null;
  function announce(text) {
    if (!live) {
      live = document.createElement('div');
      live.className = 'visually-hidden';
      live.setAttribute('aria-live', 'polite');
      (document.querySelector('main') || document.body).append(live);
    }
    live.textContent = '';
    setTimeout(function () { live.textContent = text; }, 50);   // the same words twice are still said
  }
  // A citation tapped in a picture's panel: that source in the page's list.
  function openSource(id) {
    var li = document.getElementById(PREFIX_SOURCE + id);
    if (!li) return;
    li.tabIndex = -1;
    li.scrollIntoView({ block: 'center' });
    li.focus({ preventScroll: true });
  }

  function load() {
    var s = document.createElement('script');
    s.src = at('factsheet-pictures.js');
    s.onload = function () {
      if (typeof window.factsheetPictures !== 'function') return;
      window.factsheetPictures({
        figures: figures, asset: at, lang: page.lang, words: page.words, theme: theme, textScale: page.textScale,
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches, announce: announce, openSource: openSource,
        resized: page.resized
      }).then(function (a) { api = a; }, function () { /* the tables stay */ });
    };
    document.head.append(s);
  }

  // "Near": the figure itself, or a tall, thin, invisible mark a screen above and below its top
  // and its bottom (the observer's rootMargin would do, but it is ignored inside another site's
  // frame).
  var near = screen.height > 0 ? Math.max(600, Math.round(screen.height)) : 800;
  var marks = [];
  figures.forEach(function (fig) {
    ['before', 'after'].forEach(function (where) {
      var box = document.createElement('div');
      box.className = 'picture-near';
      box.setAttribute('aria-hidden', 'true');
      var mark = document.createElement('span');
      mark.style.setProperty('--near', near + 'px');
      box.append(mark);
      fig[where](box);
      marks.push(mark);
    });
  });
  var watch = new IntersectionObserver(function (entries) {
    if (started || !entries.some(function (e) { return e.isIntersecting; })) return;
    started = true;
    watch.disconnect();
    marks.forEach(function (m) { m.parentNode.remove(); });
    load();
  });
  marks.concat(figures).forEach(function (el) { watch.observe(el); });

  var dark = matchMedia('(prefers-color-scheme: dark)');
  function refresh() { if (api) api.refresh(); }
  dark.addEventListener('change', refresh);
  return {
    refresh: refresh,
    state: function () { return api ? api.state() : null; },
    work: function () { return api ? api.work() : []; },
    glyphs: function () { return api ? api.glyphs() : null; }
  };
}
