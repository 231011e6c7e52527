// bar.js: the embedded sheet's own bar: the other language (keeping every option), text size
// (A−/A+, in the steps of web/shared/type.json) and "open the whole sheet in a new tab".
import { LANGUAGES } from 'factsheet-generated/languages.js';
import { TEXT_SIZE } from 'factsheet-generated/type.js';
import { linkQuery } from './read-options.js';

export function makeBar(page) {
  var bar = document.createElement('div');
  bar.className = 'embed-bar';
  var others = LANGUAGES.filter(function (l) { return l.code !== page.lang; });
  var other = others[0].code;
  var headerLink = document.querySelector('body > header a[hreflang]');
  var langLink = document.createElement('a');
  langLink.className = 'embed-lang';
  langLink.hreflang = other;
  langLink.lang = other;
  langLink.textContent = headerLink ? headerLink.textContent : others[0].name;
  var sizes = document.createElement('span');
  sizes.className = 'embed-text-size';
  sizes.setAttribute('role', 'group');
  var smaller = document.createElement('button'), larger = document.createElement('button');
  smaller.type = larger.type = 'button';
  smaller.textContent = 'A\u2212';
  larger.textContent = 'A+';
  sizes.append(smaller, larger);
  var full = document.createElement('a');
  full.className = 'embed-full';
  full.target = '_blank';
  full.rel = 'noopener noreferrer';
  bar.append(langLink, sizes, full);
  document.body.prepend(bar);
  if (page.wp) full.hidden = true;   // the link under the section does it, in the host's window

  function update() {
    // The other language keeps WordPress's secret, so the host still hears the frame.
    langLink.href = other + '.html?' + linkQuery(location.search, page.textSize, page.section) + (page.wp ? '#?secret=' + page.wp : '');
    full.href = page.lang + '/' + (page.section ? '#' + page.section : '');
    smaller.disabled = page.textSize <= TEXT_SIZE.min;
    larger.disabled = page.textSize >= TEXT_SIZE.max;
  }
  function step(by) {
    page.setTextSize(Math.min(TEXT_SIZE.max, Math.max(TEXT_SIZE.min, page.textSize + by)));
    update();
  }
  smaller.addEventListener('click', function () { step(-TEXT_SIZE.step); });
  larger.addEventListener('click', function () { step(TEXT_SIZE.step); });
  update();
  return {
    langLink: langLink,
    update: update,
    label: function (word) {
      smaller.setAttribute('aria-label', word('text_smaller'));
      larger.setAttribute('aria-label', word('text_larger'));
      smaller.title = word('text_smaller');
      larger.title = word('text_larger');
      sizes.setAttribute('aria-label', word('embed_text_size'));
      full.textContent = word('embed_open_full');
    }
  };
}
