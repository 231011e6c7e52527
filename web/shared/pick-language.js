// pick-language.js: the reader's language, from the address and the browser: ?lang= when the
// sheet has that language, else the first of the browser's languages it has, else the first
// language. A tag matches a language of the sheet whole (pt-BR), else by its primary subtag
// (es-MX reads es, pt-PT and pt read pt-BR). For root.js (the root address forwards to that
// language's page) and the app (the one-file copy, which has no pages to forward to).
import { LANGUAGES } from 'factsheet-generated/languages.js';

var codes = LANGUAGES.map(function (l) { return l.code; });

// A tag's language alone, lower case: "pt-BR", "pt_br" and "PT" all give "pt" (phones' voices
// write en_US).
export function primary(tag) { return String(tag || '').toLowerCase().replace('_', '-').split('-')[0]; }

// The sheet's language for a tag, or null.
export function languageOf(tag) {
  if (tag === null || tag === undefined) return null;
  var lower = String(tag).toLowerCase();
  for (var i = 0; i < codes.length; i++) if (codes[i].toLowerCase() === lower) return codes[i];
  for (var j = 0; j < codes.length; j++) if (primary(codes[j]) === primary(lower)) return codes[j];
  return null;
}

export function pickLanguage() {
  var asked = languageOf(new URLSearchParams(location.search).get('lang'));
  if (asked) return asked;
  var prefs = navigator.languages || [navigator.language || codes[0]];
  for (var i = 0; i < prefs.length; i++) {
    var code = languageOf(prefs[i]);
    if (code) return code;
  }
  return codes[0];
}
