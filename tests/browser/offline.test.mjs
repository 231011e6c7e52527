// offline.test.mjs: offline after the first visit, clean hand-over between builds, the one-file
// copy from file://, and what makes the sheet installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { root, startServer, startBrowser, openSheet, waitForIdle, texts, findHit, finger, PHONE, swReady, reloadOffline, chooseLanguage, centre } from './harness.mjs';

const en = JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8'));
const es = JSON.parse(readFileSync(path.join(root, 'data/es.json'), 'utf8'));
let browser;
before(async () => { browser = await startBrowser(); });
after(async () => { await browser?.close(); });

// The pathnames this site's caches hold (web/worker/sw.js: one cache per build, named factsheet-*).
const cachedPaths = (page) => page.evaluate(async () => {
  const out = [];
  for (const key of await caches.keys()) {
    if (!key.startsWith('factsheet-')) continue;
    for (const r of await (await caches.open(key)).keys()) out.push(new URL(r.url).pathname);
  }
  return out.sort();
});
// Waits until the worker has said it keeps `lang` ('all': every language) with all its files:
// window.__factsheet.offline().
const waitCached = (page, lang, what, timeout = 30000) => page.waitForFunction((l) => window.__factsheet.offline().includes(l), lang, { timeout, polling: 250 })
  .catch(async () => { throw new Error(`${what}; cached: ${(await cachedPaths(page)).join(' ')}`); });

test('after one visit the language read opens offline, and a language switched to online does too', async () => {
  const server = await startServer();
  try {
    const { page, context, problems } = await openSheet(browser, server.url + '?lang=en');
    await swReady(page);
    await waitCached(page, 'en', 'English is kept');
    const f = await finger(page);
    await chooseLanguage(page, f, 'Español');
    await page.waitForFunction(() => window.__factsheet.lang() === 'es', null, { timeout: 10000 });
    await waitCached(page, 'es', 'Spanish, switched to, is kept');
    await reloadOffline(page, context);  // the address is es/ now
    assert.equal(await page.evaluate(() => window.__factsheet.contentOk()), true, problems.join('\n'));
    assert.ok((await texts(page)).join(' ').includes(es.meta.title.split(' ')[0]), 'Spanish offline');
    await chooseLanguage(page, f, 'English');
    await page.waitForFunction(() => window.__factsheet.lang() === 'en' && document.documentElement.lang === 'en', null, { timeout: 10000 });
    await waitForIdle(page);
    assert.ok((await texts(page)).join(' ').includes(en.meta.title.split(' ')[0]), 'English offline too');
    // A deep link in Spanish, offline, from a fresh navigation.
    await page.goto(server.url + '?lang=es#smartlink');
    await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
    await waitForIdle(page);
    assert.equal(await page.evaluate(() => window.__factsheet.section()), 'smartlink');
    await context.close();
  } finally {
    await server.stop();
  }
});

