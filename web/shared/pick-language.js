// pick-language.js: the reader's language, from the address and the browser: ?lang= when the
// sheet has that language, else the first of the browser's languages it has (by primary subtag:
// es-MX reads es), else the first language. For root.js (the root address forwards to that
// language's page) and the app (the one-file copy, which has no pages to forward to).
import { LANGUAGES } from 'factsheet-generated/languages.js';

export function pickLanguage() {
  var codes = LANGUAGES.map(function (l) { return l.code; });
  var asked = new URLSearchParams(location.search).get('lang');
  if (codes.indexOf(asked) >= 0) return asked;
  var prefs = navigator.languages || [navigator.language || codes[0]];
  for (var i = 0; i < prefs.length; i++) {
    var code = String(prefs[i]).toLowerCase().split('-')[0];
    if (codes.indexOf(code) >= 0) return code;
  }
  return codes[0];
}
