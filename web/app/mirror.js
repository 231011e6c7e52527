// mirror.js: the page's rendition, which is the first paint, the simple version and the accessible
// mirror under the canvas, in the language being read. The app page ships without the sources'
// passages (it paints sooner, and most readers never open them): a source's link to them brings
// the language's full rendition in place, and the reader is at that source. (Without scripts the
// link leads to that page.)
import { CLASS_APP_READY, CLASS_EVIDENCE_LINK, CLASS_EVIDENCE_LIST, ID_SOURCES } from 'factsheet-generated/dom.js';
import * as fs from 'factsheet-generated/app-bridge.js';
import { LANGUAGES } from 'factsheet-generated/languages.js';
import { INLINE, app, pageOf, passagesPage } from './state.js';
import { textOf } from './files.js';
import { listenButtons } from './speech.js';

var mirrorLang = document.documentElement.lang || LANGUAGES[0].code;

// The rendition of language `next`, from its app page (without the sources' passages, as this
// page's: kept offline with that language); `full`: from its passages page, with them, even in
// the same language. The one-file copy holds the passages pages only.
export function setMirror(next, full) {
  if (next === mirrorLang && !full) return Promise.resolve();
  return textOf(full || INLINE ? passagesPage(next) : next + '/').then(function (html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    ['main', 'body > header', 'body > footer', '.skip-link'].forEach(function (sel) {
      var now = document.querySelector(sel), fresh = doc.querySelector(sel);
      if (now && fresh) now.replaceWith(document.importNode(fresh, true));
    });
    document.title = doc.title;
    var desc = document.querySelector('meta[name=description]'), freshDesc = doc.querySelector('meta[name=description]');
    if (desc && freshDesc) desc.content = freshDesc.content;
    // The language links lead to the other languages' app pages.
    document.querySelectorAll('body > header a[hreflang]').forEach(function (a) { a.href = pageOf(a.getAttribute('hreflang')); });
    document.documentElement.lang = next;
    mirrorLang = next;
    listenButtons();
  });
}

// The rendition's places, measured as the canvas measures its own (src/ui/document.h, Place):
// each section's heading (by the section's id) and each block shown, top to bottom, each with
// its top on the page and how far it reaches (to the next one's top; the last, to the end).
function marks() {
  var out = [];
  document.querySelectorAll('main section[id]').forEach(function (s) {
    var heading = s.querySelector(':scope > h2');
    if (heading) out.push({ id: s.id, el: heading });
    s.querySelectorAll(':scope > [id]:not(h2):not(details), :scope > details > [id]').forEach(function (b) {
      // Blocks in closed details are not shown; they are told apart without asking for their
      // boxes, which lays the closed details out anew for each one (tens of ms on a phone).
      var d = b.parentElement;
      if (d.tagName === 'DETAILS' && !d.open && b.tagName !== 'SUMMARY') return;
      if (b.getClientRects().length) out.push({ id: b.id, el: b });
    });
  });
  out.forEach(function (m) { m.y = m.el.getBoundingClientRect().top + scrollY; });
  out.forEach(function (m, i) {
    m.h = (i + 1 < out.length ? out[i + 1].y : document.documentElement.scrollHeight) - m.y;
  });
  return out;
}

// The place at the top of the reader's screen in the rendition, and the sections whose details
// she opened, so the canvas opens where she already is: { id, fraction, open }.
export function mirrorPlace() {
  var place = { id: '', fraction: 0, open: [] };
  marks().forEach(function (m) {
    if (m.y > scrollY) return;
    place.id = m.id;
    place.fraction = m.h > 0 ? Math.min(1, Math.max(0, (scrollY - m.y) / m.h)) : 0;
  });
  document.querySelectorAll('main section[id] > details[open]').forEach(function (d) {
    place.open.push(d.parentElement.id);
  });
  return place;
}

// The canvas hands back (the simple version, a lost context, the browser's translation): it
// stops showing, and the rendition shows the place the canvas was at.
export function handBack(showingClass) {
  var body = document.body;
  var shown = body.classList.contains(CLASS_APP_READY) && app.mod;
  var id = shown ? fs.placeId(app.mod) : '', fraction = shown ? fs.placeFraction(app.mod) : 0;
  body.classList.remove(CLASS_APP_READY);
  body.classList.add(showingClass);
  if (shown) showMirrorAt(id, fraction);
}

// The rendition at a place of the canvas, its details opened when it lies in them.
function showMirrorAt(id, fraction) {
  var el = id && document.getElementById(id);
  if (!el) return;
  var details = el.closest('details');
  if (details) details.open = true;
  marks().forEach(function (m) {
    if (m.id === id) window.scrollTo(0, m.y + fraction * m.h);
  });
}

// The rendition in the language being read, once it is there (the offline copy waits for it).
export var mirror = { ready: Promise.resolve() };
export function startMirror(lang) {
  mirror.ready = setMirror(lang).catch(function () {});
}

function completeMirror() {
  mirror.ready = mirror.ready.then(function () {
    if (!document.querySelector('#' + ID_SOURCES + ' .' + CLASS_EVIDENCE_LIST)) return setMirror(mirrorLang, true);
  });
  return mirror.ready;
}

// A source's link to its passages, followed in the mirror or the simple version: the full
// rendition comes in place, and the focus moves to that source. When that page cannot be had,
// the link is followed.
export function followEvidenceLinks() {
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a.' + CLASS_EVIDENCE_LINK) : null;
    if (!a || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    var id = a.hash.slice(1), href = a.href;
    completeMirror().then(function () {
      var at = document.getElementById(id);
      if (!at) return;
      at.tabIndex = -1;
      at.focus();
    }, function () { mirror.ready = Promise.resolve(); location.href = href; });
  });
}
