// files.js: the files the app page fetches itself, by their built names (shared/assets.js), through
// the site's root (the app pages are one folder down); in the one-file copy, from the page.
import { SHEET_ROOT, asset } from '../shared/assets.js';
import { leadInPage } from '../shared/lead-in-page.js';
import { INLINE } from './state.js';

export function inlineBytes(name) {
  var bin = atob(INLINE[name]), out = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function fetchOk(url) {
  // Same-origin credentials, as the page's preloads (crossorigin) ask: then a preloaded file
  // (the content) answers this request instead of being fetched twice. The site sets no cookies.
  return fetch(SHEET_ROOT + asset(url), { credentials: 'same-origin' }).then(function (r) {
    if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
    return r;
  });
}

export function bytes(url) {
  if (INLINE && INLINE[url]) return Promise.resolve(inlineBytes(url).buffer);
  return fetchOk(url).then(function (r) { return r.arrayBuffer(); });
}

export function textOf(url) { return bytes(url).then(function (b) { return new TextDecoder().decode(b); }); }

// A language's content file, or its lead (app/lead.js): its bytes (for the wasm) and its
// interface strings. The one-file copy holds the whole files only.
export function loadUi(l, lead) {
  var inPage = lead && leadInPage(l);
  if (inPage) return Promise.resolve({ buf: inPage.buf, ui: inPage.json.ui });
  return bytes('content/' + l + (lead && !INLINE ? '.lead' : '') + '.json').then(function (buf) {
    var json = JSON.parse(new TextDecoder().decode(buf));
    return { buf: buf, ui: json && json.ui };
  });
}
