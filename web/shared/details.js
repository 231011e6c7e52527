// details.js: a section's details (<details class="details">, src/html/html.cpp) open where a
// reader is sent into them: the address's #block, a citation's or a passage's link to a place in
// them, and for printing the whole sheet; a source's passages where a reader is sent to it. For
// the app page's mirror and the simple pages.
import { CLASS_DETAILS, CLASS_EVIDENCE_LIST, CLASS_PRINT_KEY_POINTS } from 'factsheet-generated/dom.js';

var DETAILS = 'details.' + CLASS_DETAILS;   // a section's details (src/html/html.cpp)

// Opens the closed details around an element; true when it opened any.
export function openDetailsAround(el) {
  var opened = false;
  for (var d = el && el.closest ? el.closest(DETAILS) : null; d; d = d.parentElement && d.parentElement.closest(DETAILS)) {
    if (!d.open) { d.open = true; opened = true; }
  }
  return opened;
}

// The element an in-page address names ("#smart-foia"), or null.
function targetOf(hash) {
  var id;
  try { id = decodeURIComponent(String(hash || '').slice(1)); } catch (e) { return null; }
  return id ? document.getElementById(id) : null;
}

// Opens what the address points into now and whenever it changes, and for a link on the page
// to a place inside closed details (the link is then followed as usual).
export function followIntoDetails() {
  function reveal(el) {
    // A source's passages (the passages page) open where a reader is sent to that source.
    var passages = el && el.querySelector ? el.querySelector(':scope > details.' + CLASS_EVIDENCE_LIST) : null;
    if (passages) passages.open = true;
    if (el && openDetailsAround(el)) el.scrollIntoView();
  }
  reveal(targetOf(location.hash));
  window.addEventListener('hashchange', function () { reveal(targetOf(location.hash)); });
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href^="#"]') : null;
    if (a) openDetailsAround(targetOf(a.getAttribute('href')));
  }, true);
}

// Printing the whole sheet prints every detail: opened before, closed again after.
export function printAllDetails() {
  var reopened = [];
  window.addEventListener('beforeprint', function () {
    if (document.documentElement.classList.contains(CLASS_PRINT_KEY_POINTS)) return;
    document.querySelectorAll(DETAILS + ':not([open])').forEach(function (d) { d.open = true; reopened.push(d); });
  });
  window.addEventListener('afterprint', function () {
    reopened.forEach(function (d) { d.open = false; });
    reopened = [];
  });
}
