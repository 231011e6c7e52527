// host.js: what the wasm asks of the page: one function per host call of the app's bridge
// (src/platform/bridge.json; the generated factsheet-generated/app-host.js imports each by name,
// so one missing here stops the build): open a source or dial a number, switch language in place,
// note the section in the address and say it, share, leave, save the one-file copy, fetch the
// sources' passages, print, and hear of the first frame (then the details, app/lead.js).
import { CLASS_APP_FAILED, CLASS_APP_READY, ID_FALLBACK_NOTICE, ID_LIVE } from 'factsheet-generated/dom.js';
import { passagesFailed, setContent, setPassages } from 'factsheet-generated/app-bridge.js';
import { SHEET_ROOT } from '../shared/assets.js';
import { addressFor, sectionFromHash, setAddress } from './address.js';
import { bytes, loadUi } from './files.js';
import { printSheet } from './handout.js';
import { setMirror } from './mirror.js';
import { takeWhole } from './lead.js';
import { keepLanguage, registerOffline } from './offline.js';
import { canvasMayShow } from './translated.js';
import { listenButtons, listenTo, stopListening } from './speech.js';
import { LANGS, app, fill } from './state.js';

export { exitNow, removeFromPhone } from '../shared/leave.js';
export { share } from './share.js';

export function openUrl(url) {
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
}

export function print(keyPointsOnly, address, qrSvg) { printSheet(keyPointsOnly, address, qrSvg, app.ui); }

// The other language is swapped in on this page (the app keeps running: no second start of the
// wasm on a slow phone), and the address becomes that language's page (es/#section), so a
// reload, a bookmark or a shared address opens there.
export function requestLanguage(next) {
  if (LANGS.indexOf(next) < 0) return;
  stopListening();   // the voice of one language does not go on over another's text
  Promise.all([loadUi(next), setMirror(next)]).then(function (r) {
    app.lang = next;
    app.ui = r[0].ui;
    listenButtons();
    setContent(app.mod, r[0].buf, '');
    setAddress(sectionFromHash(), false);
    // The offline copy holds the languages read (with Save-Data, only those); this one now too.
    keepLanguage(next);
  }).catch(function (e) { console.warn('factsheet: language switch failed: ' + e.message); });
}

// The canvas's Listen: that section, read aloud (speech.js).
export function listen(section) { listenTo(section); }

export function sectionChanged(id, title, jumped) {
  setAddress(id, jumped);
  // Screen readers hear where the sheet now is (the canvas itself is hidden from them).
  if (app.ui && title) announce(fill(app.ui.section_announce, 'title', title));
}

// The address Share passes on (the QR code shows it).
export function address(section) { return addressFor(section).href; }

export function announce(text) { document.getElementById(ID_LIVE).textContent = text; }

// "Save for offline": the one-file copy, as a download.
export function saveOffline() {
  var a = document.createElement('a');
  a.href = SHEET_ROOT + 'factsheet-offline.html';
  a.download = 'factsheet-offline.html';
  document.body.append(a);
  a.click();
  a.remove();
}

// The sources' passages, asked the first time a source's card shows (the content file comes
// without them: README, "Bytes of a first visit"); the card says "Loading" meanwhile.
export function requestPassages(l) {
  var mod = app.mod;
  if (LANGS.indexOf(l) < 0) return passagesFailed(mod);
  bytes('passages/' + l + '.json').then(function (buf) { setPassages(mod, l, buf); }).catch(function (e) {
    console.warn('factsheet: the sources\' passages could not be loaded: ' + e.message);
    passagesFailed(mod);
  });
}

export function firstFrame() {
  if (document.body.classList.contains(CLASS_APP_FAILED)) return;  // the simple version stays
  // The details, after a start from the lead (lead.js), once this frame is on the screen.
  setTimeout(takeWhole, 0);
  if (!canvasMayShow()) return;  // the browser is translating the rendition (translated.js)
  document.getElementById(ID_FALLBACK_NOTICE).hidden = true;
  document.body.classList.add(CLASS_APP_READY);
  registerOffline();
}
