// translated.js: the browser's own translation ("Translate this page") reaches the text. It
// cannot read letters drawn in a canvas, so while the browser translates the page (Chrome marks
// <html> with the class translated-ltr or translated-rtl; other browsers change its lang to one
// the sheet does not have) the canvas hands the reader's place back to the rendition, which the
// browser translates, with a line saying why and the pictures drawn over their tables as on the
// simple page (app/translated-pictures.js, fetched then); when translation is turned off, the
// canvas takes the reader's place back.
import { CLASS_APP_READY, CLASS_APP_TRANSLATED, CLASS_BROWSER_TRANSLATED_LTR, CLASS_BROWSER_TRANSLATED_RTL,
  ID_FALLBACK_NOTICE } from 'factsheet-generated/dom.js';
import * as fs from 'factsheet-generated/app-bridge.js';
import { SHEET_ROOT, asset } from '../shared/assets.js';
import { scriptOnDemand } from '../shared/script-on-demand.js';
import { browserTextScale } from '../shared/text-scale.js';
import { handBack, mirrorPlace } from './mirror.js';
import { LANGS, app } from './state.js';

var root = document.documentElement;
var on = false;
var picturesWatched = false;

// Whether the browser is translating the page now.
export function translating() {
  return root.classList.contains(CLASS_BROWSER_TRANSLATED_LTR) || root.classList.contains(CLASS_BROWSER_TRANSLATED_RTL) ||
    (!!root.lang && LANGS.indexOf(root.lang) < 0);
}

// Whether the canvas may show: not while the browser translates (host.js asks at the first frame).
export function canvasMayShow() { return !on; }

function toRendition() {
  handBack(CLASS_APP_TRANSLATED);
  var notice = document.getElementById(ID_FALLBACK_NOTICE);
  notice.textContent = (app.ui && app.ui.translated_notice) || '';
  notice.hidden = !notice.textContent;
  if (!picturesWatched) {
    picturesWatched = true;
    var dark = matchMedia('(prefers-color-scheme: dark)');
    var scale = browserTextScale();
    scriptOnDemand('translated-pictures.js', 'factsheetPictureLoader').then(function (loader) {
      loader.watchPictures({ lang: app.lang, words: app.ui || {},
        theme: function () { return { name: dark.matches ? 'dark' : 'light', accent: null }; },
        textScale: function () { return scale; }, resized: function () {},
        asset: function (name) { return SHEET_ROOT + asset(name); } });
    }, function () { picturesWatched = false; });  // the tables stay; tried again next time
  }
}

function toCanvas() {
  var body = document.body;
  body.classList.remove(CLASS_APP_TRANSLATED);
  if (!app.mod || !fs.contentOk(app.mod) || !fs.frameCount(app.mod)) return;  // not started yet: the first frame shows it
  var place = mirrorPlace();
  fs.goToPlace(app.mod, place.id, place.fraction, place.open.join(' '));
  document.getElementById(ID_FALLBACK_NOTICE).hidden = true;
  body.classList.add(CLASS_APP_READY);
}

export function followTranslation() {
  var check = function () {
    var now = translating();
    if (now === on) return;
    on = now;
    if (on) toRendition(); else toCanvas();
  };
  new MutationObserver(check).observe(root, { attributes: true, attributeFilter: ['class', 'lang'] });
  check();
}
