// sw.js: keeps the sheet readable offline. Every file of one build is cached under that build's
// name on install; asset names carry a content hash, so a name always means the same bytes and
// old and new builds can never mix. Pages come from the network when there is one (so a new
// build takes over on the next load) and from this build's cache when there is none.
// Nothing is sent anywhere; only this site's own files are ever cached.
'use strict';
const BUILD = '__BUILD__';     // filled in by tools/stamp_dist.py
const FILES = __FILES__;       // every file this build needs, relative to this script

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(BUILD).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('factsheet-') && k !== BUILD).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page: fresh from the network, else this build's copy (any ?lang= or #section). The
    // app page is cached once, under the folder's address ('./', where readers arrive), and
    // answers for any page address not cached under its own name (index.html among them).
    event.respondWith(fetch(request).catch(() => caches.open(BUILD)
      .then((cache) => cache.match(request, { ignoreSearch: true }).then((hit) => hit || cache.match('./')))));
    return;
  }
  event.respondWith(caches.open(BUILD)
    .then((cache) => cache.match(request, { ignoreSearch: true }))
    .then((hit) => hit || fetch(request)));
});
