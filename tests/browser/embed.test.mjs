// embed.test.mjs: the sheet embedded in another site's page. The host pages are served from a
// second port (another origin) with a strict CSP, and load embed.js from the sheet's origin, as
// a campaign page would. The iframe follows the content's height; options take effect; bad ones
// are ignored with one warning each; the host page is left as it was; stray messages are ignored;
// with scripts off the reader still gets a working link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, artifacts, startEmbedHost, PHONE, EMBED_FRAME as FRAME, sheetFrame, heightsMatch, axeViolations } from './harness.mjs';

const es = JSON.parse(readFileSync(path.join(root, 'data/es.json'), 'utf8'));
const en = JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8'));

let sheet, host, browser, dir, SHEET, ALT;

// The host pages. No inline script or style anywhere: the host's CSP forbids both.
function pages() {
  const head = (title) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="host.css">
</head>
`;
  writeFileSync(path.join(dir, 'favicon.ico'), '');   // what the browser asks every host for
  writeFileSync(path.join(dir, 'host.css'), 'body { font: 16px/1.4 sans-serif; margin: 0 12px; } .spacer { height: 3000px; }\n');
  writeFileSync(path.join(dir, 'main.html'), head('Campaign') + `<body>
<header id="top"><h1>Stop the surveillance</h1><p>Our campaign page, with the fact sheet below.</p></header>
<main id="host-main">
<p class="lead">Before the sheet.</p>
<p><a class="factsheet-embed" href="${SHEET}/es.html#smartlink" data-theme="light" data-accent="#7a1f6b" data-cta="https://example.org/act" data-cta-label="Firme la carta" data-cta-org="Coalición Ejemplo">Hoja informativa: las “alternativas a la detención” de ICE, con fuentes</a></p>
<script src="${SHEET}/embed.js" async></script>
<p>Between the sheets.</p>
<div class="spacer"></div>
<p><a class="factsheet-embed" href="${SHEET}/en.html" data-compact data-theme="host" data-host-theme="dark">Fact sheet: ICE’s “Alternatives to Detention”, sourced</a></p>
<p id="after">After the sheets.</p>
</main>
<footer><p>Host footer</p></footer>
</body>
</html>
`);
  // A host that claims to be someone else: its name for itself, and an origin= it is not.
  writeFileSync(path.join(dir, 'claims.html'), head('Claims') + `<body>
<p><a class="factsheet-embed" href="${SHEET}/en.html" data-cta="https://pay.example/give" data-cta-label="Pay your ICE bond here" data-cta-org="ICE Help Desk">Fact sheet</a></p>
<script src="${SHEET}/embed.js" async></script>
<iframe class="plain" title="Plain" src="${SHEET}/es.html?embed=1&amp;id=claim&amp;origin=https%3A%2F%2Fwww.ice.gov&amp;cta=https%3A%2F%2Fpay.example%2Fgive&amp;cta_label=Pague+su+fianza&amp;cta_org=ICE" width="100%" height="500"></iframe>
<p><a class="factsheet-embed" href="${SHEET}/es.html" data-help-name="Acompañamiento Houston" data-help-phone="(713) 555-0142" data-help-address="1 Main St, Houston, TX">Hoja</a></p>
</body>
</html>
`);
  writeFileSync(path.join(dir, 'bad.html'), head('Bad options') + `<body>
<p>Bad options below.</p>
<a class="factsheet-embed" href="${SHEET}/en.html" data-lang="fr" data-accent="red;}" data-cta="http://example.org/join" data-cta-label="Join us" data-theme="neon" data-compact="maybe">Fact sheet</a>
<script src="${SHEET}/embed.js" data-theme="light" data-accent="#ffff00" async></script>
<iframe class="plain" title="Plain" src="${SHEET}/en.html?embed=1&amp;id=plain&amp;lang=xx&amp;section=nope&amp;cta=javascript:alert(1)&amp;cta_label=Hi&amp;theme=blue&amp;childId=pym-box" width="100%" height="500"></iframe>
</body>
</html>
`);
}

let servers;
before(async () => {
  servers = await startEmbedHost((folder, sheetUrl) => {
    dir = folder;
    SHEET = sheetUrl;
    ALT = SHEET.replace('127.0.0.1', 'localhost');   // the same files from another origin
    pages();
  }, (sheetUrl) => `default-src 'self'; script-src 'self' ${sheetUrl}; frame-src ${sheetUrl} ${sheetUrl.replace('127.0.0.1', 'localhost')}; style-src 'self'; ` +
    "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'");
  ({ sheet, host, browser } = servers);
});
after(async () => { await servers?.stop(); });

// Opens a host page; collects warnings and errors from the page and every frame in it.
async function openHost(name, contextOptions = {}) {
  const context = await browser.newContext({ ...PHONE, ...contextOptions });
  const page = await context.newPage();
  const warnings = [], problems = [], requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') problems.push('console: ' + m.text());
  });
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  await page.goto(host.url + name, { waitUntil: 'load' });
  return { context, page, warnings, problems, requests };
}

test('the script turns the near link into an iframe as tall as the sheet; the far one waits until scrolled near', async () => {
  const { page, context, problems, requests } = await openHost('main.html');
  const { handle, frame } = await sheetFrame(page, 0);
  const attrs = await handle.evaluate((f) => ({
    title: f.title, sandbox: f.getAttribute('sandbox'), referrer: f.getAttribute('referrerpolicy'),
    loading: f.getAttribute('loading'), width: f.getAttribute('width'), src: f.src,
  }));
  assert.match(attrs.title, /alternativas a la detención/);
  assert.deepEqual(attrs.sandbox.split(' ').sort(), ['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts']);
  assert.equal(attrs.referrer, 'no-referrer');
  assert.equal(attrs.loading, 'lazy');
  assert.equal(attrs.width, '100%');
  assert.ok(attrs.src.startsWith(SHEET + '/es.html?embed=1&'), attrs.src);
  const h = await heightsMatch(page, handle, frame);
  assert.ok(h > 600, `the sheet is taller than the first guess (${h})`);
  // No wasm, no canvas, not even the content file in the embed: the rendition only. (Its pictures
  // are drawn by the picture runtime once one is near: pictures.test.mjs. Answers first puts the
  // section's main picture right under its key points, so here one is near at once.)
  assert.equal(await frame.evaluate(() => !!document.getElementById('sheet-canvas')), false);
  const runtime = /factsheet-pictures\.|\/content\//;
  assert.deepEqual(requests.filter((u) => /\.wasm|\/content\/|factsheet\.[0-9a-f]+\.js|boot\./.test(u) && !runtime.test(u)), []);
  if (requests.some((u) => runtime.test(u))) {
    assert.ok(await frame.evaluate(() => [...document.querySelectorAll('main figure.chart, main figure.diagram, main figure.timeline')]
      .some((f) => f.checkVisibility())), 'the picture runtime came for a picture on the page');
  }
  // The second sheet is 3000 px further down: not loaded yet.
  assert.equal(await page.locator(FRAME).count(), 1);
  assert.equal(await page.locator('a.factsheet-embed').count(), 1);
  await page.locator('#after').scrollIntoViewIfNeeded();
  const second = await sheetFrame(page, 1);
  await heightsMatch(page, second.handle, second.frame);
  await page.screenshot({ path: path.join(artifacts, 'embed-host.png') });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the height follows after a language switch, a larger text size and "show the whole sheet"', async () => {
  const { page, context, problems } = await openHost('main.html');
  let { handle, frame } = await sheetFrame(page, 0);
  const h0 = await heightsMatch(page, handle, frame);
  // A+ twice: 150 %.
  const larger = frame.locator('.embed-text-size button').nth(1);
  assert.equal(await larger.getAttribute('aria-label'), es.ui.text_larger);
  await larger.click();
  await larger.click();
  assert.equal(await frame.evaluate(() => document.documentElement.style.fontSize), '150%');
  const h1 = await heightsMatch(page, handle, frame);
  assert.ok(h1 > h0 * 1.2, `larger text makes a taller sheet (${h0} -> ${h1})`);
  // Language: the list keeps the options, the section and the text size.
  assert.equal(await frame.locator('select.embed-lang').getAttribute('aria-label'), es.ui.languages);
  await Promise.all([frame.waitForNavigation(), frame.selectOption('select.embed-lang', 'en')]);
  frame = await handle.contentFrame();
  await frame.waitForFunction(() => document.documentElement.lang === 'en' && document.documentElement.classList.contains('embed'), null, { timeout: 10000 });
  const state = await frame.evaluate(() => ({
    size: document.documentElement.style.fontSize,
    shown: [...document.querySelectorAll('main > section')].filter((s) => !s.hidden).map((s) => s.id),
    light: document.documentElement.classList.contains('embed-theme-light'),
  }));
  assert.deepEqual(state, { size: '150%', shown: ['smartlink', 'sources'], light: true });
  const h2 = await heightsMatch(page, handle, frame);
  // The whole sheet: much taller.
  await frame.getByRole('button', { name: en.ui.embed_show_all }).click();
  const h3 = await heightsMatch(page, handle, frame);
  assert.ok(h3 > h2 * 2, `the whole sheet is taller (${h2} -> ${h3})`);
  assert.equal(await frame.evaluate(() => [...document.querySelectorAll('main > section')].every((s) => !s.hidden)), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('options take effect: language, section, theme, compact, accent, call to action, host theme', async () => {
  const { page, context, problems } = await openHost('main.html');
  const { frame } = await sheetFrame(page, 0);
  const one = await frame.evaluate(() => {
    const cs = (el) => getComputedStyle(el);
    const shown = (el) => !!el && cs(el).display !== 'none' && !el.closest('[hidden]');
    const cta = document.querySelector('.embed-cta');
    return {
      lang: document.documentElement.lang,
      sections: [...document.querySelectorAll('main > section')].filter((s) => shown(s)).map((s) => s.id),
      h1: shown(document.querySelector('main > h1')),
      theme: document.documentElement.className,
      bg: cs(document.body).backgroundColor,
      link: cs(document.querySelector('#smartlink a.cite')).color,
      sourcesShown: [...document.querySelectorAll('#sources li')].filter(shown).length,
      sourcesAll: document.querySelectorAll('#sources li').length,
      numbering: [...document.querySelectorAll('#sources li')].filter(shown).every((li) => li.value > 0),
      more: document.querySelector('.embed-more button')?.textContent,
      ctaFrom: cta?.querySelector('.embed-added-by').textContent,
      ctaOrg: cta?.querySelector('.embed-added-org')?.textContent,
      ctaWhere: cta?.querySelector('.embed-added-where')?.textContent,
      ctaLink: cta && { href: cta.querySelector('a').href, text: cta.querySelector('a').textContent, target: cta.querySelector('a').target, rel: cta.querySelector('a').rel },
      sourceTarget: document.querySelector('#sources a[href^="https:"]').target,
    };
  });
  assert.equal(one.lang, 'es');
  assert.deepEqual(one.sections, ['smartlink', 'sources']);
  assert.equal(one.h1, true, 'not compact: the title shows');
  assert.match(one.theme, /embed-theme-light/);
  assert.equal(one.bg, 'rgb(255, 255, 255)');
  assert.equal(one.link, 'rgb(122, 31, 107)', 'the accent colours the links');
  assert.ok(one.sourcesShown > 0 && one.sourcesShown < one.sourcesAll, `only the cited sources (${one.sourcesShown}/${one.sourcesAll})`);
  assert.ok(one.numbering, 'sources keep their numbers');
  assert.equal(one.more, es.ui.embed_show_all);
  // The call to action is the host's, named by the host's own address, then the organisation's words.
  assert.equal(one.ctaFrom, es.ui.embed_added_by.replace('{site}', new URL(host.url).host));
  assert.equal(one.ctaOrg, 'Coalición Ejemplo: ');
  assert.equal(one.ctaWhere, ' (example.org)');
  assert.deepEqual(one.ctaLink, { href: 'https://example.org/act', text: 'Firme la carta', target: '_blank', rel: 'noopener noreferrer' });
  assert.equal(one.sourceTarget, '_blank', 'sources open in a new tab, not inside the frame');

  await page.locator('#after').scrollIntoViewIfNeeded();
  const { frame: two } = await sheetFrame(page, 1);
  await two.waitForFunction(() => document.documentElement.classList.contains('embed-theme-dark'), null, { timeout: 5000 });
  const second = await two.evaluate(() => ({
    lang: document.documentElement.lang,
    hidden: ['main > h1', 'main > .subtitle', 'main > nav', 'body > footer'].map((s) => getComputedStyle(document.querySelector(s)).display),
    sections: [...document.querySelectorAll('main > section')].filter((s) => !s.hidden).length,
    bg: getComputedStyle(document.body).backgroundColor,
    cta: !!document.querySelector('.embed-cta'),
  }));
  assert.deepEqual(second, { lang: 'en', hidden: ['none', 'none', 'none', 'none'], sections: en.sections.length + 1, bg: 'rgb(18, 20, 23)', cta: false });
  // A host with its own theme switch tells the sheet.
  await page.evaluate(() => window.FactsheetEmbed.setTheme('light'));
  await two.waitForFunction(() => document.documentElement.classList.contains('embed-theme-light'), null, { timeout: 5000 });
  // The first one (data-theme="light") is not a host-themed embed: unchanged either way.
  await page.evaluate(() => window.FactsheetEmbed.setTheme('dark'));
  await two.waitForFunction(() => document.documentElement.classList.contains('embed-theme-dark'), null, { timeout: 5000 });
  assert.match(await frame.evaluate(() => document.documentElement.className), /embed-theme-light/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a host that claims another name is still shown by its own address', async () => {
  const { page, context, problems } = await openHost('claims.html');
  const site = new URL(host.url).host;
  const { frame } = await sheetFrame(page, 0);
  const plain = page.frames().find((f) => f.url().includes('id=claim'));
  await plain.waitForFunction(() => document.documentElement.classList.contains('embed') && document.readyState === 'complete');
  const boxOf = (f) => f.evaluate(() => {
    const box = document.querySelector('.embed-added');
    return box && { by: box.querySelector('.embed-added-by').textContent, text: box.innerText, href: box.querySelector('a').href,
      font: getComputedStyle(box).fontFamily, border: getComputedStyle(box).borderTopStyle };
  });
  const one = await boxOf(frame);
  assert.equal(one.by, en.ui.embed_added_by.replace('{site}', site));
  assert.ok(one.text.indexOf(site) < one.text.indexOf('ICE Help Desk'), 'the real site first, the claimed name after it');
  assert.equal(one.href, 'https://pay.example/give');
  // Not in the sheet's voice or style: its own border and typeface.
  assert.equal(one.border, 'dashed');
  assert.notEqual(one.font, await frame.evaluate(() => getComputedStyle(document.body).fontFamily));
  const two = await boxOf(plain);
  assert.equal(two.by, es.ui.embed_added_by.replace('{site}', site), 'origin=https://www.ice.gov names no one');
  assert.doesNotMatch(two.by, /ice\.gov/);
  assert.deepEqual(problems, []);
  await context.close();
});

// The attack the call to action invites: the sheet's own address, opened on its own (no frame),
// with a call to action that claims to be ICE. Nothing of it shows, in any language or page.
const PLANTED = 'cta=' + encodeURIComponent('https://pay.example/give') + '&cta_label=' + encodeURIComponent('Pay your ICE bond here') +
  '&cta_org=' + encodeURIComponent('ICE Help Desk');
test('local help from the embedding organisation: in the practical section, named by the host\'s address, tap to call', async () => {
  const { page, context, problems } = await openHost('claims.html');
  const site = new URL(host.url).host;
  await page.locator('a.factsheet-embed').last().scrollIntoViewIfNeeded().catch(() => {});
  const { frame } = await sheetFrame(page, 1);
  const help = await frame.evaluate(() => {
    const box = document.querySelector('.embed-help');
    if (!box) return null;
    const section = box.closest('section');
    return { section: section.id, kind: section.dataset.kind, afterKeyPoints: box.previousElementSibling.className,
      by: box.querySelector('.embed-added-by').textContent, name: box.querySelector('h3').textContent,
      tel: box.querySelector('a.tel').getAttribute('href'), call: box.querySelector('a.tel').getAttribute('aria-label'),
      address: box.querySelector('.embed-help-address').textContent, visible: box.getBoundingClientRect().height > 0 };
  });
  const practical = es.sections.find((x) => x.kind === 'practical');
  assert.deepEqual(help, { section: practical.id, kind: 'practical', afterKeyPoints: 'key-points',
    by: es.ui.embed_added_by.replace('{site}', site), name: 'Acompañamiento Houston', tel: 'tel:+17135550142',
    call: es.ui.call.replace('{phone}', '(713) 555-0142'), address: '1 Main St, Houston, TX', visible: true });
  assert.deepEqual(problems, []);
  await context.close();
  // The same options on the sheet's own page, opened on its own, show nothing.
  const alone = await browser.newContext(PHONE);
  const own = await alone.newPage();
  await own.goto(`${SHEET}/es.html?embed=1&help_name=Falso&help_phone=713-555-0199&help_address=Calle+1`);
  await own.waitForFunction(() => document.documentElement.classList.contains('embed'));
  const text = await own.evaluate(() => document.body.innerText);
  assert.doesNotMatch(text, /Falso|713-555-0199|Calle 1/);
  assert.equal(await own.locator('a[href^="tel:+1713"]').count(), 0);
  await alone.close();
});

test('the sheet\'s own address opened on its own shows no call to action, in each language and page kind', async () => {
  for (const address of ['en.html?embed=1&', 'es.html?embed=1&', 'en.html?embed=1&lang=es&', 'en/?embed=1&', 'es/?embed=1&',
    '?embed=1&lang=es&', 'en.html?', 'es.html?', 'en/?', 'es/?']) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(`${SHEET}/${address}${PLANTED}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.readyState === 'complete' && document.querySelector('main'), null, { timeout: 10000 });
    await page.waitForTimeout(200);
    const seen = await page.evaluate(() => ({
      embed: document.documentElement.classList.contains('embed'), text: document.body.innerText,
      links: [...document.querySelectorAll('a[href]')].map((a) => a.href).filter((h) => new URL(h).host === 'pay.example'),
      boxes: document.querySelectorAll('.embed-added').length,
    }));
    assert.doesNotMatch(seen.text, /Pay your ICE bond|ICE Help Desk|pay\.example/, address);
    assert.deepEqual(seen.links, [], address);
    assert.equal(seen.boxes, 0, address);
    if (seen.embed) assert.ok(warnings.some((w) => /ignored cta: it adds to the sheet only inside a frame/.test(w)), `${address}: ${JSON.stringify(warnings)}`);
    await context.close();
  }
});

