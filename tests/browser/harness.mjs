// harness.mjs: shared set-up for the browser tests: serve dist/ with tools/serve.py on a free
// loopback port, start Debian's Chromium headless through playwright-core, open phone pages.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import * as esbuild from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(root, 'test-results');
mkdirSync(artifacts, { recursive: true });

// Flags from shared/notes/toolchain.md: WebGL2 through SwiftShader, and no background traffic
// (this machine has no internet; the sheet must not need it either).
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-dev-shm-usage',
];

// `csp`: a policy to send instead of the sheet's (a host page that embeds the sheet).
// `log`: the server notes each file it answers; server.answered() reads them back ({ t: epoch
// ms, path, status, bytes }): what crossed the network, the page's and its service worker's.
export async function startServer(dir = path.join(root, 'dist'), { csp, log } = {}) {
  const logFile = log ? path.join(mkdtempSync(path.join(tmpdir(), 'serve-')), 'answered.jsonl') : null;
  const proc = spawn('python3', [path.join(root, 'tools/serve.py'), dir, '--port', '0', '--quiet', ...(csp ? ['--csp', csp] : []),
    ...(logFile ? ['--log', logFile] : [])], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/http:\/\/[0-9.]+:\d+\//);
      if (m) resolve(m[0]);
    });
    proc.on('exit', (code) => reject(new Error('server exited ' + code)));
  });
  const answered = () => (logFile && existsSync(logFile)
    ? readFileSync(logFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
  return { url, answered, async stop() { proc.kill(); await once(proc, 'exit').catch(() => {}); } };
}

export async function startBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

// The phone most tests use: 390x844 CSS px at DPR 3 with touch, like a mid-range phone.
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

// Opens the sheet and collects console errors and failed requests.
export async function openSheet(browser, url, options = {}) {
  const context = await browser.newContext({ ...PHONE, ...options.context });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  page.on('requestfailed', (r) => problems.push('requestfailed: ' + r.url()));
  await page.goto(url, { waitUntil: 'load' });
  if (options.waitForFrame !== false) {
    await waitForFrames(page, 1);
    await waitForWhole(page);
  }
  return { context, page, problems };
}

export async function waitForFrames(page, n, timeout = 30000) {
  await page.waitForFunction((k) => window.__factsheet && window.__factsheet.frames() >= k, n, { timeout });
}

// The canvas starts from its content's lead and takes the sections' details after its first
// frame (web/app/lead.js): tests that read or open details wait for them.
export async function waitForWhole(page, timeout = 30000) {
  await page.waitForFunction(() => !window.__factsheet.detailsLater(), null, { timeout });
}

// Waits until no frame has been drawn for `quiet` ms (the loop has gone idle).
export async function waitForIdle(page, quiet = 500, timeout = 15000) {
  const start = Date.now();
  let last = await page.evaluate(() => window.__factsheet.frames());
  let since = Date.now();
  while (Date.now() - start < timeout) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(() => window.__factsheet.frames());
    if (now !== last) { last = now; since = Date.now(); } else if (Date.now() - since >= quiet) return now;
  }
  throw new Error('the sheet kept drawing frames for ' + timeout + ' ms');
}

// Waits until the service worker controls the page (it has cached the sheet).
export async function swReady(page) {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 }).catch(async () => {
    await page.reload();  // the first visit may finish before the worker claims it
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 15000 });
  });
}

// After one visit: the network goes off and the page is loaded again, from the worker's cache.
export async function reloadOffline(page, context) {
  await swReady(page);
  await waitForIdle(page);
  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
  await waitForWhole(page);
  await waitForIdle(page);
}

export const texts = (page) => page.evaluate(() => window.__factsheet.texts());

