// address.js: the page's address follows the reader: the language's page (es/, or ?lang=es in the
// one-file copy) with the section (es/#smartlink) and any other parameter kept. A jump the reader
// asked for becomes a history entry (Back returns); reading along only updates the current one.
import { leaving } from '../shared/leave.js';
import { INLINE, app, pageOf } from './state.js';

export function sectionFromHash() {
  try { return decodeURIComponent(location.hash.slice(1)); } catch (e) { return ''; }
}

export function addressFor(section) {
  var url = new URL(location.href);
  if (INLINE) url.searchParams.set('lang', app.lang);
  else {
    url.searchParams.delete('lang');
    url = new URL(pageOf(app.lang) + url.search, location.href);
  }
  url.hash = section ? '#' + section : '';
  return url;
}

export function setAddress(section, push) {
  var url = addressFor(section);
  if (url.href === location.href) return;
  if (push) { history.pushState(null, '', url); leaving.pushed++; } else history.replaceState(null, '', url);
}
