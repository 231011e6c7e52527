// share.js: Share hands the sheet's address (the language's page, at the reader's section) to the
// phone's share sheet, else copies it; a short message says what happened.
import { notify as notifyApp } from 'factsheet-generated/app-bridge.js';
import { addressFor } from './address.js';
import { app } from './state.js';

export function notify(key) {
  if (app.mod) notifyApp(app.mod, key);
}

export function share(section) {
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
