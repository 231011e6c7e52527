// access.test.mjs: the page everyone can use and nobody can abuse: the HTML rendition as first
// paint, accessible mirror and fallback; failures handled; no request elsewhere, no storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root, artifacts, startServer, startBrowser, openSheet, waitForIdle, texts, findHit, finger, inkRatio, PHONE, axeViolations, chooseLanguage, centre } from './harness.mjs';

const en = JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8'));
const es = JSON.parse(readFileSync(path.join(root, 'data/es.json'), 'utf8'));
const headingsOf = (sheet) => [sheet.meta.title, ...sheet.sections.map((s) => s.title), sheet.ui.sources];

let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// axe-core, WCAG 2.x A and AA rules (harness.mjs). The page's CSP forbids injected scripts, so
// the test context bypasses CSP for axe alone.
const axe = axeViolations;

// What is visible on the page (not merely present): the fallback must show its text.
const visibleHeadings = (page) => page.evaluate(() =>
  [...document.querySelectorAll('h1, h2')].filter((h) => { const r = h.getBoundingClientRect(); return r.width > 10 && r.height > 10; })
    .map((h) => h.textContent.trim()));

test('axe finds no WCAG violations on the page with the canvas shown', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en', { context: { bypassCSP: true } });
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => document.body.classList.contains('app-ready')), true);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test("Chrome's accessibility tree holds every section heading in the current language while the canvas shows", async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  await waitForIdle(page);
  const cdp = await context.newCDPSession(page);
  const headings = async () => {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored && n.role?.value === 'heading').map((n) => n.name?.value);
  };
  for (const h of headingsOf(en)) assert.ok((await headings()).includes(h), `heading "${h}" in the AX tree`);
  // The canvas is hidden from assistive technology.
  const canvasHidden = await page.evaluate(() => document.getElementById('sheet-canvas').getAttribute('aria-hidden'));
  assert.equal(canvasHidden, 'true');
  // Switch language in the canvas: the tree follows.
  const f = await finger(page);
  await chooseLanguage(page, f, 'Español');
  await page.waitForFunction(() => document.documentElement.lang === 'es' && window.__factsheet.lang() === 'es', null, { timeout: 5000 });
  await waitForIdle(page);
  const now = await headings();
  for (const h of headingsOf(es)) assert.ok(now.includes(h), `Spanish heading "${h}" in the AX tree`);
  // A polite live region announces section changes.
  await page.keyboard.press('End');
  await page.waitForFunction((t) => document.getElementById('live').textContent.includes(t), es.ui.sources, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.getElementById('live').getAttribute('aria-live')), 'polite');
  await context.close();
});

test('without WebGL the readable simple version shows every heading, says why, and passes axe', async () => {
  const noGl = await startBrowser(['--disable-webgl', '--disable-3d-apis']);
  try {
    const context = await noGl.newContext({ ...PHONE, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url + '?lang=es');
    await page.waitForFunction(() => !document.getElementById('fallback-notice').hidden, null, { timeout: 15000 });
    assert.equal(await page.evaluate(() => document.getElementById('fallback-notice').textContent), es.ui.fallback_notice_webgl);
    await page.waitForFunction(() => document.documentElement.lang === 'es');
    const shown = await visibleHeadings(page);
    for (const h of headingsOf(es)) assert.ok(shown.includes(h), `"${h}" visible`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scroll');
    await page.screenshot({ path: path.join(artifacts, 'access-no-webgl-es.png') });
    assert.deepEqual(await axe(page), []);
    await context.close();
  } finally {
    await noGl.close();
  }
});

test('with JavaScript off the simple version shows every heading, says why, and costs no wasm download', async () => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  const asked = [];
  page.on('request', (r) => asked.push(r.url()));
  // The English page (the root address, with scripts off, links to each language's page:
  // languages.test.mjs).
  await page.goto(server.url + 'en/', { waitUntil: 'load' });
  const shown = await visibleHeadings(page);
  for (const h of headingsOf(en)) assert.ok(shown.includes(h), `"${h}" visible`);
  assert.match(await page.locator('noscript').first().evaluate((n) => n.parentElement.innerText), /JavaScript/);
  // The page's early request for the wasm is for browsers that run scripts only.
  assert.deepEqual(asked.filter((u) => /\.wasm$/.test(u)), []);
  await context.close();
});

test('a lost WebGL context shows the simple version at once, and the canvas returns when restored', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  await waitForIdle(page);
  await page.evaluate(() => { window.__lose = document.getElementById('sheet-canvas').getContext('webgl2').getExtension('WEBGL_lose_context'); window.__lose.loseContext(); });
  await page.waitForFunction(() => !document.body.classList.contains('app-ready'), null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => document.getElementById('fallback-notice').hidden), false);
  assert.ok((await visibleHeadings(page)).includes(en.meta.title), 'the text is readable meanwhile');
  const before = await page.evaluate(() => window.__factsheet.frames());
  await page.evaluate(() => window.__lose.restoreContext());
  await page.waitForFunction(() => document.body.classList.contains('app-ready'), null, { timeout: 10000 });
  await waitForIdle(page);
  assert.ok((await page.evaluate(() => window.__factsheet.frames())) > before);
  const ink = await inkRatio(page, { x: 0, y: 60, width: 390, height: 300 }, [255, 255, 255]);
  assert.ok(ink > 0.02, `the canvas draws text again (${ink})`);
  await context.close();
});

