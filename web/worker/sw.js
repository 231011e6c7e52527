// sw.js: keeps the sheet readable offline. Asset names carry a content hash, so a name always
// means the same bytes and old and new builds can never mix. It precaches nothing on install:
// the page asks it to (a 'precache' message from app/offline.js) once the first canvas frame is on the
// screen and the page is idle, so the offline copy never competes with the first visit's own
// downloads. The message names the languages to keep: every language, or with Save-Data only the
// reader's (one more each time they switch). The first message asks only for what the page has
// already downloaded, from the browser's HTTP cache, not the network. A file of this build that the page fetches itself
// (a source's passages, opened before the full copy came, or with Save-Data) is kept as it
// passes: what the reader has opened stays readable offline. Pages come from the network when there is one (so a
// new build takes over on the next load) and from the cache when there is none.
// Nothing is sent anywhere; only this site's own files are ever cached.
// BUILD: this build's name; FILES: its files, relative to this script, { app: [...], extra:
// [...], langs: { <lang>: [...] } }: written by the site build once the names are hashed
// (tools/site.py, release; which file goes where: web/policy.json, "offline").
import { BUILD, FILES } from 'factsheet-generated/offline-files.js';

const KNOWN = new Set(FILES.app.concat(FILES.extra, ...Object.values(FILES.langs)));

self.addEventListener('install', () => { self.skipWaiting(); });
self.addEventListener('activate', (event) => { event.waitUntil(self.clients.claim()); });

// Keeps `langs` (an array of language codes, or 'all'); fetches only what this build's cache
// lacks. With `cachedOnly`, only what the browser's HTTP cache holds (what the visit downloaded),
// never the network: the rest waits for a later message. Once this build's copy of `langs` is
// complete, older builds' caches go (an older copy stays while the new one has gaps).
function precache(langs, cachedOnly) {
  const all = langs === 'all';
  const names = FILES.app.concat(all ? FILES.extra : []);
  Object.keys(FILES.langs).forEach((l) => { if (all || langs.indexOf(l) >= 0) names.push(...FILES.langs[l]); });
  return caches.open(BUILD).then((cache) => {
    const keep = (name) => (cachedOnly
      ? fetch(name, { cache: 'only-if-cached', mode: 'same-origin' })
        .then((r) => (r.ok ? cache.put(name, r).then(() => true) : false), () => false)
      : cache.add(name).then(() => true));
    return Promise.all(names.map((name) => cache.match(name).then((hit) => !!hit || keep(name))));
  }).then((kept) => {
    if (kept.indexOf(false) >= 0) return;
    return caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('factsheet-') && k !== BUILD).map((k) => caches.delete(k))));
  });
}

self.addEventListener('message', (event) => {
  const m = event.data;
  if (!m || m.type !== 'precache' || !(m.langs === 'all' || Array.isArray(m.langs))) return;
  event.waitUntil(precache(m.langs, m.cachedOnly === true).then(
    () => { if (event.source) event.source.postMessage({ type: 'precached', langs: m.langs }); },
    (e) => { if (event.source) event.source.postMessage({ type: 'precache-failed', message: String(e && e.message) }); }));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: fresh from the network, else this build's copy (any ?lang= or #section). Each
    // language's app page is cached under its folder's address ('es/', where readers arrive),
    // the root page (which forwards to one of them) under './'; a page address not cached under
    // its own name (es/index.html, index.html) gets its folder's page, else the root page.
    // Until this build's copy is complete, an older build's copy answers (its own files with it).
    event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreSearch: true })
      .then((hit) => hit || caches.match(new URL('./', request.url).href))
      .then((hit) => hit || caches.match('./'))));
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit || fetch(request).then((response) => {
    const scope = self.registration.scope;
    const name = request.url.startsWith(scope) ? request.url.slice(scope.length).split(/[?#]/)[0] : '';
    if (response.ok && KNOWN.has(name)) {
      const copy = response.clone();
      event.waitUntil(caches.open(BUILD).then((cache) => cache.put(name, copy)));
    }
    return response;
  })));
});
