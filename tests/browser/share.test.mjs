// share.test.mjs: passing the sheet on and leaving no trace. "Show QR code" draws a code that a
// decoder (npm jsqr) reads as the address Share passes on, language and section included; the
// simple page's "Share this sheet" code (built with FACTSHEET_SITE_URL) reads as its address;
// "Remove this sheet from this phone" leaves no service worker and no cache, and the sheet no
// longer opens offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { root, startServer, startBrowser, openSheet, waitForIdle, texts, findHit, finger, PHONE, swReady, screenshotPixels, centre } from './harness.mjs';

const en = JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8'));
const es = JSON.parse(readFileSync(path.join(root, 'data/es.json'), 'utf8'));

let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// A screenshot of `clip` (CSS px, one pixel per CSS px), its pixels read back through a canvas
// in a scratch page, then decoded by jsQR here in node. Returns the decoded text, or null.
async function scanQr(page, clip) {
  const { width, height, data } = await screenshotPixels(page, clip, { scale: 'css' });
  const code = jsQR(data, width, height);
  return code ? code.data : null;
}

for (const [lang, c, themeKey] of [['en', en, 'theme_light'], ['es', es, 'theme_dark']]) {
  test(`Show QR code (${lang}, ${themeKey}): the code scans to the shared address, section included`, async () => {
    const { page, context } = await openSheet(browser, server.url + `?lang=${lang}#smartlink`);
    await waitForIdle(page);
    const f = await finger(page);
    // The theme does not change the code: dark modules on white either way.
    await f.tap(...centre(await findHit(page, c.ui.menu)));
    await waitForIdle(page);
    await f.tap(...centre(await findHit(page, c.ui[themeKey])));
    await waitForIdle(page);
    await f.tap(...centre(await findHit(page, c.ui.show_qr)));
    const want = new URL(server.url + `${lang}/#smartlink`).href;
    await page.waitForFunction((t) => window.__factsheet.texts().includes(t), want, { timeout: 5000 });
    await waitForIdle(page);
    assert.ok((await texts(page)).includes(c.ui.qr_title));
    // Screen readers hear that a code is showing, and its address.
    assert.equal(await page.evaluate(() => document.getElementById('live').textContent),
      c.ui.qr_announce.replace('{address}', want));
    const box = await page.locator('#sheet-canvas').boundingBox();
    assert.equal(await scanQr(page, box), want);
    // Escape closes it; the code is gone.
    await page.keyboard.press('Escape');
    await page.waitForFunction((t) => !window.__factsheet.texts().includes(t), want, { timeout: 5000 });
    await waitForIdle(page);
    assert.equal(await scanQr(page, box), null);
    await context.close();
  });
}

test('the QR card opens from the keyboard and its Close button is reached with Tab', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  await waitForIdle(page);
  const f = await finger(page);
  await f.tap(...centre(await findHit(page, en.ui.menu)));
  await waitForIdle(page);
  // Tab through the menu's entries in order (contents, the word list, A-, A+, three themes,
  // Share) to "Show QR code"; Enter opens it.
  const before = ['contents', 'smaller', 'larger', 'light', 'dark', 'contrast', 'share'].length + (en.sections.some((x) => x.id === 'glossary') ? 1 : 0);
  for (let i = 0; i <= before; i++) { await page.keyboard.press('Tab'); await waitForIdle(page, 150); }
  await page.keyboard.press('Enter');
  await waitForIdle(page, 200);
  const opened = (await texts(page)).includes(en.ui.qr_title);
  assert.ok(opened, 'Show QR code opened from the keyboard');
  await page.keyboard.press('Tab');
  await waitForIdle(page, 200);
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => !window.__factsheet.texts().includes(t), en.ui.qr_title, { timeout: 5000 });
  await context.close();
});

