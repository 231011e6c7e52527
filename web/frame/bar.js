// bar.js: the embedded sheet's own bar: the languages (a list: choosing one loads its page in the
// frame, keeping every option), text size (A−/A+, in the steps of web/shared/type.json) and "open
// the whole sheet in a new tab".
import { LANGUAGES } from 'factsheet-generated/languages.js';
import { TEXT_SIZE } from 'factsheet-generated/type.js';
import { linkQuery } from './read-options.js';

export function makeBar(page) {
  var bar = document.createElement('div');
  bar.className = 'embed-bar';
  // Each language in its own name and language, this one chosen.
  var langs = document.createElement('select');
  langs.className = 'embed-lang';
  LANGUAGES.forEach(function (l) {
    var option = document.createElement('option');
    option.value = l.code;
    option.lang = l.code;
    option.textContent = l.name;
    option.selected = l.code === page.lang;
    langs.append(option);
  });
  function languageHref(code) {
    // The other language keeps WordPress's secret, so the host still hears the frame.
    return code + '.html?' + linkQuery(location.search, page.textSize, page.section) + (page.wp ? '#?secret=' + page.wp : '');
  }
  langs.addEventListener('change', function () {
    if (langs.value !== page.lang) location.assign(languageHref(langs.value));
  });
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
  bar.append(langs, sizes, full);
  document.body.prepend(bar);
  if (page.wp) full.hidden = true;   // the link under the section does it, in the host's window

  function update() {
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
    update: update,
    label: function (word) {
      smaller.setAttribute('aria-label', word('text_smaller'));
      larger.setAttribute('aria-label', word('text_larger'));
      smaller.title = word('text_smaller');
      larger.title = word('text_larger');
      sizes.setAttribute('aria-label', word('embed_text_size'));
      langs.setAttribute('aria-label', word('languages'));
      full.textContent = word('embed_open_full');
    }
  };
}
