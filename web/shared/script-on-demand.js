// script-on-demand.js: a script of the site's fetched the first time a reader needs it, which
// hands what it offers to a global (listen/reader.js: window.factsheetReader;
// app/translated-pictures.js: window.factsheetPictureLoader). Few readers need them, and every
// first visit would carry them. The one-file copy has them inline: the global is already there.
import { SHEET_ROOT, asset } from './assets.js';

var loading = {};

export function scriptOnDemand(file, global) {
  if (window[global]) return Promise.resolve(window[global]);
  if (!loading[file]) {
    loading[file] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = SHEET_ROOT + asset(file);
      s.onload = function () { if (window[global]) resolve(window[global]); else reject(new Error(file)); };
      s.onerror = function () { delete loading[file]; s.remove(); reject(new Error(file + ' could not be loaded')); };
      document.head.append(s);
    });
  }
  return loading[file];
}
