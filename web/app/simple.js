// simple.js: the simple version, shown with one line saying why when the app cannot run here (no
// WebAssembly, no WebGL2, no content, a lost GPU context); it offers "Remove this sheet from this
// phone" itself (the app's menu is gone).
import { CLASS_APP_FAILED, ID_FALLBACK_NOTICE } from 'factsheet-generated/dom.js';
import { offerRemoval } from '../shared/leave.js';
import { loadUi } from './files.js';
import { handBack, setMirror } from './mirror.js';
import { registerOffline } from './offline.js';
import { listenButtons } from './speech.js';
import { app } from './state.js';

// English lines for when not even the content's own strings could be had.
var FALLBACK = {
  webgl: 'You are seeing the simple version because this browser cannot show WebGL2 graphics.',
  wasm: 'You are seeing the simple version because this browser cannot run WebAssembly.',
  content: 'You are seeing the simple version because the interactive version could not load.'
};

export function showSimple(kind) {
  var notice = document.getElementById(ID_FALLBACK_NOTICE);
  registerOffline().then(function () { offerRemoval(app.ui); });
  // A canvas that was showing hands its place back to the rendition.
  handBack(CLASS_APP_FAILED);
  notice.textContent = (app.ui && app.ui['fallback_notice_' + kind]) || FALLBACK[kind];
  notice.hidden = false;
  listenButtons();
}

export function simpleBecause(kind) {
  setMirror(app.lang).catch(function () {});
  loadUi(app.lang, true).then(function (c) { app.ui = c.ui; }, function () {}).then(function () { showSimple(kind); });
}
