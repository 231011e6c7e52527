// state.js: what the app page's modules share: the language being read (the page's own, or, in
// the one-file copy, the address's or the browser's), its interface strings once loaded, the wasm
// module once started, the languages read (the offline copy keeps them), and the one-file copy's
// bundled files (window.__factsheetInline; null on the web).
import { LANGUAGES } from 'factsheet-generated/languages.js';
import { SHEET_ROOT } from '../shared/assets.js';
import { pickLanguage } from '../shared/pick-language.js';

export const LANGS = LANGUAGES.map(function (l) { return l.code; });
export const INLINE = typeof window === 'object' ? window.__factsheetInline || null : null;
const pageLang = typeof document === 'object' ? document.documentElement.lang : '';

export const app = {
  lang: INLINE || LANGS.indexOf(pageLang) < 0 ? pickLanguage() : pageLang,
  ui: null,    // interface strings of the current language, once its content is loaded
  mod: null,   // the wasm module, once started
  langsRead: []
};
app.langsRead.push(app.lang);

// Where a language's app page is: its folder on the web, ?lang= in the one-file copy.
export function pageOf(l) { return INLINE ? '?lang=' + l : SHEET_ROOT + l + '/'; }

// A language's simple page with every source's passages, from the site's root (tools/site.py,
// passages_page): the full rendition the mirror takes in when a reader asks for the passages.
export function passagesPage(l) { return l + '-passages.html'; }

export function fill(text, name, value) { return String(text).replace('{' + name + '}', value); }
