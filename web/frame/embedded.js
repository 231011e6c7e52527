// embedded.js: the simple pages (en.html, en-passages.html): their pictures and their details,
// and, with ?embed=1, the sheet inside another site's page. Then the page shows its HTML rendition (no
// canvas, no wasm), which flows in the host page: the host's iframe takes the rendition's full
// height, announced by postMessage, so there is no scroll area inside the page. Options come from
// the address and are checked (read-options.js); a bad one is ignored with one console warning
// and never breaks the sheet (README, "Embedding in a campaign page"). No storage, no cookies, no
// request to any other origin.
import { CLASS_EVIDENCE_LINK, ID_CANVAS, ID_EMBED_WORDS, ID_SOURCES } from 'factsheet-generated/dom.js';
import { LANGUAGES } from 'factsheet-generated/languages.js';
import { followIntoDetails, printAllDetails } from '../shared/details.js';
import { offerRemoval } from '../shared/leave.js';
import { publish } from '../shared/readouts.js';
import { addedContent } from './added.js';
import { makeBar } from './bar.js';
import { framingSite } from './framing.js';
import { announceHeight } from './height.js';
import { watchPictures } from './picture-loader.js';
import { readOptions, wpSecret } from './read-options.js';
import { fitWordPress, showOnly } from './sections.js';
import { startTheme } from './theme.js';
import { addListenButtons, makeListener } from '../shared/listen.js';
import { browserTextScale } from '../shared/text-scale.js';
import { speakWordPress, wpPoster } from './wordpress.js';

(function () {
  'use strict';
  var root = document.documentElement;
  var lang = root.lang || LANGUAGES[0].code;
  // Words in the page's language, from the data block the build puts in the page (the site
  // build, which knows the keys; the checker requires every language to have them).
  var words = {};
  try { words = JSON.parse(document.getElementById(ID_EMBED_WORDS).textContent) || {}; } catch (e) { words = {}; }
  function word(k) { return typeof words[k] === 'string' ? words[k] : ''; }

  // The pictures (picture-loader.js), embedded or not, in the page's theme (`theme()`) and at its
  // text size: the reader's browser setting times the embed's A-/A+ (`textSize`, a percentage).
  var pictures = null, picturesResized = null;
  var browserScale = browserTextScale();   // before A-/A+ set the page's own
  function startPictures(theme, textSize) {
    pictures = watchPictures({ lang: lang, words: words, theme: theme,
      textScale: function () { return browserScale * textSize() / 100; },
      resized: function () { if (picturesResized) picturesResized(); } });
    // For tests: each picture's frames, chosen mark, tap targets and words; null before the
    // runtime runs (or where it never will).
    publish('__factsheetPictures', {
      state: function () { return pictures ? pictures.state() : null; },
      work: function () { return pictures ? pictures.work() : []; },
      glyphs: function () { return pictures ? pictures.glyphs() : null; }
    });
  }

  // A section's details open where a reader is sent into them, and all of them for print.
  followIntoDetails();
  printAllDetails();
  // Listen under each section's heading, where the browser can speak (shared/listen.js).
  function offerListening() {
    addListenButtons(makeListener({ lang: function () { return lang; }, words: function () { return words; },
      reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches }), function () { return words; });
  }
  if (new URLSearchParams(location.search).get('embed') !== '1') {
    offerListening();
    // The simple page read on its own: "Remove this sheet from this phone" where the app page
    // registered a service worker over it.
    if (words.remove_sheet) offerRemoval(words);
    var dark = matchMedia('(prefers-color-scheme: dark)');
    startPictures(function () { return { name: dark.matches ? 'dark' : 'light', accent: null }; }, function () { return 100; });
    return;
  }

  var sectionEls = Array.prototype.slice.call(document.querySelectorAll('main > section[id]'))
    .filter(function (s) { return s.id !== ID_SOURCES; });
  var o = readOptions(location.search, lang, !!document.getElementById(ID_CANVAS),
    sectionEls.map(function (s) { return s.id; }), framingSite(window, location, document));
  o.warnings.forEach(function (w) { console.warn('factsheet embed: ' + w[1]); });
  if (o.redirect) {
    location.replace(o.redirect + location.hash);   // keeps a WordPress secret
    return;
  }
  root.classList.add('embed');

  // What the parts of the embedded sheet share: the page, its options, and what the reader
  // changes (the text size, the section shown).
  var wp = wpSecret(location.hash);
  var bar = null;
  var page = {
    root: root, lang: lang, o: o, sectionEls: sectionEls, main: document.querySelector('main'),
    sources: document.getElementById(ID_SOURCES), moreBox: null,
    section: o.section, textSize: o.textSize, wp: wp, wpPost: wpPoster(wp),
    changed: function () { if (pictures) pictures.refresh(); },
    linksChanged: function () { if (bar) bar.update(); },
    setTextSize: function (pct) {
      page.textSize = pct;
      root.style.fontSize = pct === 100 ? '' : pct + '%';
      page.changed();
      fitWordPress(page);
    }
  };

  startTheme(page);
  // Not in a WordPress post's small frame: its one section leads to the whole sheet, which has it.
  if (!wp) offerListening();
  // In a WordPress post: one section (the first unless one is chosen) with a link to the whole
  // sheet in the host's window.
  if (wp) {
    root.classList.add('embed-wp');
    if (!page.section && sectionEls.length) page.section = sectionEls[0].id;
  }
  if (o.compact) root.classList.add('embed-compact');
  root.style.fontSize = page.textSize === 100 ? '' : page.textSize + '%';
  // Inside a frame, a source, its passages (the passages page) or the host's link opens in a new
  // tab (never inside the frame).
  document.querySelectorAll('a[href^="https:"], a.' + CLASS_EVIDENCE_LINK).forEach(function (a) {
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  });
  if (page.section) showOnly(page, document.getElementById(page.section));
  bar = makeBar(page);
  var added = addedContent(page);
  bar.label(word);
  added.label(word);
  if (page.moreBox) page.moreBox.firstChild.textContent = word('embed_show_all');
  fitWordPress(page);   // now that the bar, what the host adds and every word are in
  picturesResized = function () { fitWordPress(page); };   // a picture in place of its table changes what fits
  startPictures(function () { return page.theme; }, function () { return page.textSize; });
  var later = announceHeight(page);
  if (wp) speakWordPress(page, later);
})();
