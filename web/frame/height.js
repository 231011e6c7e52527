// height.js: the embedded sheet's height, told to the host page whenever it changes, in our
// message and in the forms other embeds' resizers know (README, "Messages"): Datawrapper's,
// Pym.js's and AMP's, and WordPress's in a post. Returns `later()`, which tells it soon (again).
export function announceHeight(page) {
  var o = page.o, root = page.root;
  var target = o.hostOrigin || '*';   // a height is no secret; with origin= only that host hears it
  var sent = -1, queued = false;
  function send() {
    queued = false;
    if (window.parent === window) return;
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h === sent || h <= 0) return;
    sent = h;
    if (page.wp) page.wpPost('height', h);
    var dw = {};
    dw[o.id] = h;
    var messages = [
      { type: 'factsheet:height', version: 1, id: o.id, height: h },
      { 'datawrapper-height': dw },                               // Datawrapper's responsive embeds
      'pym' + 'xPYMx' + o.pymId + 'xPYMx' + 'height' + 'xPYMx' + h, // Pym.js (NPR)
      { sentinel: 'amp', type: 'embed-size', height: h }          // AMP's amp-iframe resizable
    ];
    messages.forEach(function (m) {
      try { window.parent.postMessage(m, target); } catch (e) { /* a parent that went away */ }
    });
  }
  function later(again) {
    if (again) sent = -1;
    if (queued) return;
    queued = true;
    setTimeout(send, 0);   // not requestAnimationFrame: it waits while the frame is off screen
  }
  later();
  window.addEventListener('load', function () { later(); });
  window.addEventListener('resize', function () { later(); });
  if (document.fonts) {
    document.fonts.ready.then(function () { later(); });
    document.fonts.addEventListener('loadingdone', function () { later(); });
  }
  if (typeof ResizeObserver === 'function') new ResizeObserver(function () { later(); }).observe(document.body);
  return later;
}