test('bad options are ignored with one console warning each, and the sheets still work', async () => {
  const { page, context, warnings, problems } = await openHost('bad.html');
  const a = await sheetFrame(page, 0);
  const b = await sheetFrame(page, 1);
  for (const s of [a, b]) await heightsMatch(page, s.handle, s.frame);
  const plain = page.frames().find((f) => f.url().includes('id=plain'));
  await plain.waitForFunction(() => document.documentElement.classList.contains('embed') && document.readyState === 'complete');
  await page.waitForTimeout(300);
  const expected = [
    /data-lang="fr"/, /data-accent="red;}"/, /data-cta="http:\/\/example.org\/join"/, /data-theme="neon"/, /data-compact="maybe"/,
    /accent="#ffff00".*contrast/,                        // from the sheet: unreadable on white
    /lang="xx"/, /section="nope"/, /cta="javascript:alert\(1\)"/, /theme="blue"/, // the plain iframe's address
  ];
  for (const re of expected) {
    const hits = warnings.filter((w) => re.test(w));
    assert.equal(hits.length, 1, `one warning for ${re}: ${JSON.stringify(warnings)}`);
  }
  assert.equal(warnings.length, expected.length, JSON.stringify(warnings));
  // What was ignored did not reach the sheets; the good options did.
  const first = await a.frame.evaluate(() => ({ lang: document.documentElement.lang, search: location.search, cta: !!document.querySelector('.embed-cta'), compact: document.documentElement.classList.contains('embed-compact') }));
  assert.equal(first.lang, 'en');
  assert.equal(first.cta, false);
  assert.equal(first.compact, false);
  assert.doesNotMatch(first.search, /accent|cta|theme|compact/);
  const second = await b.frame.evaluate(() => ({
    theme: document.documentElement.className, accent: document.documentElement.style.getPropertyValue('--accent'),
    title: document.querySelector('h1').textContent,
  }));
  assert.match(second.theme, /embed-theme-light/);
  assert.equal(second.accent, '', 'the unreadable accent is not used');
  assert.equal(second.title, en.meta.title);
  const p = await plain.evaluate(() => ({ sections: [...document.querySelectorAll('main > section')].filter((s) => !s.hidden).length, cta: !!document.querySelector('.embed-cta'), h1: document.querySelector('h1').textContent }));
  assert.deepEqual(p, { sections: en.sections.length + 1, cta: false, h1: en.meta.title });
  assert.deepEqual(problems, []);
  await context.close();
});

