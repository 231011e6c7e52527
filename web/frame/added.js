// added.js: what the embedding site adds (README, "Embedding in a campaign page"), each in a box
// of its own, never in the sheet's voice: first the site as the browser reports it (framing.js;
// never as an option names it), then the organisation's own words. Its call to action before the
// sources, with where the link goes; its local help in the practical section, after its key
// points, where a reader who needs help looks (the number dials, the address is written out).
import { CLASS_KEY_POINTS, CLASS_TEL, DATA_KIND } from 'factsheet-generated/dom.js';
import { telUrl } from '../shared/options.js';
import { siteName } from './framing.js';

function addedBox(id) {
  var box = document.createElement('aside');
  box.className = 'embed-added ' + id;
  box.id = id;
  var by = document.createElement('p');
  by.className = 'embed-added-by';
  by.id = id + '-by';
  box.setAttribute('aria-labelledby', by.id);
  box.append(by);
  return box;
}

function callToAction(page) {
  var o = page.o;
  if (!o.cta) return null;
  var box = addedBox('embed-cta');
  var link = document.createElement('a');
  link.href = o.cta;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  link.textContent = o.ctaLabel.trim();
  var where = document.createElement('span');
  where.className = 'embed-added-where';
  where.textContent = ' (' + new URL(o.cta).host + ')';
  var p = document.createElement('p');
  if (o.ctaOrg) {
    var org = document.createElement('span');
    org.className = 'embed-added-org';
    org.textContent = o.ctaOrg.trim() + ': ';
    p.append(org);
  }
  p.append(link, where);
  box.append(p);
  if (page.sources) page.sources.before(box); else page.main.append(box);
  return box;
}

function localHelp(page) {
  var o = page.o;
  var practical = document.querySelector('main > section[' + DATA_KIND + '="practical"]');
  if (!o.helpName || !practical) return null;
  var box = addedBox('embed-help');
  var heading = document.createElement('h3');
  heading.className = 'embed-added-org';
  heading.textContent = o.helpName.trim();
  box.append(heading);
  if (o.helpPhone) {
    var call = document.createElement('a');
    call.className = 'tel';
    call.href = telUrl(o.helpPhone);
    call.textContent = o.helpPhone;
    var line = document.createElement('p');
    line.append(call);
    box.append(line);
  }
  if (o.helpAddress) {
    var addr = document.createElement('p');
    addr.className = 'embed-help-address';
    addr.textContent = o.helpAddress.trim();
    box.append(addr);
  }
  var points = practical.querySelector(':scope > .' + CLASS_KEY_POINTS);
  if (points) points.after(box); else practical.querySelector('h2').after(box);
  return box;
}

// The boxes, and `label(word)` that writes their words in the page's language.
export function addedContent(page) {
  var cta = callToAction(page), help = localHelp(page);
  return {
    label: function (word) {
      var by = page.o.addedBy ? String(word('embed_added_by')).replace('{site}', siteName(page.o.addedBy)) : word('embed_added_by_unknown');
      if (cta) cta.firstChild.textContent = by;
      if (help) {
        help.firstChild.textContent = by;
        var tel = help.querySelector('a.' + CLASS_TEL);
        if (tel) tel.setAttribute('aria-label', String(word('call')).replace('{phone}', page.o.helpPhone));
      }
    }
  };
}