test('the offline copy costs nothing before the first canvas frame or in the first minute, then holds every language', async () => {
  const server = await startServer(undefined, { log: true });
  try {
    const context = await browser.newContext(PHONE);
    // Requests the service worker makes, and when (this clock), and when the page's own finished.
    const swRequests = [], pageRequests = new Map();
    context.on('request', (r) => {
      if (r.serviceWorker() || r.url().endsWith('/sw.js')) swRequests.push({ t: Date.now(), url: r.url() });
      else pageRequests.set(r, { url: r.url(), start: Date.now(), end: Infinity });
    });
    const ended = (r) => { if (pageRequests.has(r)) pageRequests.get(r).end = Date.now(); };
    context.on('requestfinished', ended);
    context.on('requestfailed', ended);
    const page = await context.newPage();
    // The first canvas frame, on the same clock (epoch ms), noted on the frame it is drawn.
    await page.addInitScript(() => {
      const look = () => (window.__factsheet && window.__factsheet.frames() > 0
        ? (window.__firstFrameAt = performance.timeOrigin + performance.now()) : requestAnimationFrame(look));
      requestAnimationFrame(look);
    });
    await page.goto(server.url + '?lang=es', { waitUntil: 'load' });
    await page.waitForFunction(() => window.__firstFrameAt, null, { timeout: 30000 });
    const firstFrameAt = await page.evaluate(() => window.__firstFrameAt);
    await swReady(page);
    await waitCached(page, 'es', 'the language read is kept');
    assert.ok(swRequests.length > 0, 'the worker was registered');
    for (const r of swRequests) assert.ok(r.t > firstFrameAt, `${r.url} asked for ${Math.round(firstFrameAt - r.t)} ms before the first canvas frame`);
    for (const r of pageRequests.values()) {
      if (r.start < swRequests[0].t) assert.ok(r.end <= swRequests[0].t, `the worker started while the page still loaded ${r.url}`);
    }
    // What it kept so far came from what the visit downloaded: the other language is not fetched.
    const cached = await cachedPaths(page);
    assert.ok(!cached.some((p) => p.startsWith('/content/en.') || p === '/en.html' || p === '/en-passages.html'), `English kept early: ${cached.join(' ')}`);
    // A minute after the first frame, the rest follows, without Save-Data.
    const wait = firstFrameAt + 60000 - Date.now();
    await page.waitForTimeout(Math.max(0, wait - 2000));
    assert.ok(!(await cachedPaths(page)).some((p) => p.startsWith('/content/en.')), 'nothing more before the minute is up');
    assert.ok(!(await page.evaluate(() => window.__factsheet.offline())).includes('all'));
    // What the worker kept in that minute came from the browser's HTTP cache: since the first
    // frame the server has sent nothing but the worker's own script (and what the page asked).
    const pageLater = new Set([...pageRequests.values()].filter((r) => r.start > firstFrameAt).map((r) => new URL(r.url).pathname));
    const sent = server.answered().filter((a) => a.t > firstFrameAt && a.path !== '/sw.js' && !pageLater.has(a.path.split('?')[0]));
    // The page's own ask after its first frame, the whole content (web/app/lead.js), goes through
    // the worker once it controls the page: then it shows here, as the worker's. Once, and no more.
    const details = sent.filter((a) => /^\/content\/es\.[0-9a-f]+\.json$/.test(a.path));
    assert.ok(details.length <= 1, `the details sent once: ${details.map((a) => a.path).join(' ')}`);
    assert.deepEqual(sent.filter((a) => !details.includes(a)).map((a) => `${a.path} ${a.bytes} B`), [],
      'bytes sent for the offline copy in its first minute');
    await waitCached(page, 'all', 'every language is kept after a minute', 30000);
    assert.ok(server.answered().some((a) => a.t > firstFrameAt + 50000 && a.path.startsWith('/passages/es.')),
      'the full copy fetches the passages');
    assert.ok((await cachedPaths(page)).some((p) => p.startsWith('/content/en.')), 'English is kept');
    await context.close();
  } finally {
    await server.stop();
  }
});

test('with Save-Data only the language read is kept, the menu says so, and it reads offline', async () => {
  const server = await startServer();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setDataSaverOverride', { dataSaverEnabled: true });
    await page.goto(server.url + '?lang=es', { waitUntil: 'load' });
    await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
    assert.equal(await page.evaluate(() => navigator.connection.saveData), true);
    await swReady(page);
    await waitCached(page, 'es', 'Spanish is kept');
    await page.waitForTimeout(1000);
    const cached = await cachedPaths(page);
    assert.ok(!cached.some((p) => p.startsWith('/content/en.') || p === '/en.html' || p === '/en-passages.html'), `English kept: ${cached.join(' ')}`);
    // The menu says so, in the reader's language.
    await waitForIdle(page);
    const f = await finger(page);
    await f.tap(...centre(await findHit(page, es.ui.menu)));
    await waitForIdle(page);
    assert.ok((await texts(page)).includes(es.ui.offline_one_language), 'the menu says what is kept');
    await reloadOffline(page, context);
    assert.equal(await page.evaluate(() => window.__factsheet.contentOk()), true);
    assert.equal(await page.evaluate(() => window.__factsheet.lang()), 'es');
    assert.ok((await texts(page)).join(' ').includes(es.meta.title.split(' ')[0]), 'Spanish reads offline');
    await context.close();
  } finally {
    await server.stop();
  }
});