test('the host page is left as it was: same DOM outside the embeds, one namespaced global, no styles', async () => {
  // The page as the host wrote it: scripts off.
  const off = await openHost('main.html', { javaScriptEnabled: false });
  const strip = () => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll('a.factsheet-embed, iframe.factsheet-embed-frame, script[src$="/embed.js"]').forEach((n) => n.remove());
    return {
      body: body.outerHTML, head: document.head.outerHTML, html: [...document.documentElement.attributes].map((a) => a.name + '=' + a.value),
      sheets: document.styleSheets.length, bodyStyle: document.body.getAttribute('style'),
    };
  };
  const before = await off.page.evaluate(strip);
  await off.context.close();
  // The same page with the embeds, both loaded and resized.
  const { page, context, problems } = await openHost('main.html');
  const globalsBefore = await page.evaluate(() => Object.keys(window));
  await sheetFrame(page, 0);
  await page.locator('#after').scrollIntoViewIfNeeded();
  await sheetFrame(page, 1);
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(strip), before);
  // Globals: compared with the page before the script ran (async: it may already have).
  const globals = await page.evaluate(() => Object.keys(window));
  const added = globals.filter((k) => !globalsBefore.includes(k) && !/^\d+$/.test(k));   // 0, 1: the frames
  assert.deepEqual(added, [], 'no enumerable global added');
  assert.equal(await page.evaluate(() => typeof window.FactsheetEmbed.setTheme), 'function');
  assert.deepEqual(problems, [], 'no CSP violation, no error on the host');
  await context.close();
});

