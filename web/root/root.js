// root.js: the root address's only script, run from <head> before the body exists, so nothing
// paints before it. It sends the reader to their language's page (pick-language.js: ?lang=, else
// the browser's languages, else the first), with the rest of the address: /?lang=es#smartlink
// becomes es/#smartlink, and an embed address (?embed=1) goes to the embeddable page
// (es.html?embed=1&...), which reads its other options itself. A language's short address
// (/pt/ for pt-BR: tools/site.py) runs it too, one folder down, its language named on <html>.
// location.replace: Back does not return here. Readers without JavaScript get the page's
// <noscript> links instead.
import { DATA_LANGUAGE } from 'factsheet-generated/dom.js';
import { pickLanguage } from '../shared/pick-language.js';

(function () {
  'use strict';
  var named = document.documentElement.getAttribute(DATA_LANGUAGE);
  var lang = named || pickLanguage();
  var params = new URLSearchParams(location.search);
  params.delete('lang');  // the page says it
  var query = params.toString();
  var page = (named ? '../' : '') + (params.get('embed') === '1' ? lang + '.html' : lang + '/');
  location.replace(page + (query ? '?' + query : '') + location.hash);
})();
