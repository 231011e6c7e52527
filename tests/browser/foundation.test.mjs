// foundation.test.mjs: the served page draws the sheet on a phone, sharp and full width,
// and draws nothing while nobody touches it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, artifacts, startServer, startBrowser, openSheet, waitForIdle, texts, inkRatio, PHONE } from './harness.mjs';

const en = JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8'));
const es = JSON.parse(readFileSync(path.join(root, 'data/es.json'), 'utf8'));
let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('draws the real title on a 390x844 DPR 3 phone with no console errors', async () => {
  const { page, context, problems } = await openSheet(browser, server.url + '?lang=en');
  await waitForIdle(page);
  const shown = (await texts(page)).join(' ');
  // The document's h1 is laid out in pieces per line; every word of the title must be on screen.
  for (const word of en.meta.title.split(/\s+/)) assert.ok(shown.includes(word), `title word "${word}" not drawn`);
  assert.equal(await page.evaluate(() => window.__factsheet.contentOk()), true);
  await page.screenshot({ path: path.join(artifacts, 'foundation-phone-en.png') });
  // The pixels show it too: the header band and the title area carry ink, not a blank canvas.
  const header = await inkRatio(page, { x: 0, y: 0, width: 390, height: 50 }, [255, 255, 255]);
  const body = await inkRatio(page, { x: 0, y: 60, width: 390, height: 300 }, [255, 255, 255]);
  assert.ok(header > 0.03, `header title not drawn (${header})`);
  assert.ok(body > 0.02 && body < 0.6, `title and text not drawn (${body})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the canvas fills the viewport in device pixels and the page does not scroll sideways', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  const m = await page.evaluate(() => {
    const c = document.getElementById('sheet-canvas');
    const r = c.getBoundingClientRect();
    return { w: c.width, h: c.height, cssW: r.width, cssH: r.height, dpr: devicePixelRatio,
             scrollW: document.documentElement.scrollWidth, innerW: innerWidth };
  });
  assert.equal(m.dpr, 3);
  assert.equal(m.cssW, 390);
  assert.equal(m.cssH, 844);
  assert.equal(m.w, 390 * 3, 'backing store matches device pixels (sharp text)');
  assert.equal(m.h, 844 * 3);
  assert.ok(m.scrollW <= m.innerW, `page scrolls sideways: ${m.scrollW} > ${m.innerW}`);
  await context.close();
});

for (const dpr of [1, 2]) {
  test(`sharp at devicePixelRatio ${dpr}: the backing store follows the ratio`, async () => {
    const { page, context } = await openSheet(browser, server.url + '?lang=en', { context: { deviceScaleFactor: dpr } });
    const w = await page.evaluate(() => document.getElementById('sheet-canvas').width);
    assert.equal(w, 390 * dpr);
    await context.close();
  });
}

test('the canvas follows rotation (a resize) and redraws, then goes idle again', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  const before = await waitForIdle(page);
  await page.setViewportSize({ width: 844, height: 390 });
  await page.waitForFunction(() => document.getElementById('sheet-canvas').width === 844 * 3);
  const after = await waitForIdle(page);
  assert.ok(after > before, 'a frame was drawn for the new size');
  assert.equal(await page.evaluate(() => document.getElementById('sheet-canvas').height), 390 * 3);
  await context.close();
});

test('no frame is drawn over 5 s without input', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  const settled = await waitForIdle(page);
  await page.waitForTimeout(5000);
  assert.equal(await page.evaluate(() => window.__factsheet.frames()), settled);
  await context.close();
});

test('Spanish content shows with ?lang=es and for a Spanish-speaking browser', async () => {
  const a = await openSheet(browser, server.url + '?lang=es');
  await waitForIdle(a.page);
  assert.ok((await texts(a.page)).join(' ').includes(es.meta.title.split(/\s+/)[0]));
  assert.equal(await a.page.evaluate(() => document.documentElement.lang), 'es');
  await a.context.close();
  const b = await openSheet(browser, server.url, { context: { locale: 'es-US' } });
  assert.equal(await b.page.evaluate(() => window.__factsheet.lang()), 'es');
  await b.context.close();
});

test('a first visit downloads each file once: the wasm is asked for while the scripts are on their way, embedded.js only for embeds', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const asked = [];
  let wasmAsked;
  const wasmSeen = new Promise((resolve) => { wasmAsked = resolve; });
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.replace(/\.[0-9a-f]{12}(\.[a-z0-9]+)$/, '$1');
    asked.push(file);
    if (file === '/factsheet.wasm') wasmAsked();
  });
  // The runtime script (emcc's module and the page's side, boot.js) is held back until the wasm
  // has been asked for (at most 5 s): the wasm must not wait for the scripts that use it.
  let heldUntilWasm = false;
  await page.route(/\/boot\.[0-9a-f]{12}\.js$/, async (route) => {
    heldUntilWasm = await Promise.race([wasmSeen.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
    await route.continue();
  });
  await page.goto(server.url + '?lang=en');
  await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
  await waitForIdle(page);
  assert.ok(heldUntilWasm, 'the wasm was asked for only after the scripts arrived: ' + asked.join(' '));
  // The early request is the one the runtime uses (a second would double the biggest file).
  assert.equal(asked.filter((f) => f === '/factsheet.wasm').length, 1, asked.join(' '));
  assert.ok(!asked.includes('/embedded.js'), 'the app page does not load the embed script');
  await context.close();
});