test('stray messages are ignored: wrong shape, wrong window, wrong origin', async () => {
  const { page, context, problems } = await openHost('main.html');
  const { handle, frame } = await sheetFrame(page, 0);
  const h = await heightsMatch(page, handle, frame);
  const height = () => handle.evaluate((f) => f.getBoundingClientRect().height);
  // From the host's own window, in the right shape: not the iframe, ignored.
  await page.evaluate(() => window.postMessage({ type: 'factsheet:height', version: 1, id: 'factsheet-1', height: 222 }, '*'));
  // From the iframe's window, in wrong shapes (and in the other resizers' forms): ignored.
  await frame.evaluate(() => {
    for (const m of [
      { type: 'factsheet:height', version: 2, id: 'factsheet-1', height: 222 },
      { type: 'factsheet:height', version: 1, id: 'factsheet-9', height: 222 },
      { type: 'factsheet:height', version: 1, id: 'factsheet-1', height: '222' },
      { type: 'factsheet:height', version: 1, id: 'factsheet-1', height: Infinity },
      { type: 'something-else', height: 222 }, 'hello', null, 42,
      { 'datawrapper-height': { 'factsheet-1': 222 } }, { sentinel: 'amp', type: 'embed-size', height: 222 },
      'pymxPYMxfactsheet-1xPYMxheightxPYMx222',
    ]) parent.postMessage(m, '*');
  });
  await page.waitForTimeout(400);
  assert.equal(await height(), h);
  // The channel itself works: the right message from the right window and origin is used.
  await frame.evaluate(() => parent.postMessage({ type: 'factsheet:height', version: 1, id: 'factsheet-1', height: 333 }, '*'));
  await page.waitForFunction((sel) => document.querySelector(sel).getBoundingClientRect().height === 333, FRAME, { timeout: 3000 });
  // The same window, now showing a page from another origin that announces another height with
  // the right id and shape: ignored.
  await page.evaluate(() => {
    window.__seen = [];
    window.addEventListener('message', (e) => { if (e.data && e.data.type === 'factsheet:height') window.__seen.push(e.origin); });
  });
  const alt = `${ALT}/en.html?embed=1&id=factsheet-1&compact=1&origin=${encodeURIComponent(new URL(host.url).origin)}`;
  await frame.evaluate((u) => { location.href = u; }, alt);
  await page.waitForFunction((o) => window.__seen.includes(o), ALT, { timeout: 10000 });
  await page.waitForTimeout(300);
  assert.equal(await height(), 333, 'a message from another origin does not resize the frame');
  // And the sheet only takes a theme from its own parent window.
  const other = await context.newPage();
  await other.goto(`${SHEET}/en.html?embed=1&theme=host`);
  await other.evaluate(() => window.postMessage({ type: 'factsheet:theme', version: 1, theme: 'dark' }, '*'));
  await other.waitForTimeout(200);
  assert.equal(await other.evaluate(() => document.documentElement.classList.contains('embed-theme-dark')), await other.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the sheet announces its height in the forms Datawrapper, Pym.js and AMP resizers listen for', async () => {
  const { page, context } = await openHost('bad.html');
  await page.evaluate(() => {
    window.__got = [];
    window.addEventListener('message', (e) => { window.__got.push({ origin: e.origin, data: e.data }); });
  });
  // Reload the plain iframe (the snippet form, with the id Pym.js gives its child) so every
  // message is seen from the start.
  await page.evaluate(() => { window.__got = []; const f = document.querySelector('iframe.plain'); f.src = f.src; });
  // Wait for the reloaded sheet's own announcement (a slow machine may still be loading it),
  // then for its height to settle, rather than for every subresource of the frame.
  await page.waitForFunction((origin) => window.__got.some((m) => m.origin === origin
    && m.data && m.data.type === 'factsheet:height' && m.data.id === 'plain'), SHEET, { timeout: 60000 });
  const plain = page.frames().find((f) => f.url().includes('id=plain'));
  const frameHeight = () => plain.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  let h = await frameHeight();
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(500);
    const now = await frameHeight();
    if (now === h) break;
    h = now;
  }
  const all = (await page.evaluate(() => window.__got)).filter((m) => m.origin === SHEET);
  const last = (pred) => all.filter((m) => pred(m.data)).pop()?.data;
  assert.deepEqual(last((d) => d && d.type === 'factsheet:height' && d.id === 'plain'), { type: 'factsheet:height', version: 1, id: 'plain', height: h });
  assert.deepEqual(last((d) => d && typeof d === 'object' && 'datawrapper-height' in d && 'plain' in d['datawrapper-height']), { 'datawrapper-height': { plain: h } });
  assert.equal(last((d) => typeof d === 'string' && d.startsWith('pymxPYMxpym-box')), `pymxPYMxpym-boxxPYMxheightxPYMx${h}`);
  assert.deepEqual(last((d) => d && d.sentinel === 'amp'), { sentinel: 'amp', type: 'embed-size', height: h });
  await context.close();
});