test('the simple page shares itself: a QR code of its address when the build knows it, not when embedded', async () => {
  // The default build does not know its public address, so it has no code.
  assert.ok(!readFileSync(path.join(root, 'dist/en.html'), 'utf8').includes('class="share"'));
  // The same page as the build writes it with FACTSHEET_SITE_URL (tools/site.py), from the parts
  // the build filled in for es.html.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factsheet-share-'));
  try {
    cpSync(path.join(root, 'build/web-stage'), dir, { recursive: true });
    const site = await startServer(dir);
    try {
      const want = site.url + 'es/';
      const parts = path.join(root, 'build/site/parts/web-stage_es.html');
      execFileSync(path.join(root, 'build/native/factsheet-html'), [path.join(dir, 'content/es.json'), path.join(dir, 'es.html'),
        '--evidence-page', 'es-passages.html', '--stylesheet', 'style.css', '--head-file', path.join(parts, 'head.html'),
        '--body-end-file', path.join(parts, 'simple-body-end.html+lead.html'), '--share-url', want]);
      const { page, context, problems } = await openSheet(browser, site.url + 'es.html', { waitForFrame: false });
      const part = page.locator('section.share');
      assert.equal(await part.locator('h2').textContent(), es.ui.share_heading);
      assert.equal(await part.locator('.share-address a').textContent(), want);
      assert.equal(await part.locator('svg').getAttribute('aria-label'), es.ui.qr_title);
      await part.locator('svg').scrollIntoViewIfNeeded();
      const box = await part.locator('svg').boundingBox();
      assert.ok(box.width >= 200, `large enough to scan (${box.width} px)`);
      assert.equal(await scanQr(page, { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 }), want);
      assert.deepEqual(problems, []);
      // Embedded in another site's page, the part stays out.
      await page.goto(site.url + 'es.html?embed=1');
      await page.waitForFunction(() => document.documentElement.classList.contains('embed'), null, { timeout: 10000 });
      assert.equal(await page.locator('section.share').isVisible(), false);
      await context.close();
    } finally {
      await site.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const [lang, c] of [['es', es], ['en', en]]) {
  test(`Remove this sheet from this phone (${lang}): one screen first, then no worker, no cache, no offline sheet`, async () => {
    const { page, context } = await openSheet(browser, server.url + `?lang=${lang}`);
    await swReady(page);
    await waitForIdle(page);
    const stored = () => page.evaluate(async () => ({
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      caches: (await caches.keys()).length,
    }));
    const before = await stored();
    assert.ok(before.workers > 0 && before.caches > 0, 'the sheet is stored for offline use: ' + JSON.stringify(before));
    await page.route('https://www.bbc.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>Weather' }));
    const f = await finger(page);
    await f.tap(...centre(await findHit(page, c.ui.menu)));
    await waitForIdle(page);
    await f.tap(...centre(await findHit(page, c.ui.remove_sheet)));
    await waitForIdle(page);
    // The screen says what it removes and what it cannot, before anything is removed.
    const shown = (await texts(page)).join(' ');
    for (const k of ['remove_removes', 'remove_cannot', 'remove_android', 'remove_iphone'])
      assert.ok(shown.includes(c.ui[k].split(' ').slice(0, 4).join(' ')), k);
    assert.deepEqual(await stored(), before, 'nothing removed yet');
    await f.tap(...centre(await findHit(page, c.ui.remove_confirm)));
    await page.waitForURL(/bbc\.com/, { timeout: 10000 });
    // Back on the sheet's site (a file that is not the sheet, so nothing registers again).
    await page.goto(server.url + 'icon-192.png');
    assert.deepEqual(await stored(), { workers: 0, caches: 0 });
    await context.setOffline(true);
    const offline = await page.goto(server.url + `?lang=${lang}`).then(() => 'loaded', (e) => e.message);
    assert.match(offline, /ERR_INTERNET_DISCONNECTED/, 'the sheet no longer opens without the network');
    await context.close();
  });
}

// Where the app's menu is not there: the simple page (en.html) under the app page's worker, and
// the simple version the app page shows without WebGL. Both offer the same entry, in the page's
// language, only when there is a worker to remove.
const removeFromSimplePage = async (page, context, c) => {
  const part = page.locator('section.remove-sheet');
  await part.waitFor({ timeout: 15000 });
  assert.equal(await part.locator('h2').textContent(), c.ui.remove_sheet);
  const paragraphs = await part.locator('p').allTextContents();
  assert.deepEqual(paragraphs, [c.ui.remove_removes, c.ui.remove_cannot, c.ui.remove_android, c.ui.remove_iphone]);
  await page.route('https://www.bbc.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>Weather' }));
  await part.locator('button').click();
  await page.waitForURL(/bbc\.com/, { timeout: 10000 });
  await page.goto(server.url + 'icon-192.png');
  const left = await page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).length, caches: (await caches.keys()).length,
  }));
  assert.deepEqual(left, { workers: 0, caches: 0 });
  await context.setOffline(true);
  const offline = await page.goto(server.url + 'es.html').then(() => 'loaded', (e) => e.message);
  assert.match(offline, /ERR_INTERNET_DISCONNECTED/);
};

test('the simple page offers Remove this sheet once the app page has stored it, and it removes it', async () => {
  // Never visited: nothing stored, nothing offered.
  const fresh = await openSheet(browser, server.url + 'es.html', { waitForFrame: false });
  await fresh.page.waitForTimeout(1000);
  assert.equal(await fresh.page.locator('section.remove-sheet').count(), 0);
  await fresh.context.close();
  const { page, context } = await openSheet(browser, server.url + '?lang=es');
  await swReady(page);
  await page.goto(server.url + 'es.html');
  await removeFromSimplePage(page, context, es);
  await context.close();
});

test('the simple version shown without WebGL offers Remove this sheet too', async () => {
  const noGl = await startBrowser(['--disable-webgl', '--disable-3d-apis']);
  try {
    const context = await noGl.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(server.url + '?lang=en');
    await page.waitForFunction(() => !document.getElementById('fallback-notice').hidden, null, { timeout: 15000 });
    await removeFromSimplePage(page, context, en);
    await context.close();
  } finally {
    await noGl.close();
  }
});