// The RGBA pixels of a screenshot of `clip` (CSS px), read back through a canvas in a scratch
// page (what the reader sees, after compositing): { width, height, data: Uint8ClampedArray }.
export async function screenshotPixels(page, clip, options = {}) {
  const png = await page.screenshot({ clip, ...options });
  const scratch = await page.context().newPage();
  try {
    const { width, height, b64 } = await scratch.evaluate(async (src) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + src;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width; c.height = img.height;
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, c.width, c.height).data;
      let s = '';
      for (let i = 0; i < d.length; i += 0x8000) s += String.fromCharCode.apply(null, d.subarray(i, i + 0x8000));
      return { width: c.width, height: c.height, b64: btoa(s) };
    }, png.toString('base64'));
    return { width, height, data: new Uint8ClampedArray(Buffer.from(b64, 'base64')) };
  } finally {
    await scratch.close();
  }
}

// Share of pixels in a screen area (CSS px) that differ from the given background colour.
export async function inkRatio(page, clip, background) {
  const { data: d } = await screenshotPixels(page, clip);
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (Math.abs(d[i] - background[0]) + Math.abs(d[i + 1] - background[1]) + Math.abs(d[i + 2] - background[2]) > 60) ink++;
  }
  return ink / (d.length / 4);
}

// Tap targets on screen, by label (exact match first, else the first that contains it).
export async function findHit(page, label) {
  const hits = await page.evaluate(() => window.__factsheet.hits());
  return hits.find((h) => h.label === label) || hits.find((h) => h.label.includes(label));
}

// The middle of a hit rectangle (__factsheet.hits()), where a finger taps it.
export const centre = (h) => [h.x + h.w / 2, h.y + h.h / 2];

// The sheet's languages as data/ holds them: tag, own name, and the language button's label.
export const SHEET_LANGUAGES = (() => {
  const dir = path.join(root, 'data');
  return readdirSync(dir).filter((n) => /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*\.json$/.test(n)).map((n) => {
    const d = JSON.parse(readFileSync(path.join(dir, n), 'utf8'));
    return { code: d.lang, name: d.ui.lang_name, button: d.ui.languages };
  });
})();

// Switches the canvas's language as a reader does: the header's language button, then the
// language's own name in the list it opens. `f`: a finger (finger()).
export async function chooseLanguage(page, f, name) {
  const labels = SHEET_LANGUAGES.map((l) => l.button);
  const button = (await page.evaluate(() => window.__factsheet.hits())).find((h) => labels.includes(h.label));
  assert.ok(button, 'the header has a language button');
  await f.tap(...centre(button));
  await page.waitForFunction((n) => window.__factsheet.hits().some((h) => h.label === n), name, { timeout: 5000 });
  const entry = (await page.evaluate(() => window.__factsheet.hits())).find((h) => h.label === name);
  await f.tap(...centre(entry));
}

// A finger on a touch screen, through the DevTools protocol (real touch events, not mouse).
export async function finger(page) {
  const cdp = await page.context().newCDPSession(page);
  // Each event carries its own time, as a phone's touch hardware stamps it: software WebGL here
  // takes long per frame, and velocity must come from when the finger moved.
  let clock = Date.now() / 1000;
  const send = (type, pts, dt = 0) => {
    clock = Math.max(clock + dt, Date.now() / 1000);
    return cdp.send('Input.dispatchTouchEvent', { type, touchPoints: pts, timestamp: clock });
  };
  return {
    async tap(x, y) {
      await send('touchStart', [{ x, y }]);
      await page.waitForTimeout(60);
      await send('touchEnd', []);
    },
    // Moves from (x, y0) to (x, y1) in `steps` moves `ms` apart, then lifts (a fling if fast).
    async swipe(x, y0, y1, steps = 8, ms = 16) {
      await send('touchStart', [{ x, y: y0 }]);
      const t0 = clock;
      for (let i = 1; i <= steps; i++) {
        clock = t0 + (i * ms) / 1000;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 + ((y1 - y0) * i) / steps }], timestamp: clock });
      }
      clock += ms / 1000;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: clock });
    },
  };
}

