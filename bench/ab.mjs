// ab.mjs: two builds' first canvas frame, side by side, under the benchmark's phone profile:
//   node bench/ab.mjs DIST_A DIST_B [LOADS]      (LOADS cold loads of en/ each, A and B in turn)
// For a change whose effect on the start is smaller than bench/run's spread from run to run:
// each load prints when the wasm arrived and when the canvas showed (ms from navigation start),
// then the medians. Build B by checking out or configuring the other way and copying dist/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, phoneContext, serve } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [dirA, dirB, loadsArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node bench/ab.mjs DIST_A DIST_B [LOADS]');
  process.exit(2);
}
const LOADS = Math.max(1, +(loadsArg || 8));
const { chromium } = await import(path.join(root, 'node_modules/playwright-core/index.mjs'));

// The canvas is up when the page's body gets app-ready (as bench.mjs's first canvas frame).
const READY = () => {
  window.__ready = null;
  new MutationObserver(() => {
    if (window.__ready === null && document.body && document.body.classList.contains('app-ready')) window.__ready = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
};

const servers = { A: await serve(path.resolve(dirA)), B: await serve(path.resolve(dirB)) };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const runs = { A: [], B: [] };
try {
  for (let i = 0; i < LOADS; i++) {
    for (const k of i % 2 ? ['B', 'A'] : ['A', 'B']) {   // alternate who goes first
      const { context, page } = await phoneContext(browser, {}, READY);
      await page.goto(servers[k].url + 'en/', { waitUntil: 'load', timeout: 90000 });
      await page.waitForFunction(() => window.__ready !== null, null, { timeout: 60000 });
      const t = await page.evaluate(() => ({
        ready: window.__ready,
        wasm: (performance.getEntriesByType('resource').find((e) => /\.wasm$/.test(new URL(e.name).pathname)) || {}).responseEnd,
      }));
      runs[k].push(t);
      console.log(`${k} load ${i + 1}: wasm arrived ${Math.round(t.wasm)} ms, canvas ${Math.round(t.ready)} ms (${Math.round(t.ready - t.wasm)} ms after)`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await servers.A.stop();
  await servers.B.stop();
}
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
for (const k of ['A', 'B']) {
  console.log(`${k} (${k === 'A' ? dirA : dirB}): median wasm arrived ${Math.round(median(runs[k].map((t) => t.wasm)))} ms, ` +
    `canvas ${Math.round(median(runs[k].map((t) => t.ready)))} ms, ${Math.round(median(runs[k].map((t) => t.ready - t.wasm)))} ms after the wasm`);
}