test('a new build served over an old one: the next load runs only the new build', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'factsheet-builds-'));
  const site = path.join(dir, 'site');
  try {
    // Build B differs from A in its content (a new title), so its hashed names differ.
    const stageB = path.join(dir, 'stage-b');
    cpSync(path.join(root, 'build/web-stage'), stageB, { recursive: true });
    const json = JSON.parse(readFileSync(path.join(stageB, 'content/en.json'), 'utf8'));
    json.meta.title = 'Build B ' + json.meta.title;
    writeFileSync(path.join(stageB, 'content/en.json'), JSON.stringify(json));
    const releaseB = path.join(dir, 'release-b');
    execFileSync('python3', [path.join(root, 'tools/site.py'), 'release', stageB, releaseB]);

    cpSync(path.join(root, 'dist'), site, { recursive: true });
    const server = await startServer(site);
    try {
      const { page, context } = await openSheet(browser, server.url + '?lang=en');
      await swReady(page);
      await waitForIdle(page);
      assert.ok(!(await texts(page)).join(' ').includes('Build B'));
      // Deploy B over A, then load again.
      rmSync(site, { recursive: true });
      cpSync(releaseB, site, { recursive: true });
      const requests = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname.slice(1)));
      await page.reload();
      await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
      await waitForIdle(page);
      assert.ok((await texts(page)).join(' ').includes('Build'), 'the new build draws');
      const assetsB = JSON.parse(await page.evaluate(() => document.querySelector('meta[name="factsheet-assets"]').content));
      const assetsA = JSON.parse(readFileSync(path.join(root, 'dist/en/index.html'), 'utf8').match(/name="factsheet-assets" content="([^"]+)"/)[1].replace(/&quot;/g, '"'));
      const onlyA = Object.values(assetsA).filter((n) => !Object.values(assetsB).includes(n));
      assert.ok(onlyA.length > 0, 'the builds differ');
      for (const r of requests) assert.ok(!onlyA.includes(r), `old-build file requested after the new build loaded: ${r}`);
      const perf = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.slice(1)));
      for (const r of perf) assert.ok(!onlyA.includes(r), `old-build file used: ${r}`);
      await context.close();
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the one-file copy opens from file:// with the network off, draws, and makes no request', async () => {
  const file = path.join(root, 'dist/factsheet-offline.html');
  const size = statSync(file).size;
  console.log(`one-file copy: ${size} bytes (${Math.round(size / 1024)} KiB)`);
  const context = await browser.newContext({ ...PHONE, offline: true });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => { if (!/^(file|data):/.test(r.url())) requests.push(r.url()); });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto('file://' + file + '?lang=es');
  await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => window.__factsheet.contentOk()), true);
  assert.ok((await texts(page)).join(' ').includes(es.meta.title.split(' ')[0]));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.deepEqual(requests, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the one-file copy on a phone without WebGL2: the simple version, and why, in the language read', async () => {
  const context = await browser.newContext({ ...PHONE, offline: true });
  await context.addInitScript(() => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return kind === 'webgl2' ? null : get.call(this, kind, ...rest); };
  });
  const page = await context.newPage();
  await page.goto('file://' + path.join(root, 'dist/factsheet-offline.html') + '?lang=es');
  await page.waitForFunction(() => !document.getElementById('fallback-notice').hidden, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => document.getElementById('fallback-notice').textContent), es.ui.fallback_notice_webgl);
  await context.close();
});

test('installable: a manifest with name, colours and 192/512/maskable icons that load', async () => {
  const server = await startServer();
  try {
    const { page, context } = await openSheet(browser, server.url, { waitForFrame: false });
    const manifestUrl = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
    const manifest = await (await page.request.get(manifestUrl)).json();
    assert.ok(manifest.name && manifest.short_name && manifest.theme_color && manifest.background_color);
    assert.equal(manifest.display, 'standalone');
    const sizes = manifest.icons.map((i) => i.sizes + ' ' + i.purpose);
    for (const want of ['192x192 any', '512x512 any', '512x512 maskable']) assert.ok(sizes.includes(want), want);
    for (const icon of manifest.icons) {
      const r = await page.request.get(new URL(icon.src, manifestUrl).href);
      assert.equal(r.status(), 200, icon.src);
      if (icon.type === 'image/png') assert.equal((await r.body()).subarray(1, 4).toString(), 'PNG');
    }
    await context.close();
  } finally {
    await server.stop();
  }
});

// Reads dist/_headers the way Cloudflare Pages and Netlify do: every block whose pattern matches
// applies, and values of the same header are joined with ", ".
function cacheControlFor(headersText, urlPath) {
  const values = [];
  let pattern = null;
  for (const line of headersText.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { pattern = line.trim(); continue; }
    const m = /^\s*cache-control:\s*(.*)$/i.exec(line);
    if (!m || !pattern) continue;
    const re = new RegExp('^' + pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
    if (re.test(urlPath)) values.push(m[1].trim());
  }
  return values.join(', ');
}

test('the sample headers file caches every hashed file for a year and no entry point', () => {
  const dist = path.join(root, 'dist');
  const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
  const files = execFileSync('find', ['.', '-type', 'f'], { cwd: dist, encoding: 'utf8' })
    .split('\n').filter(Boolean).map((f) => f.slice(1))
    // name.br and name.gz are no addresses: a host answers name's address with one of them.
    .filter((f) => !/\.(br|gz)$/.test(f));
  const hashed = files.filter((f) => /\.[0-9a-f]{12}\.[a-z0-9]+$/.test(f));
  assert.ok(hashed.length >= 10, 'the build has hashed files');
  for (const f of files) {
    const cc = cacheControlFor(headers, f);
    if (hashed.includes(f)) assert.equal(cc, 'public, max-age=31536000, immutable', f);
    else assert.ok(!/immutable|max-age=[1-9]/.test(cc), `${f} must be revalidated, got "${cc}"`);
  }
});