// --- the sheet embedded in a host page (embed.js makes the frame) -------------------------
export const EMBED_FRAME = 'iframe.factsheet-embed-frame';

// What the embed tests start from: the sheet (dist/) on one port; a folder of host pages on
// another (another origin), written by `write(dir, SHEET)` and served with the policy
// `csp(SHEET)`; and the browser. `SHEET` is the sheet's address without its last "/".
export async function startEmbedHost(write, csp) {
  const sheet = await startServer();
  const SHEET = sheet.url.replace(/\/$/, '');
  const dir = mkdtempSync(path.join(tmpdir(), 'factsheet-host-'));
  await write(dir, SHEET);
  const host = await startServer(dir, { csp: csp(SHEET) });
  const browser = await startBrowser();
  return {
    sheet, host, browser, dir, SHEET,
    async stop() {
      await browser.close().catch(() => {});
      await host.stop();
      await sheet.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The n-th embed's frame, once the sheet in it has started.
export async function sheetFrame(page, n = 0) {
  await page.waitForFunction(([sel, k]) => document.querySelectorAll(sel).length > k, [EMBED_FRAME, n], { timeout: 10000 });
  const handle = (await page.$$(EMBED_FRAME))[n];
  const frame = await handle.contentFrame();
  // (documentElement is null for a moment while the frame navigates)
  await frame.waitForFunction(() => !!document.documentElement && document.documentElement.classList.contains('embed') && document.readyState === 'complete', null, { timeout: 10000 });
  return { handle, frame };
}

// The iframe is as tall as the sheet's content (within 4 px), and stays so for a moment.
export async function heightsMatch(page, handle, frame) {
  let last = null;
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(100);
    const box = await handle.evaluate((f) => f.getBoundingClientRect().height);
    let inner;
    try {
      inner = await frame.evaluate(() => ({
        content: document.documentElement.getBoundingClientRect().height,
        scroll: document.documentElement.scrollHeight,
      }));
    } catch (e) { continue; }   // the frame is between two documents
    const ok = Math.abs(box - inner.content) <= 4 && Math.abs(box - inner.scroll) <= 4;
    if (ok && last && Math.abs(last - box) < 1) return box;
    last = ok ? box : null;
  }
  const box = await handle.evaluate((f) => f.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => [document.documentElement.getBoundingClientRect().height, document.documentElement.scrollHeight]);
  assert.fail(`iframe ${box} px, sheet content ${inner[0]} px, scrollHeight ${inner[1]} px`);
}


// --- accessibility -------------------------------------------------------------------------
const AXE_SOURCE = path.join(root, 'node_modules/axe-core/axe.min.js');
// axe-core's WCAG 2.x A and AA rules on a page or frame: one line per violation. (Evaluated in
// through the DevTools protocol, which the page's CSP does not govern.)
export async function axeViolations(target) {
  await target.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  return target.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} x ${v.help} (${v.nodes[0].target})`);
  });
}

// The sheet's own modules (web/), bundled as the site build bundles them (esbuild, with the
// build's generated constants: tools/bundle.mjs), for tests that call a module's functions
// directly: `exportsFrom` is module text such as "export { wpSecret } from './frame/read-options.js'"
// (paths from web/). Returns a script's text whose last statement leaves those exports in the
// variable __modules; run it with `new Function(..., text + '\nreturn __modules;')`, which may
// shadow globals such as location.
export async function bundledModules(exportsFrom) {
  const generated = path.join(root, 'build/site/js');
  assert.ok(existsSync(path.join(generated, 'factsheet-generated')), 'build/site/js is missing: run scripts/build-web.sh first');
  const result = await esbuild.build({
    stdin: { contents: exportsFrom, resolveDir: path.join(root, 'web'), loader: 'js' },
    bundle: true, format: 'iife', globalName: '__modules', target: 'es2017', nodePaths: [generated], write: false, logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}
