// lead.js: the canvas starts from its content file's lead (every section's key points and main
// picture, not its details; inside the page, else content/<lang>.lead.json) and takes the
// whole sheet once its first frame is up, the details coming in under the reader
// (App::set_details). The rendition holds every detail meanwhile. A reader who has opened some,
// or whose place or address is in them, gets the whole sheet at the start instead (a first frame
// a moment later, on the first paint she is reading).
import * as fs from 'factsheet-generated/app-bridge.js';
import { loadUi } from './files.js';
import { INLINE, app } from './state.js';

function inDetails(id) {
  var el = id && document.getElementById(id);
  return !!(el && el.closest('details'));
}

// Whether the canvas must start with the details: the place it takes over (mirror.js,
// mirrorPlace) or the address's section lies in them, or the reader opened some. The one-file
// copy holds the whole sheet already.
export function startsWhole(place, section) {
  return !!INLINE || place.open.length > 0 || inDetails(place.id) || inDetails(section);
}

// The language's file for the start: its lead, or the whole sheet.
export function startFile(lang, whole) { return loadUi(lang, !whole); }

var waiting = 0;

// After the first frame: the whole sheet for the lead the canvas shows; tried again, a little
// later each time and when the phone is back online, until it arrives (the canvas says
// "Loading" in details opened meanwhile).
export function takeWhole() {
  var mod = app.mod, lang = app.lang;
  if (!mod || !fs.detailsLater(mod)) return;
  loadUi(lang).then(function (r) {
    if (app.lang === lang) fs.setDetails(mod, r.buf);  // a language switch brought a whole sheet
  }).catch(function (e) {
    console.warn('factsheet: the details could not be loaded: ' + e.message);
    waiting = Math.min(60000, (waiting || 1000) * 2);
    var again = function () { window.removeEventListener('online', again); clearTimeout(timer); takeWhole(); };
    var timer = setTimeout(again, waiting);
    window.addEventListener('online', again);
  });
}
