// theme.js: the embedded sheet's theme and accent: fixed, the reader's system setting (auto), or
// the host page's (host: only from its own window, only from its origin, only this message).
// The choice is page.theme ({ name, accent }: what the pictures are drawn in) and the root's class.
export function startTheme(page) {
  var o = page.o, root = page.root;
  var dark = matchMedia('(prefers-color-scheme: dark)');
  var hostTheme = null;
  function apply() {
    var t = o.theme === 'light' || o.theme === 'dark' ? o.theme : (o.theme === 'host' && hostTheme) || (dark.matches ? 'dark' : 'light');
    root.classList.toggle('embed-theme-light', t === 'light');
    root.classList.toggle('embed-theme-dark', t === 'dark');
    var accent = o.accent && o.accentOk[t] ? o.accent : null;
    if (accent) root.style.setProperty('--accent', accent);
    else root.style.removeProperty('--accent');
    page.theme = { name: t, accent: accent };
    page.changed();
  }
  apply();
  dark.addEventListener('change', apply);
  window.addEventListener('message', function (e) {
    if (o.theme !== 'host' || window.parent === window || e.source !== window.parent) return;
    if (o.hostOrigin && e.origin !== o.hostOrigin) return;
    var d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'factsheet:theme' || d.version !== 1) return;
    if (d.theme !== 'light' && d.theme !== 'dark') return;
    hostTheme = d.theme;
    apply();
  });
}
