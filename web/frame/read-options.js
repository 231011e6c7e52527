// read-options.js: the embedded sheet's address, read (shared/options.js checks each option): the
// options, one warning per option ignored, the page to hand over to; the language link's address;
// WordPress's secret. Pure: no DOM, so the tests read addresses with it directly.
import { OPTIONS, RULES, NOT_FRAMED, accentProblem, accentReads, checkOptions, ignored, passes } from '../shared/options.js';

// null unless the address has embed=1. Else { warnings: [[key, text]] (one per key), redirect:
// the page to hand over to, or null, and the options }. `framing` (frame/framing.js: framingSite)
// says whether another site frames the page and which: the options that add to the sheet
// (options.js: adds) are taken only then, and `addedBy` is that site's origin as the browser
// reports it (null: it does not say). Without `framing` the page counts as opened on its own.
// No DOM: tests/browser/options.test.mjs reads addresses with it.
export function readOptions(search, pageLang, onAppPage, sectionIds, framing) {
  var params = new URLSearchParams(search);
  if (params.get('embed') !== '1') return null;
  var warnings = [], warned = {};
  function warn(key, text) {
    if (warned[key]) return;
    warned[key] = true;
    warnings.push([key, text]);
  }
  var o = { warnings: warnings, redirect: null };

  // Language: en.html and es.html are the embeddable pages. index.html?embed=1 (the app page)
  // and a page asked for the other language hand over to the right one, keeping every other
  // option.
  var asked = params.get('lang');
  if (asked !== null && !passes(RULES.lang, asked)) {
    warn('lang', ignored('lang', asked, RULES.lang.expected));
    asked = null;
  }
  var want = asked || pageLang;
  if (onAppPage || want !== pageLang) {
    params.delete('lang');
    o.redirect = want + '.html?' + params.toString();
    return o;
  }

  // Opened on its own (a shared link, a tab), the page takes nothing that adds to the sheet:
  // one warning each in the console, nothing on the page.
  var framed = !!(framing && framing.framed);
  var adds = {};
  OPTIONS.forEach(function (r) { if (r.adds && r.query) adds[r.query] = true; });
  if (!framed) {
    OPTIONS.forEach(function (r) {
      if (adds[r.query] && params.get(r.query) !== null) warn(r.query, 'ignored ' + r.query + ': ' + NOT_FRAMED);
    });
  }
  var got = checkOptions('query', function (name) {
    return name === 'lang' || (!framed && adds[name]) ? null : params.get(name);
  }, warn);
  function value(key) { return got[key] !== undefined ? got[key] : RULES[key].fallback; }
  if (got.section !== undefined && sectionIds.indexOf(got.section) < 0) {
    warn('section', ignored('section', got.section, RULES.section.expected + ': one of ' + sectionIds.join(', ')));
    delete got.section;
  }
  o.id = value('id');
  // Pym.js gives its child the container's id as childId; its height messages must carry it.
  o.pymId = params.get('childId');
  if (!o.pymId || !/^[A-Za-z0-9_:.-]{1,128}$/.test(o.pymId)) o.pymId = o.id;
  o.hostOrigin = value('origin');
  o.theme = value('theme');
  o.compact = /^(|1|true)$/.test(value('compact'));
  o.accent = value('accent');
  o.section = value('section');
  o.textSize = +value('text');
  o.cta = value('cta');
  o.ctaLabel = value('ctaLabel');
  o.ctaOrg = value('ctaOrg');
  o.helpName = value('helpName');
  o.helpPhone = value('helpPhone');
  o.helpAddress = value('helpAddress');
  o.addedBy = framed && framing.origin ? framing.origin : null;

  o.accentOk = { light: false, dark: false };
  if (o.accent) {
    o.accentOk = accentReads(o.accent);
    var problem = accentProblem('accent', o.accent, o.theme, o.accentOk);
    if (problem) { warn('accent', problem); o.accent = null; }
  }
  return o;
}

// The language link's query: every option kept but lang; text and section as they are now.
export function linkQuery(search, textSize, section) {
  var keep = new URLSearchParams(search);
  keep.delete('lang');
  if (textSize !== 100) keep.set('text', String(textSize)); else keep.delete('text');
  if (section) keep.set('section', section); else keep.delete('section');
  return keep.toString();
}

// WordPress's embed protocol (its host script, wp-includes/js/wp-embed.js): the host puts a
// secret in the frame's address, "#?secret=abc" (after any hash of its own), matches our
// messages to the frame by it, and accepts only letters and digits. null: not embedded so.
export function wpSecret(hash) {
  var m = /[#&?]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash || '');
  return m ? m[1] : null;
}
