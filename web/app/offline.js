// offline.js: the offline copy (web/worker/sw.js) caches this build (not from file://, not inside
// another site's page). It is registered, and asked to precache, only once the first canvas frame
// is up (or the simple version shows) and the page is idle, so its downloads never compete with
// the first visit's own. It first keeps the language being read, from what this visit has
// downloaded, asked of the HTTP cache only: nothing of the offline copy costs data in the first
// minute. A language the reader switches to is kept at once, with its page. The rest (the other
// languages, the sources' passages and the simple pages) follows a minute later; with Save-Data
// on, only the languages read (and what the reader opens), and the menu says so.
import { SHEET_ROOT } from '../shared/assets.js';
import { mirror } from './mirror.js';
import { INLINE, app } from './state.js';

export const saveData = !!(navigator.connection && navigator.connection.saveData);
var FULL_COPY_AFTER_MS = 60000;
var asked = null;
var kept = [];  // what the worker has said it keeps: language codes, or 'all'

function whenIdle(fn) {
  if (window.requestIdleCallback) requestIdleCallback(fn, { timeout: 5000 });
  else setTimeout(fn, 1000);
}
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', function (e) {
    if (e.data && e.data.type === 'precached') kept = kept.concat(e.data.langs);
  });
  navigator.serviceWorker.startMessages();  // a listener added with addEventListener waits for this
}

// cachedOnly: only what the browser's HTTP cache holds (no network bytes at all).
function precache(which, cachedOnly) {
  return navigator.serviceWorker.ready.then(function (reg) {
    if (reg.active) reg.active.postMessage({ type: 'precache', langs: which, cachedOnly: !!cachedOnly });
  });
}

export function registerOffline() {
  if (!('serviceWorker' in navigator) || INLINE || !/^https?:$/.test(location.protocol)) return Promise.resolve();
  if (asked) return asked;
  var idle = function () { return new Promise(function (resolve) { whenIdle(resolve); }); };
  asked = idle().then(function () { return mirror.ready.catch(function () {}); }).then(idle).then(function () {
    return navigator.serviceWorker.register(SHEET_ROOT + 'sw.js');
  }).then(function () {
    // A minute on: the full copy, or with Save-Data the languages read (with the few files of
    // theirs this visit did not download, such as the root page).
    setTimeout(function () {
      whenIdle(function () { precache(saveData ? app.langsRead : 'all'); });
    }, FULL_COPY_AFTER_MS);
    return precache([app.lang], true);
  }).catch(function (e) { console.warn('factsheet: offline cache unavailable: ' + e.message); });
  return asked;
}

// A language the reader switched to: kept at once (its page too: the switch did not download it).
export function keepLanguage(lang) {
  if (app.langsRead.indexOf(lang) < 0) app.langsRead.push(lang);
  if (asked) asked.then(function () { return precache([lang]); }).catch(function () {});
}

// What the offline copy holds so far (the worker has cached it): language codes, or 'all'.
export function offlineKept() { return kept.slice(); }
