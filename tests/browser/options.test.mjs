// options.test.mjs: the address and embed options as the sheet's scripts read them: the readers
// of the embedded frame and the app page (frame/read-options.js: readOptions, linkQuery;
// shared/pick-language.js, app/address.js: pickLanguage, sectionFromHash), bundled from web/'s
// modules as the site build bundles them, and embed.js as shipped (build/web-stage/), run whole on
// a small fake host page. Both run in headless Chromium on a blank page (no server): the URL and
// URLSearchParams the checks meet are a browser's.
// Two kinds of test: properties over inputs that fast-check makes (fixed seed, bounded runs), and
// tables of known cases (the seeds of the former fuzz corpora) with what the sheet should make of
// them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { bundledModules, root, startBrowser } from './harness.mjs';

const STAGE = path.join(root, 'build/web-stage');
const SEED = 20261201;
const RUNS = 300;
const SECTIONS = JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8')).sections.map((s) => s.id);
// The sheet's languages: one per content file (the first is English, the default).
const LANGS = readdirSync(path.join(root, 'data')).filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(root, 'data', f), 'utf8')).lang).filter(Boolean)
  .sort((a, b) => (a !== 'en') - (b !== 'en') || a.localeCompare(b));
const BASE = 'https://sheet.example/';
const HOST_ORIGIN = 'https://host.example';
const { contrast } = await import(path.join(root, 'web/shared/contrast.js'));
const { themes: PALETTE } = JSON.parse(readFileSync(path.join(root, 'web/shared/palette.json'), 'utf8'));

let browser, page;

function shipped(name) {
  const file = path.join(STAGE, name);
  assert.ok(existsSync(file), `${path.relative(root, file)} is missing: run scripts/build-web.sh first`);
  return readFileSync(file, 'utf8');
}

// In the page: loads the readers and embed.js's text and keeps them in window.__options.
function install({ frame, app, embed }) {
  const sheet = new Function(frame + '\nreturn __modules;')();
  const loc = { search: '', hash: '' }, nav = { languages: [] };
  const boots = new Function('location', 'navigator', app + '\nreturn __modules;')(loc, nav);

  // embed.js on a fake host page (https://host.example) that loaded it from https://sheet.example/:
  // the link form (a.factsheet-embed with the attributes) when there is an href, else the
  // one-line form (the attributes on the script). No IntersectionObserver: the iframe comes at once.
  function host({ attributes, href, base, hostOrigin }) {
    const warnings = [], made = [];
    function element(tag) {
      const attrs = new Map();
      return {
        tagName: tag, style: {}, className: '', href: '', src: '', title: '', textContent: '',
        getAttribute: (n) => (attrs.has(n) ? attrs.get(n) : null),
        setAttribute: (n, v) => { attrs.set(n, String(v)); },
        hasAttribute: (n) => attrs.has(n),
        addEventListener() {},
        after(x) { made.push(x); },
        replaceWith(x) { made.push(x); },
      };
    }
    const script = element('script');
    script.src = base + 'embed.js';
    const link = href === null ? null : element('a');
    if (link) { link.className = 'factsheet-embed'; link.href = new URL(href, base).href; }
    const target = link || script;
    for (const [n, v] of attributes) if (!target.hasAttribute(n)) target.setAttribute(n, v);
    const document = {
      currentScript: script, readyState: 'complete', createElement: element, addEventListener() {},
      querySelectorAll: (sel) => (sel === 'a.factsheet-embed[href]' && link ? [link] : []),
    };
    const window = { addEventListener() {} };
    const location = { protocol: 'https:', origin: hostOrigin };
    const console = { warn: (m) => warnings.push(String(m).replace(/^factsheet embed: /, '')) };
    new Function('window', 'document', 'location', 'console', 'IntersectionObserver', embed)(window, document, location, console, undefined);
    const iframe = made.find((e) => e.tagName === 'iframe');
    const standIn = made.find((e) => e.tagName === 'a');
    return { warnings, sheetUrl: iframe ? iframe.src : null, title: iframe ? iframe.title : null, linkHref: standIn ? standIn.href : null };
  }
  function bootCase({ search, hash, prefs }) {
    loc.search = search; loc.hash = hash; nav.languages = prefs;
    let section;
    try { section = boots.sectionFromHash(); } catch (e) { section = 'threw ' + e.message; }
    return { asked: new URLSearchParams(search).get('lang'), lang: boots.pickLanguage(), section };
  }
  window.__options = { sheet, host, bootCase };
}

before(async () => {
  const scripts = {
    frame: await bundledModules("export { readOptions, linkQuery } from './frame/read-options.js';"),
    app: await bundledModules("export { pickLanguage } from './shared/pick-language.js'; export { sectionFromHash } from './app/address.js';"),
    embed: shipped('embed.js'),
  };
  browser = await startBrowser();
  page = await browser.newPage();
  await page.evaluate(install, scripts);
});
after(async () => { await browser?.close(); });

