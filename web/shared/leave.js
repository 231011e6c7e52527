// leave.js: leaving the sheet and what it stored, for the app page and the simple pages. One copy
// of each: Quick exit, "Remove this sheet from this phone", and the simple pages' own entry for
// the latter.
import { SHEET_ROOT } from './assets.js';
import { stopListening } from './listen.js';

// Quick exit: blank the page at once, step back over the sheet's own history entries
// (`leaving.pushed`, counted by the app's address module), then replace the page with a neutral one, so Back does
// not lead to the sheet.
const NEUTRAL = 'https://www.bbc.com/weather';
export const leaving = { pushed: 0 };
export function exitNow() {
  stopListening();   // silence first: a voice would go on after the page is gone
  document.documentElement.style.display = 'none';
  document.title = '';
  var leave = function () { location.replace(NEUTRAL); };
  if (leaving.pushed > 0) {
    window.addEventListener('popstate', leave, { once: true });
    history.go(-leaving.pushed);
    setTimeout(leave, 300);
  } else {
    leave();
  }
}
// "Remove this sheet from this phone", confirmed: the page goes blank at once, the offline copy
// goes (every service worker registered for the sheet's folder (SHEET_ROOT), and every cache web/sw.js made:
// their names start with "factsheet-"), then Quick exit. What this cannot reach (history, a
// home-screen icon, downloaded copies) the screen before it said.
export function removeFromPhone() {
  document.documentElement.style.display = 'none';
  var scope = new URL(SHEET_ROOT || '.', location.href).href;
  var workers = 'serviceWorker' in navigator
    ? navigator.serviceWorker.getRegistrations().then(function (regs) {
      return Promise.all(regs.filter(function (r) { return r.scope.indexOf(scope) === 0; })
        .map(function (r) { return r.unregister(); }));
    }) : Promise.resolve();
  var stored = typeof caches === 'object'
    ? caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k.indexOf('factsheet-') === 0; })
        .map(function (k) { return caches.delete(k); }));
    }) : Promise.resolve();
  // Leave even if the browser refuses or takes too long: hiding the sheet comes first.
  var left = false;
  var leave = function () { if (!left) { left = true; exitNow(); } };
  Promise.all([workers, stored]).catch(function (e) {
    console.warn('factsheet: could not remove the offline copy: ' + (e && e.message));
  }).then(leave);
  setTimeout(leave, 3000);
}
// The same entry on a page without the app (the simple pages, the app page's simple version),
// offered only where there is something to remove: a service worker for this page. `words`: the
// ui strings remove_sheet, remove_removes, remove_cannot, remove_android, remove_iphone,
// remove_confirm. A part of its own after the footer (the page's rendition may be swapped in).
export function offerRemoval(words) {
  if (!words || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.getRegistration().then(function (reg) {
    if (!reg || document.querySelector('.remove-sheet')) return;
    var part = document.createElement('section');
    part.className = 'remove-sheet';
    part.setAttribute('aria-labelledby', 'remove_heading');
    var h = document.createElement('h2');
    h.id = 'remove_heading';
    h.textContent = words.remove_sheet;
    part.append(h);
    ['remove_removes', 'remove_cannot', 'remove_android', 'remove_iphone'].forEach(function (k) {
      var p = document.createElement('p');
      p.textContent = words[k];
      part.append(p);
    });
    var b = document.createElement('button');
    b.type = 'button';
    b.textContent = words.remove_confirm;
    b.addEventListener('click', removeFromPhone);
    part.append(b);
    document.body.append(part);
  }).catch(function () {});
}
