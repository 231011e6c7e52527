// languages.test.mjs: a page per language. Each language's app page (<lang>/) paints its own
// rendition first and preloads its own content; the root address forwards to the reader's
// language before anything paints (web/root/root.js); old addresses (/?lang=es#smartlink) arrive at
// the same place; an unknown ?lang= gets a language the sheet has, never a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startServer, startBrowser, openSheet, waitForFrames, waitForIdle, texts, PHONE } from './harness.mjs';

const content = (l) => JSON.parse(readFileSync(path.join(root, 'data', l + '.json'), 'utf8'));
const en = content('en'), es = content('es');
// English text a Spanish reader must never see painted: the title, subtitle and section titles.
const ENGLISH = [en.meta.title, en.meta.subtitle, ...en.sections.map((s) => s.title)]
  .filter((t) => !es.sections.some((s) => s.title === t));

let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// Records, in every document of the tab, each text node the document ever holds and each paint
// the browser reports (first-paint, first-contentful-paint), with the body's rendered text at that
// moment. The tab's sessionStorage carries them across documents (the root page lives for a few
// milliseconds); the sheet itself stores nothing.
function recordPaints() {
  const key = 'test-paints';
  const log = (entry) => {
    const all = JSON.parse(sessionStorage.getItem(key) || '[]');
    all.push({ path: location.pathname, ...entry });
    sessionStorage.setItem(key, JSON.stringify(all));
  };
  const seen = [];
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        // Text in <body> only (the <head>'s title is not painted), as the parser or a script adds it.
        const el = n.nodeType === 1 ? n : n.parentElement;
        if (!el || !document.body || !document.body.contains(el) || el.closest('script,style,noscript')) continue;
        if ((n.nodeType === 3 || n.nodeType === 1) && n.textContent.trim()) seen.push(n.textContent);
      }
    }
    if (location.pathname === '/') log({ texts: seen.splice(0) });
  }).observe(document, { childList: true, subtree: true });
  window.__seenTexts = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) log({ paint: e.name, body: document.body ? document.body.innerText.trim().slice(0, 200) : '' });
  }).observe({ type: 'paint', buffered: true });
}
const paints = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem('test-paints') || '[]'));

test('es-MX browser at the root address: the first paint is Spanish, no English is painted, the canvas comes up in Spanish', async () => {
  const context = await browser.newContext({ ...PHONE, locale: 'es-MX' });
  await context.addInitScript(recordPaints);
  const page = await context.newPage();
  const documents = [];
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) documents.push(new URL(f.url()).pathname); });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(server.url, { waitUntil: 'load' });
  assert.equal(new URL(page.url()).pathname, '/es/');
  assert.deepEqual(documents, ['/', '/es/'], 'the root forwards once, to the Spanish page');
  await waitForFrames(page, 1);
  await waitForIdle(page);

  const log = await paints(page);
  // The root page paints no text at all (it may paint an empty frame): nothing in its body.
  for (const e of log.filter((e) => e.path === '/')) {
    if (e.paint) assert.equal(e.body, '', 'the root page painted text: ' + e.body);
    if (e.texts) assert.deepEqual(e.texts, [], 'the root page held text: ' + e.texts.join(' | '));
  }
  const fcp = log.filter((e) => e.paint === 'first-contentful-paint');
  assert.ok(fcp.length >= 1, 'a first contentful paint was reported: ' + JSON.stringify(log));
  assert.equal(fcp[0].path, '/es/', 'the first document to paint text is the Spanish page');
  assert.ok(fcp[0].body.length > 0 && !ENGLISH.some((t) => fcp[0].body.includes(t)), 'painted: ' + fcp[0].body);
  // Everything the Spanish page has held, first paint to canvas (the rendition, then the full one
  // boot.js swaps in): no English title, subtitle or section title.
  const held = (await page.evaluate(() => window.__seenTexts.join('\n'))) + '\n' + (await page.evaluate(() => document.body.innerText));
  for (const t of ENGLISH) assert.ok(!held.includes(t), 'English text in the Spanish page: ' + t);
  assert.ok(held.includes(es.meta.title), 'the Spanish title is in the page');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');

  // The canvas: Spanish, and only Spanish.
  assert.equal(await page.evaluate(() => window.__factsheet.lang()), 'es');
  const shown = (await texts(page)).join('\n');
  assert.ok(shown.includes(es.meta.title.split(/\s+/).slice(0, 2).join(' ')), 'the Spanish title on the canvas');
  for (const t of ENGLISH) assert.ok(!shown.includes(t), 'English on the canvas: ' + t);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Spanish page fetches its own content once (the preload answers boot.js) and nothing of English', async () => {
  const context = await browser.newContext({ ...PHONE, locale: 'es-MX' });
  const page = await context.newPage();
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname.replace(/\.[0-9a-f]{12}(\.[a-z0-9]+)$/, '$1')));
  await page.goto(server.url + 'es/', { waitUntil: 'load' });
  await waitForFrames(page, 1);
  await waitForIdle(page);
  // Until the worker has kept the language read (what loads after the first frame).
  await page.waitForFunction(() => window.__factsheet.offline().includes('es'), null, { timeout: 15000 });
  assert.equal(asked.filter((p) => p === '/content/es.json').length, 1, asked.join(' '));
  assert.equal(asked.filter((p) => p === '/factsheet.wasm').length, 1, asked.join(' '));
  assert.deepEqual(asked.filter((p) => /^\/(content\/en\.json|en\.html|en\/)/.test(p)), [], 'nothing English is fetched');
  await context.close();
});

