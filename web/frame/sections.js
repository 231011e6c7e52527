// sections.js: one section of the embedded sheet (section=, and in a WordPress post): that section
// and the sources it cites (numbers kept), with a way to the whole sheet; and, in a WordPress
// post (held at 1000 px at most, no scrolling), as many of the section's blocks as fit.
import { CLASS_CITE } from 'factsheet-generated/dom.js';

// The sources the shown part of a section cites; the others hidden, the numbers kept.
function citedSources(page, chosen) {
  var cited = {};
  chosen.querySelectorAll('a.' + CLASS_CITE + '[href^="#"]').forEach(function (a) {
    if (!a.closest('[hidden]')) cited[a.getAttribute('href').slice(1)] = true;
  });
  if (page.sources) {
    page.sources.querySelectorAll('ol > li').forEach(function (li, i) {
      li.value = i + 1;  // keep the numbers the citations show
      li.hidden = !cited[li.id];
    });
  }
}

// WordPress holds the frame at 1000 px at most: the section's blocks that fit (the first
// always), with the sources they cite. Where even the first block does not fit (a narrow phone,
// large text), the page scrolls inside the frame rather than lose its end.
var WP_MAX = 1000;
export function fitWordPress(page) {
  var chosen = page.wp && page.section && document.getElementById(page.section);
  if (!chosen) return;
  var root = page.root, body = document.body;
  body.style.removeProperty('height');
  body.style.removeProperty('overflow-y');
  var blocks = Array.prototype.slice.call(chosen.children).filter(function (el) { return !/^H[1-6]$/.test(el.tagName); });
  blocks.forEach(function (b, i) { b.hidden = i > 0; });
  citedSources(page, chosen);
  for (var i = 1; i < blocks.length; i++) {
    blocks[i].hidden = false;
    citedSources(page, chosen);
    if (root.getBoundingClientRect().height > WP_MAX) {
      blocks[i].hidden = true;
      citedSources(page, chosen);
      break;
    }
  }
  var over = root.getBoundingClientRect().height - WP_MAX;
  if (over > 0) {
    body.style.height = Math.max(100, body.getBoundingClientRect().height - over) + 'px';
    body.style.overflowY = 'auto';
  }
}

// That section alone, with "Show the whole fact sheet" under it (in a WordPress post, a link
// that opens the whole sheet in the host's window: it does not fit a frame held at 1000 px).
export function showOnly(page, chosen) {
  page.root.classList.add('embed-one-section');
  page.sectionEls.forEach(function (s) { s.hidden = s !== chosen; });
  citedSources(page, chosen);
  page.moreBox = document.createElement('p');
  page.moreBox.className = 'embed-more';
  var button;
  if (page.wp) {
    button = document.createElement('a');
    button.href = page.lang + '/#' + chosen.id;   // the language's own page (README, "One page per language")
  } else {
    button = document.createElement('button');
    button.type = 'button';
    button.addEventListener('click', function () { showAll(page); });
  }
  page.moreBox.append(button);
  chosen.after(page.moreBox);
}

function showAll(page) {
  var chosen = document.getElementById(page.section);
  page.root.classList.remove('embed-one-section');
  page.sectionEls.forEach(function (s) { s.hidden = false; });
  if (page.sources) page.sources.querySelectorAll('ol > li').forEach(function (li) { li.hidden = false; li.removeAttribute('value'); });
  if (page.moreBox) page.moreBox.remove();
  page.moreBox = null;
  page.section = null;
  page.linksChanged();
  // Keyboard and screen-reader users go on where they were: the next section.
  var next = chosen && chosen.nextElementSibling;
  var heading = next && next.querySelector('h2');
  if (heading) { heading.tabIndex = -1; heading.focus({ preventScroll: true }); }
}