test('if the wasm fails to load, or the content fails validation, the simple version shows why', async () => {
  const badContent = '{"format": 1, "lang": "en"}';
  // The content comes as files and, its lead, inside the app page: each gets the bad content.
  const badLead = async (r) => {
    const res = await r.fetch();
    const body = (await res.text()).replace(/(<script type="application\/json" id="factsheet-lead">)[\s\S]*?(<\/script>)/, `$1${badContent}$2`);
    await r.fulfill({ response: res, body });
  };
  for (const [routes, key] of [
    [[['**/factsheet*.wasm', (r) => r.abort()]], 'fallback_notice_content'],
    [[['**/content/en*.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: badContent })], [/\/en\/(\?.*)?$/, badLead]], null],
  ]) {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    for (const [route, reply] of routes) await page.route(route, reply);
    await page.goto(server.url + '?lang=en');
    await page.waitForFunction(() => !document.getElementById('fallback-notice').hidden, null, { timeout: 15000 });
    const notice = await page.evaluate(() => document.getElementById('fallback-notice').textContent);
    if (key) assert.equal(notice, en.ui[key]); else assert.match(notice, /simple version/);
    assert.ok((await visibleHeadings(page)).includes(en.sections[0].title));
    assert.equal(await page.evaluate(() => document.body.classList.contains('app-ready')), false);
    await context.close();
  }
});

test('a full session makes requests to the page origin only, sets no cookie, stores nothing, breaks no CSP rule', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en', { waitForFrame: false });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  await page.reload();
  await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
  await waitForIdle(page);
  const f = await finger(page);
  await f.tap(...centre(await findHit(page, en.sections[1].title)));  // navigate
  await waitForIdle(page);
  // Open a citation marker's source card.
  // (one whose source has an address, so the card offers to open it)
  const linked = (h) => { const m = h.label.match(/^[^:]+ (\d+): /); return m && en.sources[Number(m[1]) - 1]?.url; };
  const cite = (await page.evaluate(() => window.__factsheet.hits())).find((h) => h.w < 100 && h.y > 80 && linked(h));
  assert.ok(cite, 'a citation marker is on screen');
  await f.tap(...centre(cite));
  await page.waitForFunction((t) => window.__factsheet.texts().includes(t), en.ui.open_source, { timeout: 5000 });
  await f.tap(...centre(await findHit(page, en.ui.close)));
  await chooseLanguage(page, f, 'Español');  // switch language
  await page.waitForFunction(() => window.__factsheet.lang() === 'es');
  await waitForIdle(page);
  const origin = new URL(server.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.length > 5);
  assert.deepEqual(await context.cookies(), []);
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie, local: localStorage.length, session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, idb: 0 });
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  // The policy really is in force: an inline script is refused.
  const inlineRan = await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.append(s); return !!window.__inline; });
  assert.equal(inlineRan, false);
  // Links that leave the sheet open without a referrer and show their address as text.
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href^="https:"]')].map((a) => ({ rel: a.rel, text: a.textContent, href: a.href })));
  assert.ok(links.length > 10);
  for (const l of links) {
    assert.match(l.rel, /noopener/);
    assert.match(l.rel, /noreferrer/);
  }
  assert.ok(links.some((l) => l.text.includes(new URL(l.href).hostname)), 'addresses are written out');
  await context.close();
});

test('printing gives the text handout: title and every section heading', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  await waitForIdle(page);
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(artifacts, 'print-en.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const h of headingsOf(en)) assert.ok(text.includes(h.replace(/\s+/g, ' ')), `"${h}" printed`);
  await context.close();
});

test('readable text paints before the wasm has arrived, on a slow phone network', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, 4x slower CPU.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(server.url + '?lang=en', { waitUntil: 'load' });
  await page.waitForFunction(() => document.body.classList.contains('app-ready'), null, { timeout: 60000 });
  const t = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    wasm: performance.getEntriesByType('resource').find((e) => /factsheet(\.[0-9a-f]+)?\.wasm$/.test(e.name))?.responseEnd,
  }));
  console.log(`first contentful paint ${Math.round(t.fcp)} ms, wasm finished ${Math.round(t.wasm)} ms`);
  assert.ok(t.fcp > 0 && t.wasm > 0);
  assert.ok(t.fcp < t.wasm, `text painted (${t.fcp} ms) before the wasm arrived (${t.wasm} ms)`);
  await context.close();
});

test('when the clipboard is refused, sharing says so instead of failing silently', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=es');
  await waitForIdle(page);
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  const f = await finger(page);
  await f.tap(...centre(await findHit(page, es.ui.menu)));
  await waitForIdle(page);
  await f.tap(...centre(await findHit(page, es.ui.share)));
  const first = es.ui.share_failed.split(' ').slice(0, 2).join(' ');
  await page.waitForFunction((t) => window.__factsheet.texts().join(' ').includes(t), first, { timeout: 5000 });
  await context.close();
});