// --- what the sheet makes of an address (embedded.js) ------------------------------------------
// In the page: the options read, the address's own first values, and the same options read back
// from the address they make (written back; the language link; the hand-over page).
function sheetCase({ q, lang, app, sections, keys, framing }) {
  const S = window.__options.sheet;
  const params = new URLSearchParams(q);
  const first = {};
  keys.forEach((k) => { first[k] = params.get(k); });
  const r = S.readOptions(q, lang, app, sections, framing);
  const out = { embed: params.get('embed'), first, r };
  if (!r) return out;
  if (r.redirect) {
    const [to, rest] = r.redirect.split('.html?');
    out.there = { lang: to, r: S.readOptions(rest, to, false, sections, framing) };
    return out;
  }
  const w = new URLSearchParams([['embed', '1'], ['id', r.id]]);
  if (r.pymId !== r.id) w.set('childId', r.pymId);
  if (r.hostOrigin) w.set('origin', r.hostOrigin);
  w.set('theme', r.theme);
  w.set('compact', r.compact ? '1' : '0');
  if (r.accent) w.set('accent', r.accent);
  if (r.section) w.set('section', r.section);
  w.set('text', String(r.textSize));
  if (r.cta) { w.set('cta', r.cta); w.set('cta_label', r.ctaLabel); }
  if (r.ctaOrg) w.set('cta_org', r.ctaOrg);
  if (r.helpName) w.set('help_name', r.helpName);
  if (r.helpPhone) w.set('help_phone', r.helpPhone);
  if (r.helpAddress) w.set('help_address', r.helpAddress);
  out.again = S.readOptions(w.toString(), lang, false, sections, framing);
  out.linked = S.readOptions(S.linkQuery(q, r.textSize, r.section), lang === 'en' ? 'es' : 'en', false, sections, framing);
  // The URL checks as the browser's URL reads them.
  const url = (v) => { try { return new URL(v); } catch (e) { return null; } };
  const cta = r.cta && url(r.cta), origin = r.hostOrigin && url(r.hostOrigin);
  out.ctaOk = !r.cta || (!!cta && cta.protocol === 'https:' && !cta.username && !cta.password && r.cta.length <= 500);
  out.originOk = !r.hostOrigin || (!!origin && /^https?:$/.test(origin.protocol) && origin.origin === r.hostOrigin);
  return out;
}
const KEYS = ['lang', 'id', 'origin', 'theme', 'compact', 'accent', 'section', 'text', 'cta', 'cta_label', 'cta_org',
  'help_name', 'help_phone', 'help_address'];
// How the page is shown (web/frame/framing.js): inside a frame of the host's site (as embed.js and a
// pasted iframe show it), inside a frame whose site the browser does not name, or on its own.
const FRAMED = { framed: true, origin: HOST_ORIGIN };
const FRAMED_UNNAMED = { framed: true, origin: null };
const ALONE = { framed: false, origin: null };
const runSheet = (q, lang = 'en', app = false, framing = FRAMED) => page.evaluate(sheetCase, { q, lang, app, sections: SECTIONS, keys: KEYS, framing });
const options = (r) => { const { warnings, redirect, ...o } = r; return o; };
const plainText = (v) => { const t = v.trim(); return t.length >= 1 && t.length <= 60 && !/[\u0000-\u001f\u007f]/.test(t); };
const reads = (accent, theme) => contrast(accent, PALETTE[theme].background) >= 4.5 && contrast(accent, PALETTE[theme].surface) >= 4.5;

// --- inputs --------------------------------------------------------------------------------------
const ODD = ['é', 'ñ', '😀', '\u00a0', '\u2028', '\ufeff', '\u3000', '\u200b', '\t', '\n', '\u0001', '\u007f',
  ' ', '+', '%', '&', '=', '#', '?', '/', '\\', ':', '@', '[', ']', '"', "'", '<', '_', '.', '-', '~'];