test('the embedded sheet passes axe (WCAG A and AA), light and dark, with its bar, one section and a call to action', async () => {
  const context = await browser.newContext({ ...PHONE, bypassCSP: true });   // for axe alone
  const page = await context.newPage();
  for (const theme of ['light', 'dark']) {
    await page.goto(`${SHEET}/es.html?embed=1&theme=${theme}&section=smartlink&text=125&cta=https%3A%2F%2Fexample.org%2F&cta_label=Firme`);
    await page.waitForFunction((l) => document.querySelector('.embed-more button').textContent === l, es.ui.embed_show_all);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], theme);
  }
  await context.close();
});

test('the app page with ?embed=1 hands over to the rendition page of the language, keeping the options, without starting the app', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  // The app page asks for the wasm early (a preload hint), but with ?embed=1 it must never
  // compile it or draw; the rendition page it hands over to never asks for it. (That page may
  // fetch and compile the picture runtime for a picture in view: README, "Pictures in the
  // embedded sheet"; that is not the app.)
  const started = [];
  await context.exposeBinding('__wasmStarted', (source, where) => { started.push(where); });
  await context.addInitScript(() => {
    for (const name of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) {
      const real = WebAssembly[name];
      WebAssembly[name] = function () { window.__wasmStarted(location.href); return real.apply(this, arguments); };
    }
  });
  await page.goto(`${SHEET}/?embed=1&lang=es&section=smartlink&compact=1`);
  await page.waitForURL(/\/es\.html\?/);
  const wasm = [];
  page.on('request', (r) => { if (/\/factsheet(\.[0-9a-f]{12})?\.wasm$/.test(r.url())) wasm.push(r.url()); });
  const url = new URL(page.url());
  assert.deepEqual([...url.searchParams], [['embed', '1'], ['section', 'smartlink'], ['compact', '1']]);
  await page.waitForFunction(() => document.documentElement.classList.contains('embed-compact'));
  await page.reload();
  await page.waitForFunction(() => document.documentElement.classList.contains('embed-compact'));
  assert.deepEqual(wasm, [], 'the rendition page asks for no wasm');
  assert.deepEqual(started.filter((where) => !/\/es\.html\?/.test(where)), [], 'no wasm compiled on the way');
  await context.close();
});

test('with scripts off on the host page, readers get an ordinary working link', async () => {
  const { page, context } = await openHost('main.html', { javaScriptEnabled: false });
  assert.equal(await page.locator('iframe').count(), 0);
  const link = page.locator('a.factsheet-embed').first();
  assert.equal(await link.getAttribute('href'), `${SHEET}/es.html#smartlink`);
  assert.match(await link.textContent(), /alternativas a la detención/);
  await link.click();
  await page.waitForURL(`${SHEET}/es.html#smartlink`);
  assert.equal(await page.locator('h1').textContent(), es.meta.title);
  await context.close();
});