test('/es/#smartlink opens the Spanish sheet at that section', async () => {
  const { page, context, problems } = await openSheet(browser, server.url + 'es/#smartlink', { context: { locale: 'en-US' } });
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.__factsheet.lang()), 'es', 'the page, not the browser, gives the language');
  assert.equal(await page.evaluate(() => window.__factsheet.section()), 'smartlink');
  assert.equal(page.url(), server.url + 'es/#smartlink');
  const smart = es.sections.find((s) => s.id === 'smartlink');
  assert.ok((await texts(page)).join(' ').includes(smart.title.split(' ')[0]));
  assert.deepEqual(problems, []);
  await context.close();
});

test('old addresses arrive at the same place: /?lang=es#smartlink and /index.html?lang=es#smartlink go to /es/#smartlink', async () => {
  const direct = await openSheet(browser, server.url + 'es/#smartlink');
  const entries = await direct.page.evaluate(() => history.length);
  await direct.context.close();
  for (const old of ['?lang=es#smartlink', 'index.html?lang=es#smartlink']) {
    const { page, context, problems } = await openSheet(browser, server.url + old, { context: { locale: 'en-US' } });
    await waitForIdle(page);
    assert.equal(page.url(), server.url + 'es/#smartlink', old);
    assert.equal(await page.evaluate(() => window.__factsheet.lang()), 'es', old);
    assert.equal(await page.evaluate(() => window.__factsheet.section()), 'smartlink', old);
    // Back does not return to the forwarding page (it would forward again).
    assert.equal(await page.evaluate(() => history.length), entries, old);
    assert.deepEqual(problems, [], old);
    await context.close();
  }
});

test('the root address without a usable ?lang=: the browser\'s language, else the first; other parameters kept', async () => {
  const cases = [
    ['?lang=xx', 'es-MX', 'es/'],
    ['?lang=xx#smartlink', 'en-US', 'en/#smartlink'],
    ['', 'fr-FR', 'en/'],
    ['?lang=', 'es', 'es/'],
    ['?render=continuous&lang=es', 'en-US', 'es/?render=continuous'],
  ];
  for (const [address, locale, want] of cases) {
    const { page, context, problems } = await openSheet(browser, server.url + address, { context: { locale } });
    assert.equal(page.url(), server.url + want, `${address} (${locale})`);
    assert.ok((await texts(page)).length > 5, 'the sheet is drawn, not a blank page');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('without JavaScript the root page links to each language\'s page, which shows the sheet', async () => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false, locale: 'es-MX' });
  const page = await context.newPage();
  await page.goto(server.url);
  const links = await page.$$eval('a[hreflang]', (as) => as.map((a) => ({ href: a.getAttribute('href'), lang: a.lang, text: a.textContent })));
  assert.deepEqual(links.map((l) => l.href), ['en/', 'es/', 'ht/', 'pt-BR/']);
  assert.ok(links[1].text.includes(es.meta.title) && links[1].lang === 'es');
  await page.click('a[hreflang=es]');
  assert.equal(page.url(), server.url + 'es/');
  assert.equal(await page.textContent('h1'), es.meta.title);
  await context.close();
});

test('the root page is small, paints nothing and names each language\'s page for search engines', () => {
  const html = readFileSync(path.join(root, 'dist/index.html'), 'utf8');
  assert.ok(html.length < 4000, `${html.length} bytes`);
  for (const l of ['en', 'es']) assert.match(html, new RegExp(`<link rel="alternate" hreflang="${l}" href="[^"]*${l}/">`));
  assert.match(html, /<link rel="alternate" hreflang="x-default"/);
  const body = html.slice(html.indexOf('<body>'), html.indexOf('</body>')).replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  assert.equal(body.replace(/<[^>]*>/g, '').trim(), '', 'the body holds nothing outside <noscript>');
  // The one script is blocking, in <head>: it runs before the body exists.
  const headPart = html.slice(0, html.indexOf('</head>'));
  assert.match(headPart, /<script src="root\.[0-9a-f]{12}\.js"><\/script>/);
});