const text = (maxLength) => fc.array(fc.oneof(fc.constantFrom(...'abcxyzABC019-_.'), fc.constantFrom(...ODD)), { maxLength }).map((a) => a.join(''));
const address = fc.tuple(
  fc.constantFrom('https', 'https', 'https', 'HTTPS', 'http', 'javascript', 'ftp', 'h'),
  fc.constantFrom('//', '//', '//', '/', '', '\\\\', '///'),
  fc.constantFrom('', '', '', 'u@', ':@', 'u:p@', ':p@'),
  fc.constantFrom('example.org', 'EXAMPLE.org', 'www.example.org', 'localhost', '127.0.0.1', '0x7f.1', '256.1.1.1',
    '[::1]', '[2001:DB8::1]', '[::ffff:1.2.3.4]', '[1::2::3]', 'a..b', 'xn--bcher-kva.example', 'bücher.example',
    'ex%61mple.org', 'a b.org', '', 'exa$mple.org'),
  fc.constantFrom('', '', '', ':', ':80', ':443', ':8080', ':65536', ':x'),
  fc.constantFrom('', '', '/', '/act', '/a b?c=d#e', '?x', '#f', '/' + 'x'.repeat(480)),
  fc.constantFrom('', '', '', ' ', '\t'),
).map(([scheme, slashes, user, host, port, rest, pad]) => pad + scheme + ':' + slashes + user + host + port + rest);
const hex = (n, width) => '#' + n.toString(16).padStart(width, '0');
const VALUES = {
  lang: fc.oneof(fc.constantFrom(...LANGS, 'fr', 'EN', '', 'es '), text(4)),
  id: fc.oneof(fc.constantFrom('factsheet', 'f-1', 'a b', '', 'x'.repeat(64), 'x'.repeat(65), 'é'), text(8)),
  childId: fc.oneof(fc.constantFrom('box', 'pym:1.2', '', 'a b', 'x'.repeat(129)), text(8)),
  origin: fc.oneof(address.map((a) => a.replace(/[/?#][^/]*$/, '')), address, text(12)),
  theme: fc.oneof(fc.constantFrom('light', 'dark', 'auto', 'host', 'purple', 'Light', ''), text(6)),
  compact: fc.constantFrom('', '1', '0', 'true', 'false', 'yes', 'TRUE'),
  accent: fc.oneof(fc.constantFrom('#c00', '#7a1f6b', '#ffff00', '#ffcc00', '#0b57b0', 'red', 'c00', '#c0', '#gggggg'),
    fc.integer({ min: 0, max: 0xffffff }).map((n) => hex(n, 6)), fc.integer({ min: 0, max: 0xfff }).map((n) => hex(n, 3))),
  section: fc.oneof(fc.constantFrom(...SECTIONS, 'does-not-exist', 'sources', '', 'SMARTLINK', '-x', 'a'.repeat(65)), text(6)),
  text: fc.oneof(fc.constantFrom('100', '150', '200', '250', '099', '99', '1e2', ' 150', '150 ', '١٥٠'),
    fc.integer({ min: 0, max: 300 }).map(String), text(4)),
  cta: address,
  cta_label: fc.oneof(fc.constantFrom('Join us', ' Join ', '', ' ', 'x'.repeat(60), 'x'.repeat(61), '\u00a0Hi\u00a0', 'a\nb',
    '😀'.repeat(30), '😀'.repeat(31)), text(20), fc.string({ unit: 'grapheme', maxLength: 70 })),
  cta_org: fc.oneof(fc.constantFrom('Org', 'Coalición Ejemplo', '', '\u2003', 'x'.repeat(61)), text(20)),
  help_name: fc.oneof(fc.constantFrom('Houston Accompaniment', ' Casa ', '', 'x'.repeat(61)), text(20)),
  help_phone: fc.oneof(fc.constantFrom('713-555-0142', '+1 (713) 555-0142', '(713) 555 0142', '555-01', '713 555 0142 ext 2',
    '+1 +713 5550142', '1234567890123456', 'tel:7135550142', ''), text(14)),
  help_address: fc.oneof(fc.constantFrom('1 Main St, Houston, TX', '', 'x'.repeat(120), 'x'.repeat(121), 'a\nb'), text(30)),
};
// How a host may write a value into an address: escaped, '+' for spaces, mostly raw, or with a
// broken escape at the end.
const ENCODINGS = [
  (s) => encodeURIComponent(s),
  (s) => new URLSearchParams([['', s]]).toString().slice(1),
  (s) => s.replace(/[&#=+%]/g, (c) => encodeURIComponent(c)),
  (s) => s.replace(/[&#]/g, (c) => encodeURIComponent(c)) + '%',
  (s) => s.replace(/[&#]/g, (c) => encodeURIComponent(c)) + '%E9',
];
const safe = (f) => (s) => { try { return f(s); } catch (e) { return encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '')); } };
const pair = fc.oneof(
  ...Object.keys(VALUES).map((k) => fc.tuple(fc.constant(k), VALUES[k], fc.nat(ENCODINGS.length - 1))
    .map(([key, v, e]) => key + '=' + safe(ENCODINGS[e])(v))),
  fc.tuple(fc.constantFrom('Theme', 'initialWidth', 'parentUrl', '', 'te%78t', 'cta+label', 'compact'), text(10))
    .map(([key, v]) => key + (key === 'compact' ? '' : '=' + encodeURIComponent(v))),
);
const sheetQuery = fc.tuple(fc.constantFrom('?', ''), fc.constantFrom('embed=1', 'embed=1', 'embed=1', 'embed=1', 'embed=0', 'embed=true', ''),
  fc.array(pair, { minLength: 1, maxLength: 6 })).map(([q, embed, pairs]) => q + [embed, ...pairs].filter(Boolean).join('&'));
const sheetPage = fc.constantFrom(['en', false], ['es', false], ['en', true]);

// --- properties: embedded.js ---------------------------------------------------------------------
test('the sheet reads every address to options within their rules, with one warning per option it ignores', async () => {
  await fc.assert(fc.asyncProperty(sheetQuery, sheetPage, async (q, [lang, app]) => {
    const { embed, first, r, there, again, linked, ctaOk, originOk } = await runSheet(q, lang, app);
    assert.equal(r !== null, embed === '1', 'embedded exactly when embed=1');
    if (!r) return;
    const keys = r.warnings.map((w) => w[0]);
    assert.equal(new Set(keys).size, keys.length, 'at most one warning per key');
    for (const [key, message] of r.warnings) {
      assert.ok(KEYS.includes(key) && first[key] !== null, `a warning for ${key}, which the address has`);
      assert.ok(message.startsWith('ignored ' + key), message);
    }
    if (r.redirect) {
      // A page asked for another language (or the app page) hands over, keeping the rest.
      assert.ok(app || there.lang !== lang);
      assert.ok(LANGS.includes(there.lang));
      assert.ok(there.r && !there.r.redirect, 'the hand-over page reads the options itself');
      assert.ok(!there.r.warnings.some((w) => w[0] === 'lang'));
      return;
    }
    // Every option taken is within its rule, and an option the address has is either taken or
    // warned about (the call to action's three parts as one: a warning on one explains the others).
    const warned = (k) => keys.includes(k);
    const ctaWarned = ['cta', 'cta_label', 'cta_org'].some(warned);
    const helpWarned = ['help_name', 'help_phone', 'help_address'].some(warned);
    const taken = {
      id: r.id === first.id, origin: r.hostOrigin === first.origin, theme: r.theme === first.theme, accent: r.accent === first.accent,
      section: r.section === first.section, text: String(r.textSize) === first.text, cta: r.cta === first.cta,
      cta_label: r.ctaLabel === first.cta_label, cta_org: r.ctaOrg === first.cta_org,
      help_name: r.helpName === first.help_name, help_phone: r.helpPhone === first.help_phone, help_address: r.helpAddress === first.help_address,
      compact: /^(|1|0|true|false)$/.test(first.compact ?? '') && r.compact === /^(|1|true)$/.test(first.compact),
      lang: first.lang === lang,
    };
    for (const k of KEYS) {
      if (first[k] === null) continue;
      if (taken[k]) assert.ok(!warned(k), `${k}=${JSON.stringify(first[k])} taken and warned about: ${JSON.stringify(r.warnings)}`);
      else assert.ok(warned(k) || (k.startsWith('cta') && ctaWarned) || (k.startsWith('help') && helpWarned), `${k}=${JSON.stringify(first[k])} ignored without a warning`);
    }
    assert.match(r.id, /^[A-Za-z0-9_-]{1,64}$/);
    assert.match(r.pymId, /^[A-Za-z0-9_:.-]{1,128}$/);
    assert.ok(['light', 'dark', 'auto', 'host'].includes(r.theme));
    assert.ok(r.textSize >= 100 && r.textSize <= 200);
    assert.ok(r.section === null || SECTIONS.includes(r.section));
    assert.ok(ctaOk && originOk, `cta ${r.cta}, origin ${r.hostOrigin}`);
    if (r.cta) assert.ok(plainText(r.ctaLabel) && (r.ctaOrg === null || plainText(r.ctaOrg)));
    else assert.ok(r.ctaLabel === null && r.ctaOrg === null);
    // Local help: a name with a number or an address; a number only of a phone's characters.
    if (r.helpName) assert.ok(plainText(r.helpName) && (r.helpPhone !== null || r.helpAddress !== null));
    else assert.ok(r.helpPhone === null && r.helpAddress === null);
    if (r.helpPhone) {
      const digits = r.helpPhone.replace(/\D/g, '').length;
      assert.ok(/^[+(0-9][0-9 ()+.-]*[0-9]$/.test(r.helpPhone) && r.helpPhone.indexOf('+', 1) < 0 && digits >= 7 && digits <= 15, r.helpPhone);
    }
    if (r.accent) {
      assert.match(r.accent, /^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
      assert.deepEqual(r.accentOk, { light: reads(r.accent, 'light'), dark: reads(r.accent, 'dark') });
      const fixed = r.theme === 'light' || r.theme === 'dark';
      assert.ok(fixed ? r.accentOk[r.theme] : r.accentOk.light || r.accentOk.dark, `accent ${r.accent} does not read in ${r.theme}`);
    }
    // Written back, the options read the same with no warning; the language link reads on the
    // other page to the same options, with the same warnings but for lang, section and text.
    assert.deepEqual(again, { ...r, warnings: [] });
    assert.deepEqual(options(linked), options(r));
    assert.deepEqual(linked.warnings, r.warnings.filter((w) => !['lang', 'section', 'text'].includes(w[0])));
  }), { seed: SEED, numRuns: RUNS });
});

// What another site adds (the call to action: options.js's `adds`) counts only inside that
// site's frame. Opened on its own (a link passed around, a tab), the same address gives the
// same sheet with nothing added: one console warning for each such option, nothing else.
const ADDS = ['cta', 'cta_label', 'cta_org', 'help_name', 'help_phone', 'help_address'];
const ADDED = ['cta', 'ctaLabel', 'ctaOrg', 'helpName', 'helpPhone', 'helpAddress', 'addedBy'];
const withoutAdded = (r) => { const o = options(r); ADDED.forEach((k) => delete o[k]); return o; };
const NOT_FRAMED = (k) => `ignored ${k}: it adds to the sheet only inside a frame of the site that embeds it`;
test('opened unframed, the sheet shows no added content: no call to action, one warning for each such option', async () => {
  await fc.assert(fc.asyncProperty(sheetQuery, sheetPage, async (q, [lang, app]) => {
    const alone = await runSheet(q, lang, app, ALONE);
    const framed = await runSheet(q, lang, app, FRAMED);
    assert.equal(alone.r === null, framed.r === null);
    if (!alone.r) return;
    const r = alone.there ? alone.there.r : alone.r;
    const f = framed.there ? framed.there.r : framed.r;
    assert.equal(alone.r.redirect, framed.r.redirect);
    for (const k of ADDED) assert.equal(r[k], null, `${k} taken on a page opened on its own`);
    for (const k of ADDS) {
      if (alone.first[k] !== null) assert.ok(r.warnings.some(([key, m]) => key === k && m === NOT_FRAMED(k)), `${k}: ${JSON.stringify(r.warnings)}`);
    }
    // Everything else reads as it does in a frame, with the same warnings.
    assert.deepEqual(withoutAdded(r), withoutAdded(f));
    assert.deepEqual(r.warnings.filter(([k]) => !ADDS.includes(k)), f.warnings.filter(([k]) => !ADDS.includes(k)));
  }), { seed: SEED, numRuns: RUNS });
});

test('in a frame, what is added is named by the site the browser reports, never by an option', async () => {
  const claim = 'origin=' + encodeURIComponent('https://ice.gov') + '&cta=' + encodeURIComponent('https://pay.example/give') +
    '&cta_label=' + encodeURIComponent('Pay your ICE bond here') + '&cta_org=' + encodeURIComponent('ICE Help Desk');
  const named = (await runSheet('?embed=1&' + claim, 'en', false, FRAMED)).r;
  assert.equal(named.addedBy, HOST_ORIGIN);
  assert.equal(named.hostOrigin, 'https://ice.gov');   // where height messages go; it names no one
  assert.equal(named.cta, 'https://pay.example/give');
  const unnamed = (await runSheet('?embed=1&' + claim, 'en', false, FRAMED_UNNAMED)).r;
  assert.equal(unnamed.addedBy, null);
  assert.equal(unnamed.cta, 'https://pay.example/give');
  for (const lang of LANGS) {
    const alone = (await runSheet('?embed=1&' + claim, lang, false, ALONE)).r;
    assert.deepEqual(summary(alone), { hostOrigin: 'https://ice.gov', warnings: ['cta', 'cta_label', 'cta_org'].map(NOT_FRAMED) }, lang);
  }
});

test('every #rgb accent is taken exactly where it reads at 4.5:1 on the page and its boxes', async () => {
  const all = Array.from({ length: 4096 }, (_, i) => hex(i, 3));
  const rows = await page.evaluate(({ all }) => all.map((a) => ['light', 'dark', 'auto'].map((theme) =>
    window.__options.sheet.readOptions('?embed=1&theme=' + theme + '&accent=' + encodeURIComponent(a), 'en', false, []))), { all });
  all.forEach((a, i) => {
    const [light, dark, auto] = rows[i];
    const ok = { light: reads(a, 'light'), dark: reads(a, 'dark') };
    assert.equal(light.accent, ok.light ? a : null, `${a} on light`);
    assert.equal(dark.accent, ok.dark ? a : null, `${a} on dark`);
    assert.equal(auto.accent, ok.light || ok.dark ? a : null, `${a} on auto`);
    for (const r of [light, dark, auto]) assert.equal(r.warnings.length, r.accent ? 0 : 1);
  });
});

// --- properties: embed.js ------------------------------------------------------------------------
const ATTRIBUTES = { 'data-lang': VALUES.lang, 'data-section': fc.oneof(VALUES.section, fc.constantFrom('smartlink', 'a'.repeat(64), '9x')),
  'data-theme': VALUES.theme, 'data-host-theme': VALUES.theme, 'data-compact': VALUES.compact, 'data-accent': VALUES.accent,
  'data-cta': VALUES.cta, 'data-cta-label': VALUES.cta_label, 'data-cta-org': VALUES.cta_org,
  'data-help-name': VALUES.help_name, 'data-help-phone': VALUES.help_phone, 'data-help-address': VALUES.help_address,
  'data-title': fc.oneof(VALUES.cta_label, fc.constantFrom(119, 120, 121).map((n) => 'x'.repeat(n))) };
const hostCase = fc.tuple(
  fc.array(fc.oneof(...Object.entries(ATTRIBUTES).map(([n, v]) => fc.tuple(fc.constant(n), v))), { maxLength: 7 }),
  fc.option(fc.tuple(fc.constantFrom('/en.html', '/es.html', '/', '/x/es.html', '/en.htm'),
    fc.constantFrom('', '', '#smartlink', '#about', '#Bad', '#' + 'a'.repeat(65), '#-x', '#sources')).map(([p, h]) => p + h)),
).map(([attributes, href]) => ({ attributes, href }));
const runHost = (c) => page.evaluate(({ c, base, hostOrigin, sections }) => {
  const h = window.__options.host({ ...c, base, hostOrigin });
  if (!h.sheetUrl) return { h };
  const u = new URL(h.sheetUrl);
  const lang = u.pathname.slice(1, -'.html'.length);
  return { h, lang, params: Object.fromEntries(u.searchParams),
    sheet: window.__options.sheet.readOptions(u.search, lang, false, sections, { framed: true, origin: hostOrigin }) };
}, { c, base: BASE, hostOrigin: HOST_ORIGIN, sections: SECTIONS });

test('embed.js warns once for each bad attribute, and the sheet takes what it passes on, unchanged', async () => {
  await fc.assert(fc.asyncProperty(hostCase, async (c) => {
    const { h, lang, params, sheet } = await runHost(c);
    const given = new Map();
    for (const [n, v] of c.attributes) if (!given.has(n)) given.set(n, v);   // the first one counts
    const names = h.warnings.map((w) => /^ignored (data-[a-z-]+)/.exec(w)?.[1]);
    for (let i = 0; i < names.length; i++) {
      assert.ok(names[i] && given.has(names[i]), `a warning for an attribute the link has: ${h.warnings[i]}`);
      assert.equal(names.indexOf(names[i]), i, `one warning per attribute: ${JSON.stringify(h.warnings)}`);
    }
    if (c.href === null && given.size === 0) { assert.deepEqual(h, { warnings: [], sheetUrl: null, title: null, linkHref: null }); return; }
    assert.ok(h.sheetUrl.startsWith(BASE + lang + '.html?embed=1&'), h.sheetUrl);
    assert.ok(LANGS.includes(lang));
    if (given.has('data-lang') && !names.includes('data-lang')) assert.equal(lang, given.get('data-lang'));
    if (c.href === null) assert.ok(h.linkHref.startsWith(BASE + lang + '.html'), h.linkHref);
    assert.ok(h.title.length > 0);
    // The iframe's address carries each good attribute as it was (labels trimmed).
    const passed = { 'data-theme': 'theme', 'data-accent': 'accent', 'data-cta': 'cta', 'data-cta-org': 'cta_org', 'data-section': 'section' };
    for (const [attr, key] of Object.entries(passed)) {
      if (given.has(attr) && !names.includes(attr) && (attr !== 'data-cta-org' || params.cta)) {
        assert.equal(params[key], attr === 'data-cta-org' ? given.get(attr).trim() : given.get(attr), attr);
      }
    }
    // The sheet takes all of it with no warning, but for what only it can check (that the
    // section exists, the accent's contrast).
    assert.ok(sheet && !sheet.redirect);
    assert.deepEqual(sheet.warnings.filter((w) => w[0] !== 'section' && w[0] !== 'accent'), []);
    assert.equal(sheet.id, 'factsheet-1');
    assert.equal(sheet.hostOrigin, HOST_ORIGIN);
    assert.equal(sheet.theme, params.theme || 'auto');
    assert.equal(sheet.cta, params.cta || null);
    if (sheet.cta) assert.equal(sheet.ctaLabel, given.get('data-cta-label').trim());
    if (sheet.helpName) {
      assert.equal(sheet.helpName, given.get('data-help-name').trim());
      assert.equal(sheet.helpPhone, given.has('data-help-phone') && !names.includes('data-help-phone') ? given.get('data-help-phone') : null);
    }
  }), { seed: SEED, numRuns: RUNS });
});

// --- properties: boot.js -------------------------------------------------------------------------
const bootInput = fc.record({
  search: fc.oneof(fc.constant(''), sheetQuery.map((q) => '?' + q.replace(/^\?/, '')),
    fc.constantFrom(...LANGS, 'fr', 'EN', '').map((l) => '?lang=' + l)),
  hash: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => ({ hash: s ? '#' + encodeURIComponent(s) : '', want: s })),
    fc.constantFrom(...SECTIONS).map((s) => ({ hash: '#' + s, want: s })),
    fc.constantFrom('%', '%E9', '%ED%A0%80', '%F4%90%80%80', '%C0%80', '%E2%82', 'a%2', '%%').map((s) => ({ hash: '#' + s, want: '' })),
  ),
  prefs: fc.array(fc.constantFrom('fr', 'ES-mx', 'en', 'en-US', 'es', 'de', 'ES', '', 'zh-Hant-TW', 'pt-BR'), { maxLength: 4 }),
});
test('boot.js picks a language the sheet has (?lang=, then the browser\'s, then English) and decodes #section', async () => {
  await fc.assert(fc.asyncProperty(bootInput, async ({ search, hash, prefs }) => {
    const got = await page.evaluate((c) => window.__options.bootCase(c), { search, hash: hash.hash, prefs });
    // A tag names one of the sheet's languages whole (any case), else by its primary subtag.
    const pick = (tag) => {
      if (!tag) return undefined;
      const t = String(tag).toLowerCase();
      return LANGS.find((c) => c.toLowerCase() === t) || LANGS.find((c) => c.toLowerCase().split('-')[0] === t.split('-')[0]);
    };
    assert.equal(got.lang, pick(got.asked) || prefs.map(pick).find(Boolean) || LANGS[0]);
    assert.equal(got.section, hash.want);
  }), { seed: SEED, numRuns: RUNS });
});

// --- tables: known addresses and what the sheet makes of them ---------------------------------
// The seeds of the former fuzz corpora (tests/fuzz/corpus/query and embed_options), each with
// the options that differ from the defaults and the warnings, in order; null: not embedded.
const DEFAULTS = { id: 'factsheet', hostOrigin: null, theme: 'auto', compact: false, accent: null, section: null, textSize: 100, cta: null, ctaLabel: null, ctaOrg: null,
  helpName: null, helpPhone: null, helpAddress: null };
function summary(r) {
  if (!r) return null;
  const s = {};
  if (r.redirect) s.redirect = r.redirect;
  else {
    for (const k of Object.keys(DEFAULTS)) if (JSON.stringify(r[k]) !== JSON.stringify(DEFAULTS[k])) s[k] = r[k];
    if (r.pymId !== r.id) s.pymId = r.pymId;
    if (r.accent) s.accentOk = r.accentOk;
  }
  s.warnings = r.warnings.map((w) => w[1]);
  return s;
}
const ONE_OF = 'a section id such as smartlink: one of ' + SECTIONS.join(', ');
const SHEET_TABLE = [
  // Not embedded: no embed=1 (a BOM or a space makes another key), or another value.
  ['\ufeffembed=1&x=%EF%BB%BF', null],
  ['?embed=true&theme=purple', null],
  ['a=%00%01%1F%7F&b=\t\u0001', null],
  ['&&=&a&=b&c=&&', null],
  ['??a=1?b=2&c==3', null],
  ['v=%C3%28&w=%ED%A0%80&x=%F4%90%80%80&y=%E2%82&z=%C0%AF', null],
  ['q=%zz%4&r=%%41&s=%&t=%4g', null],
  ['a+b=c+d&x=%2B&y=1+1%3D2', null],
  ['a=\ufffd\ufffd&b=\ufffd&c=\ufffd&d=\ufffd', null],
  ['title=Coalición ☂ 😀&n= &nb= x ', null],
  ['?lang=es#smartlink', null],
  // The first of a repeated key counts.
  ['embed=1&embed=0&lang=en&lang=es&theme=dark&theme=light', { theme: 'dark', warnings: [] }],
  ['?embed=1&theme=dark&theme=light&embed=0&accent=%23c00&accent=%23fff',
    { theme: 'dark', warnings: ['ignored accent="#c00" (contrast below 4.5:1 against the dark background)'] }],
  ['?embed=1&text=+150&text=150', { warnings: ['ignored text=" 150" (expected a percentage from 100 to 200)'] }],
  // Pym.js's own parameters: childId names the height messages; the rest are not ours.
  ['embed=1&initialWidth=390&childId=factsheet-box&parentTitle=Campaign&parentUrl=https%3A%2F%2Fexample.org%2F', { pymId: 'factsheet-box', warnings: [] }],
  ['?embed=1&id=a%20b&childId=x:y.z', { pymId: 'x:y.z', warnings: ['ignored id="a b" (expected letters, digits, - and _, at most 64)'] }],
  // The README's examples; the Spanish one, read on en.html, hands over to es.html.
  ['?embed=1&section=smartlink', { section: 'smartlink', warnings: [] }],
  ['?embed=1&lang=es&section=smartlink&theme=dark&accent=%237a1f6b&cta=https%3A%2F%2Fexample.org%2Fact&cta_label=Firme+la+carta&cta_org=Coalici%C3%B3n+Ejemplo&text=125',
    { redirect: 'es.html?embed=1&section=smartlink&theme=dark&accent=%237a1f6b&cta=https%3A%2F%2Fexample.org%2Fact&cta_label=Firme+la+carta&cta_org=Coalici%C3%B3n+Ejemplo&text=125', warnings: [] }],
  ['?embed=1&lang=es&section=smartlink&text=150', { redirect: 'es.html?embed=1&section=smartlink&text=150', warnings: [] }],
  // What embed.js writes.
  ['?embed=1&id=factsheet-2&origin=https%3A%2F%2Fexample.org&theme=host&compact=1',
    { id: 'factsheet-2', hostOrigin: 'https://example.org', theme: 'host', compact: true, warnings: [] }],
  ['?embed=1&id=factsheet-1&origin=http%3A%2F%2F127.0.0.1%3A8080&section=smartlink&theme=light&accent=%237a1f6b&cta=https%3A%2F%2Fexample.org%2Fact&cta_label=Firme+la+carta&cta_org=Coalici%C3%B3n+Ejemplo',
    { id: 'factsheet-1', hostOrigin: 'http://127.0.0.1:8080', theme: 'light', accent: '#7a1f6b', section: 'smartlink', cta: 'https://example.org/act',
      ctaLabel: 'Firme la carta', ctaOrg: 'Coalición Ejemplo', accentOk: { light: true, dark: false }, warnings: [] }],
  // Accents: readable on the dark theme only (auto uses it there), unreadable on the fixed one, not a colour.
  ['?embed=1&theme=auto&accent=%23ffcc00', { accent: '#ffcc00', accentOk: { light: false, dark: true }, warnings: [] }],
  ['?embed=1&theme=light&accent=%23ffff00', { theme: 'light', warnings: ['ignored accent="#ffff00" (contrast below 4.5:1 against the light background)'] }],
  ['?embed=1&accent=c00&compact=maybe', { warnings: ['ignored compact="maybe" (expected true or false (or 1 or 0))', 'ignored accent="c00" (expected a colour #rgb or #rrggbb)'] }],
  // The call to action: https only, no credentials; its label needed, and it needed by the label.
  ['?embed=1&cta=https%3A%2F%2Fuser%3Apass%40example.org%2F&cta_label=Join', { warnings: ['ignored cta="https://user:pass@example.org/" (expected an https:// address)'] }],
  ['?embed=1&cta=http%3A%2F%2Fexample.org&cta_label=Join', { warnings: ['ignored cta="http://example.org" (expected an https:// address)'] }],
  ['?embed=1&cta=https%3A%2F%2F0x7f.1%2F&cta_label=x', { cta: 'https://0x7f.1/', ctaLabel: 'x', warnings: [] }],
  ['?embed=1&cta=https%3A%2F%2F%5B%3A%3Affff%3A1.2.3.4%5D%3A8443%2Fa&cta_label=x', { cta: 'https://[::ffff:1.2.3.4]:8443/a', ctaLabel: 'x', warnings: [] }],
  // The browser's URL reads this one as https://example.org/a?b#c; labels are trimmed when shown.
  ['?embed=1&cta=+HTTPS%3A%5C%5Cexample.org%3A443%2Fa%3Fb%23c+&cta_label=%20Join%20&cta_org=%E2%80%83Org%E2%80%83',
    { cta: ' HTTPS:\\\\example.org:443/a?b#c ', ctaLabel: ' Join ', ctaOrg: '\u2003Org\u2003', warnings: [] }],
  ['?embed=1&cta=https%3A%2F%2Fexample.org', { warnings: ['ignored cta: it needs a valid cta_label'] }],
  ['?embed=1&cta_label=Join+us&cta_org=Org', { warnings: ['ignored cta_label: it needs a valid cta'] }],
  ['?embed=1&cta_org=Org', { warnings: ['ignored cta_org: it needs a valid cta'] }],
  // Local help: a name with a phone number (a phone's characters only) or an address.
  ['?embed=1&help_name=Houston+Accompaniment&help_phone=%2B1+(713)+555-0142&help_address=1+Main+St%2C+Houston',
    { helpName: 'Houston Accompaniment', helpPhone: '+1 (713) 555-0142', helpAddress: '1 Main St, Houston', warnings: [] }],
  ['?embed=1&help_name=Casa&help_phone=call+713', { warnings: ['ignored help_phone="call 713" (expected a phone number: digits, spaces and + - ( ) . only, 7 to 15 digits)'] }],
  ['?embed=1&help_phone=713-555-0142', { warnings: ['ignored help_phone: it needs a valid help_name'] }],
  ['?embed=1&help_name=Casa', { warnings: ['ignored help_name: it needs a valid help_phone or help_address'] }],
  ['?embed=1&cta=https%3A%2F%2Fexample.org&cta_label=%0Ahi&cta_org=' + 'x'.repeat(61),
    { cta: 'https://example.org', ctaLabel: '\nhi', warnings: [`ignored cta_org="${'x'.repeat(61)}" (expected plain text of 1 to 60 characters)`] }],
  // The host's origin: exactly an origin.
  ['?embed=1&origin=https%3A%2F%2Fexample.org%3A443', { warnings: ['ignored origin="https://example.org:443" (expected an origin such as https://example.org)'] }],
  ['?embed=1&origin=https%3A%2F%2Fexample.org%2F', { warnings: ['ignored origin="https://example.org/" (expected an origin such as https://example.org)'] }],
  ['?embed=1&origin=https%3A%2F%2FExample.org', { warnings: ['ignored origin="https://Example.org" (expected an origin such as https://example.org)'] }],
  ['?embed=1&origin=http%3A%2F%2F%5B%3A%3A1%5D%3A8080', { hostOrigin: 'http://[::1]:8080', warnings: [] }],
  // The rest of the bad options (tests/browser/embed.test.mjs's plain iframe among them).
  ['?embed=1&section=does-not-exist', { warnings: [`ignored section="does-not-exist" (expected ${ONE_OF})`] }],
  ['?embed=1&text=250', { warnings: ['ignored text="250" (expected a percentage from 100 to 200)'] }],
  ['?embed=1&theme=purple', { warnings: ['ignored theme="purple" (expected light, dark, auto or host)'] }],
  ['?embed=1&id=plain&lang=xx&section=nope&cta=javascript:alert(1)&cta_label=Hi&theme=blue&childId=pym-box',
    { id: 'plain', pymId: 'pym-box', warnings: ['ignored lang="xx" (expected en, es, ht or pt-BR)', 'ignored theme="blue" (expected light, dark, auto or host)',
      'ignored cta="javascript:alert(1)" (expected an https:// address)', `ignored section="nope" (expected ${ONE_OF})`] }],
];
test('known addresses, read on en.html: the options and warnings the sheet gives', async () => {
  for (const [q, expected] of SHEET_TABLE) assert.deepEqual(summary((await runSheet(q)).r), expected, JSON.stringify(q));
});

// The host page's attributes (the link's address, if any) -> warnings, the iframe's address and title.
const FRAME = 'https://sheet.example/';
const HOST_TABLE = [
  [{ attributes: [['data-lang', 'fr'], ['data-accent', 'red;}'], ['data-cta', 'http://example.org/join'], ['data-cta-label', 'Join us'], ['data-theme', 'neon'], ['data-compact', 'maybe']], href: '/en.html' },
    { warnings: ['ignored data-lang="fr" (expected en, es, ht or pt-BR)', 'ignored data-theme="neon" (expected light, dark, auto or host)',
      'ignored data-compact="maybe" (expected true or false (or 1 or 0))', 'ignored data-accent="red;}" (expected a colour #rgb or #rrggbb)',
      'ignored data-cta="http://example.org/join" (expected an https:// address)'],
    sheetUrl: FRAME + 'en.html?embed=1&id=factsheet-1&origin=https%3A%2F%2Fhost.example', title: 'Fact sheet: ICE’s “Alternatives to Detention”', linkHref: null }],
  [{ attributes: [['data-theme', 'host'], ['data-host-theme', 'dark'], ['data-accent', '#7a1f6b'], ['data-cta', 'https://example.org/act'], ['data-cta-label', 'Firme la carta'], ['data-cta-org', 'Coalición Ejemplo']], href: '/es.html#smartlink' },
    { warnings: [], sheetUrl: FRAME + 'es.html?embed=1&id=factsheet-1&origin=https%3A%2F%2Fhost.example&section=smartlink&theme=host&accent=%237a1f6b&cta=https%3A%2F%2Fexample.org%2Fact&cta_label=Firme+la+carta&cta_org=Coalici%C3%B3n+Ejemplo',
      title: 'Hoja informativa: las “alternativas a la detención” de ICE', linkHref: null }],
  [{ attributes: [['data-lang', 'es'], ['data-section', 'smartlink'], ['data-compact', ''], ['data-title', 'Hoja']], href: null },
    { warnings: [], sheetUrl: FRAME + 'es.html?embed=1&id=factsheet-1&origin=https%3A%2F%2Fhost.example&section=smartlink&compact=1', title: 'Hoja', linkHref: FRAME + 'es.html#smartlink' }],
  [{ attributes: [['data-cta-org', 'Org']], href: '/en.html' },
    { warnings: ['ignored data-cta-org: it needs a valid data-cta'], sheetUrl: FRAME + 'en.html?embed=1&id=factsheet-1&origin=https%3A%2F%2Fhost.example', title: 'Fact sheet: ICE’s “Alternatives to Detention”', linkHref: null }],
];
test('known host pages: the warnings, the iframe\'s address and title embed.js gives', async () => {
  for (const [c, expected] of HOST_TABLE) {
    assert.deepEqual(await page.evaluate((c) => window.__options.host(c), { ...c, base: BASE, hostOrigin: HOST_ORIGIN }), expected, JSON.stringify(c));
  }
});

// Addresses of the app page, with a browser that prefers French, then Mexican Spanish, then English.
const BOOT_TABLE = [
  ['?lang=es#smartlink', { lang: 'es', section: 'smartlink' }],
  ['#alternative%2Dor%2Daddition', { lang: 'es', section: 'alternative-or-addition' }],
  ['?lang=en#%E0%A4%A', { lang: 'en', section: '' }],          // a broken escape: no section
  ['#%ED%A0%80', { lang: 'es', section: '' }],                 // an escaped surrogate: no section
  ['?lang=es', { lang: 'es', section: '' }],
  ['?render=continuous&lang=en', { lang: 'en', section: '' }],
  ['?lang=fr', { lang: 'es', section: '' }],
  ['?lang=EN&embed=1', { lang: 'en', section: '' }],            // a tag in any case
  ['?lang=pt#smartlink', { lang: 'pt-BR', section: 'smartlink' }],  // by its language alone
];
test('known app addresses: the language and section boot.js reads', async () => {
  for (const [address, expected] of BOOT_TABLE) {
    const at = address.indexOf('#');
    const c = { search: at < 0 ? address : address.slice(0, at), hash: at < 0 ? '' : address.slice(at), prefs: ['fr', 'ES-mx', 'en'] };
    const { lang, section } = await page.evaluate((c) => window.__options.bootCase(c), c);
    assert.deepEqual({ lang, section }, expected, address);
  }
});
