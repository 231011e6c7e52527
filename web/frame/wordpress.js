// wordpress.js: the sheet pasted as a link in a WordPress post (README, "Paste the link"). The
// frame is sandboxed (scripts only: no pop-ups, no leaving it) and held between 200 and 1000 px:
// wp-embed.js sizes it from our `height` messages and follows `link` messages to the sheet's own
// site. So every link that leaves the page is handed to the host (the sources' addresses stay
// written out), what fits is fitted again when the fonts come or the width changes, and when the
// host says `ready` (it may have missed our first height) the height is said again.
import { fitWordPress } from './sections.js';

export function wpPoster(secret) {
  return function (message, value) {
    if (window.parent === window) return;
    try { window.parent.postMessage({ message: message, value: value, secret: secret }, '*'); } catch (e) { /* gone */ }
  };
}

export function speakWordPress(page, later) {
  if (document.fonts) document.fonts.ready.then(function () { fitWordPress(page); later(); });
  var fitWidth = window.innerWidth;
  window.addEventListener('resize', function () {
    if (window.innerWidth === fitWidth) return;   // WordPress setting our height is no reason
    fitWidth = window.innerWidth;
    fitWordPress(page);
  });
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.source !== window.parent || !d || typeof d !== 'object' || d.message !== 'ready' || d.secret !== page.wp) return;
    later(true);
  });
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href]') : null;
    if (!a || e.defaultPrevented) return;
    var to;
    try { to = new URL(a.getAttribute('href'), location.href); } catch (err) { return; }
    if (!/^https?:$/.test(to.protocol)) return;
    var here = location.href.split('#')[0];
    if (to.href.split('#')[0] === here) return;   // a citation or a heading on this page
    e.preventDefault();
    page.wpPost('link', to.href);
  });
}
