// bench.mjs: the benchmark behind bench/run (see bench/README.md for what each figure means).
// Headless Chromium through playwright-core with Lighthouse's mobile profile, against
// tools/serve.py (the precompressed brotli/gzip twins), variants of the same build measured in the same run:
//   app         en/: the sheet as readers get it (render on demand)
//   plain       en.html: the HTML rendition alone (what a browser gives for free)
//   continuous  en/?render=continuous: the app redrawing every frame (stock ImGui loop)
//   es          es/ with the locale es-MX: a Spanish reader's first visit (issue 16)
//   embed       en.html?embed=1: the embedded sheet and its pictures (issue 15)
// Prints a table, writes bench/out/latest.json. Reports; never fails on a missed target.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CPU_RATE, NET, PHONE, phoneContext, serve } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench/out');
const RUNS = Math.max(1, +(process.env.BENCH_RUNS || 5));     // cold loads per variant
const IDLE_S = +(process.env.BENCH_IDLE_S || 10);
const log = (...a) => console.error('[bench]', ...a);

// The sheet's languages (data/<tag>.json) and the label of the canvas's language button in each.
const LANGUAGES = readdirSync(path.join(root, 'data')).filter((n) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.json$/.test(n))
  .map((n) => JSON.parse(readFileSync(path.join(root, 'data', n), 'utf8'))).map((d) => ({ code: d.lang, locale: d.ui.og_locale.replace('_', '-'), button: d.ui.languages }));
const LIST_LABELS = LANGUAGES.map((l) => l.button);
const TARGETS = { embedBeforeBytes: 70_000, pictureRuntimeBytes: 150_000, firstVisitBytes: 200_000, stockRatio: 0.6, fcpRatio: 2, firstFrameMs: 1500, idleBusyMsPerS: 2, idleFrames: 0, flingP95Ms: 8, peakMemBytes: 48_000_000 };

// --- prerequisites: npm packages, a build ----------------------------------------------------
if (!existsSync(path.join(root, 'node_modules/playwright-core'))) {
  log('node_modules/playwright-core missing: running scripts/setup.sh all');
  if (spawnSync(path.join(root, 'scripts/setup.sh'), ['all'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
if (!existsSync(path.join(root, 'dist/index.html'))) {
  log('dist/ missing: running scripts/build-web.sh');
  if (spawnSync(path.join(root, 'scripts/build-web.sh'), [], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const { chromium } = await import(path.join(root, 'node_modules/playwright-core/index.mjs'));
// A finger on the touch screen, as the browser tests have it (touch events with their own times).
const { finger } = await import(path.join(root, 'tests/browser/harness.mjs'));

// The server notes each file it sends (serve.py --log): what crossed the network, the page's and
// its service worker's, which playwright cannot tell from the HTTP cache's answers.
const ANSWERED = path.join(outDir, 'answered.jsonl');
// `stock`: the baseline's folder instead (bench/stock/build.sh), with a policy its page can run under.
async function startServer(stock = false) {
  mkdirSync(outDir, { recursive: true });
  if (!stock) rmSync(ANSWERED, { force: true });
  const server = stock ? await serve(path.join(outDir, 'stock'), ['--csp', "default-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'"])
    : await serve(path.join(root, 'dist'), ['--log', ANSWERED]);
  const answered = () => (existsSync(ANSWERED) ? readFileSync(ANSWERED, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);
  return { url: server.url, answered, stop: server.stop };
}

// Bytes the server sent in a visit's first `ms` that the page did not ask for itself over the
// network (per path, as many answers as the page's own requests that reached it): its service
// worker's copy. sw.js itself, the worker's script, is not counted.
function workerBytes(answered, run, ms) {
  const files = {};
  const own = new Map();
  for (const r of run.reqs.values()) {
    if (!r.url || !r.url.startsWith('http') || !(r.bytes > 0)) continue;
    const p = new URL(r.url).pathname;
    own.set(p, (own.get(p) || 0) + 1);
  }
  let total = 0;
  for (const a of answered) {
    if (a.t < run.navStart || a.t > run.navStart + ms) continue;
    const p = a.path.split('?')[0];
    if (own.get(p) > 0) own.set(p, own.get(p) - 1);
    else if (!p.endsWith('/sw.js')) {
      const f = plainName('http://x' + p);
      files[f] = (files[f] || 0) + a.bytes;
      total += a.bytes;
    }
  }
  return { total, files };
}

// Runs in every page before its own scripts. Records when body gets `app-ready` (first canvas
// frame); times requestAnimationFrame callbacks that drew an app frame (the frame's main-thread
// work: Dear ImGui layout + draw lists + WebGL calls); and keeps hold of the wasm instance's
// memory and times the two big wasm entry points (start, content switch) without changing them.
const INIT = () => {
  const B = (window.__bench = { ready: null, frames: [], recording: false, ticks: 0, memory: null, calls: [] });
  new MutationObserver(() => {
    if (B.ready === null && document.body && document.body.classList.contains('app-ready')) B.ready = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['class'] });
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = function (cb) {
    return raf(function (ts) {
      if (!B.recording) return cb(ts);
      B.ticks++;
      const hook = window.__factsheet;
      const before = hook ? hook.frames() : 0;
      const t0 = performance.now();
      try { return cb(ts); } finally {
        const dt = performance.now() - t0;
        if (hook && hook.frames() !== before) B.frames.push(dt);
      }
    });
  };
  // Wasm memory: the instance's exported Memory (export names are minified at -Oz, so it is
  // found by type). It only grows, so its final size is its peak.
  const keepMemory = (res) => {
    try {
      const ex = (res.instance || res).exports;
      for (const k in ex) if (ex[k] instanceof WebAssembly.Memory) B.memory = ex[k];
    } catch (e) { /* measuring must never break the page */ }
    return res;
  };
  const W = WebAssembly;
  if (W.instantiateStreaming) { const f = W.instantiateStreaming; W.instantiateStreaming = function () { return f.apply(W, arguments).then(keepMemory); }; }
  const g = W.instantiate; W.instantiate = function () { return g.apply(W, arguments).then(keepMemory); };
  // The module object, once factsheet.js's createFactsheet() resolves: times its two big calls
  // (start: fonts + content + layout; set_content: a language switch) around the originals.
  let create;
  Object.defineProperty(window, 'createFactsheet', {
    configurable: true,
    get() { return create; },
    set(fn) {
      create = typeof fn !== 'function' ? fn : function () {
        return fn.apply(this, arguments).then((m) => {
          try {
            for (const name of ['_fs_start', '_fs_set_content']) {
              const orig = m[name];
              if (typeof orig !== 'function') continue;
              m[name] = function () {
                const t0 = performance.now();
                try { return orig.apply(this, arguments); } finally { B.calls.push({ name, at: t0, ms: performance.now() - t0 }); }
              };
            }
          } catch (e) { /* leave the module as it was */ }
          return m;
        });
      };
    },
  });
};

const median = (a) => { if (!a.length) return null; const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (a, p) => { if (!a.length) return null; const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const plainName = (url) => decodeURIComponent(new URL(url).pathname.slice(1) || 'index.html').replace(/\.[0-9a-f]{12}(\.[a-z0-9]+)$/, '$1');

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}
const busyMs = (a, b) => 1000 * ((b.TaskDuration - a.TaskDuration) - (b.DevToolsCommandDuration - a.DevToolsCommandDuration));

// One cold first visit in a fresh context (empty cache, no service worker yet).
async function coldLoad(browser, url, variant, keep = false, contextOptions = {}) {
  // A fresh context is a first visit: its HTTP cache starts empty. The cache stays on, as in a
  // reader's browser, so a file asked for twice in one visit costs twice only where the server's
  // caching headers make it so.
  const { context, page, cdp } = await phoneContext(browser, contextOptions, INIT);
  const problems = [];
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  await cdp.send('Performance.enable');
  const reqs = new Map();
  cdp.on('Network.requestWillBeSent', (e) => { const r = reqs.get(e.requestId) || {}; r.sent = r.sent ?? e.wallTime * 1000; reqs.set(e.requestId, r); });
  cdp.on('Network.responseReceived', (e) => { const r = reqs.get(e.requestId) || {}; r.url = e.response.url; r.encoding = e.response.headers['content-encoding'] || e.response.headers['Content-Encoding'] || ''; reqs.set(e.requestId, r); });
  cdp.on('Network.loadingFinished', (e) => { const r = reqs.get(e.requestId) || {}; r.bytes = e.encodedDataLength; r.done = e.timestamp; reqs.set(e.requestId, r); });
  const heap = [];
  const navStart = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 90000 });
  const isApp = variant !== 'plain';
  if (isApp) {
    const t0 = Date.now();
    while (Date.now() - t0 < 60000) {
      heap.push((await metrics(cdp)).JSHeapUsedSize);
      if (await page.evaluate(() => window.__bench.ready !== null || document.body.classList.contains('app-failed'))) break;
      await page.waitForTimeout(100);
    }
  }
  const paint = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const nav = performance.getEntriesByType('navigation')[0];
    // When each file was asked for and arrived (ms from navigation start): where the wait goes.
    const files = [{ name: 'page', start: 0, end: nav ? nav.responseEnd : null },
      ...performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd }))];
    return { fcp: fcp ? fcp.startTime : null, ready: window.__bench.ready, origin: performance.timeOrigin, load: nav ? nav.loadEventStart : null,
      failed: document.body.classList.contains('app-failed'), calls: window.__bench.calls, files };
  });
  heap.push((await metrics(cdp)).JSHeapUsedSize);
  const run = { variant, fcpMs: paint.fcp, firstFrameMs: paint.ready, loadMs: paint.load, failed: paint.failed,
    startCallMs: (paint.calls.find((c) => c.name === '_fs_start') || {}).ms ?? null, heap, problems, reqs, navStart,
    frameAt: paint.ready != null ? paint.origin + paint.ready : null,
    timeline: paint.files.map((f) => ({ file: f.name === 'page' ? 'page' : plainName(f.name), start: f.start, end: f.end })) };
  if (!keep) { await context.close(); return run; }
  return { ...run, context, page, cdp };
}

// What the page fetched: the files asked for before its first canvas frame (the first visit's
// figure: what the reader waits for), and those asked for after it (the details, the icon) apart.
function bytesOf(run) {
  const files = {}, later = {};
  let total = 0, laterTotal = 0;
  for (const r of run.reqs.values()) {
    if (!r.url || r.bytes == null || !r.url.startsWith('http')) continue;
    const f = plainName(r.url);
    const after = run.frameAt != null && r.sent != null && r.sent > run.frameAt;
    const into = after ? later : files;
    into[f] = into[f] || { bytes: 0, count: 0, encoding: r.encoding };
    into[f].bytes += r.bytes; into[f].count++;
    if (after) laterTotal += r.bytes; else total += r.bytes;
  }
  // The service worker's downloads so far, as the server sent them.
  const worker = workerBytes(server.answered(), run, Date.now() - run.navStart);
  return { files, total, later, laterTotal, sw: worker.files, swTotal: worker.total };
}

// After the first canvas frame the page asks for the content's details (web/app/lead.js): the
// bytes are counted once they are in, so the page's own request is not taken for the worker's.
async function wholeContent(page) {
  await page.waitForFunction(() => !window.__factsheet || !window.__factsheet.detailsLater(), null, { timeout: 20000 }).catch(() => {});
  await page.waitForTimeout(300);
}

// Waits until a value read from the page stops changing for `quiet` ms.
async function settle(page, read, quiet = 600, timeout = 15000) {
  const t0 = Date.now();
  let last = await page.evaluate(read), since = Date.now();
  while (Date.now() - t0 < timeout) {
    await page.waitForTimeout(100);
    const now = await page.evaluate(read);
    if (JSON.stringify(now) !== JSON.stringify(last)) { last = now; since = Date.now(); } else if (Date.now() - since >= quiet) return true;
  }
  return false;
}

const frameCount = () => (window.__factsheet ? window.__factsheet.frames() : 0);
const position = () => (window.__factsheet && document.body.classList.contains('app-ready') ? window.__factsheet.scroll() : window.scrollY);

// A measured window: main-thread busy time and app frames between start() and stop().
async function windowed(page, cdp, body) {
  await page.evaluate(() => { window.__bench.frames = []; window.__bench.ticks = 0; window.__bench.recording = true; });
  const m0 = await metrics(cdp);
  const f0 = await page.evaluate(frameCount);
  const t0 = Date.now();
  const extra = await body();
  const wall = Date.now() - t0;
  const m1 = await metrics(cdp);
  const rec = await page.evaluate(() => { window.__bench.recording = false; return { frames: window.__bench.frames, ticks: window.__bench.ticks }; });
  const f1 = await page.evaluate(frameCount);
  log(`  window: ${wall} ms wall, ${f1 - f0} frames, ${rec.frames.length} timed`);
  return { wallMs: wall, busyMs: busyMs(m0, m1), scriptMs: 1000 * (m1.ScriptDuration - m0.ScriptDuration),
    framesDrawn: f1 - f0, rafTicks: rec.ticks, frameMs: rec.frames, heap: m1.JSHeapUsedSize, ...extra };
}

async function interact(run) {
  const { page, cdp, variant } = run;
  const isApp = variant !== 'plain';
  const out = {};
  // Let the load finish: the service worker's precache, the last settle frames.
  if (variant === 'app') await settle(page, frameCount, 1000, 20000);
  else await page.waitForTimeout(2000);
  await page.waitForLoadState('networkidle').catch(() => {});

  // 3. Idle: nobody touches the page for IDLE_S seconds.
  const m0 = await metrics(cdp);
  const f0 = await page.evaluate(frameCount);
  await new Promise((r) => setTimeout(r, IDLE_S * 1000));
  const m1 = await metrics(cdp);
  const f1 = await page.evaluate(frameCount);
  out.idle = { seconds: IDLE_S, busyMsPerS: busyMs(m0, m1) / IDLE_S, scriptMsPerS: (1000 * (m1.ScriptDuration - m0.ScriptDuration)) / IDLE_S, frames: isApp ? f1 - f0 : null };
  run.heap.push(m0.JSHeapUsedSize, m1.JSHeapUsedSize);

  // 4a. Fling: a quick upward swipe (450 px in 128 ms), then its glide to rest.
  const hand = await finger(page);
  out.fling = await windowed(page, cdp, async () => {
    await hand.swipe(195, 700, 250, 8, 16);
    await settle(page, position, 600, 15000);
    return { scrolledTo: await page.evaluate(position) };
  });
  run.heap.push(out.fling.heap);

  // 4b. Language switch: "Español" in the header's language list (the app), or the rendition's link.
  out.lang = await windowed(page, cdp, async () => {
    const t0 = Date.now();
    if (isApp) {
      const hits = () => page.evaluate(() => window.__factsheet.hits());
      const list = (await hits()).find((h) => LIST_LABELS.includes(h.label));
      if (!list) return { error: 'no language button on screen' };
      await hand.tap(list.x + list.w / 2, list.y + list.h / 2);
      await page.waitForFunction(() => window.__factsheet.hits().some((h) => h.label === 'Español'), null, { polling: 50, timeout: 10000 });
      const hit = (await hits()).find((h) => h.label === 'Español');
      await hand.tap(hit.x + hit.w / 2, hit.y + hit.h / 2);
      await page.waitForFunction(() => window.__factsheet.lang() === 'es', null, { polling: 50, timeout: 20000 });
      const switched = Date.now() - t0;
      if (variant === 'app') await settle(page, frameCount, 600, 10000); else await page.waitForTimeout(1500);
      return { switchMs: switched };
    }
    const link = await page.$('a[hreflang="es"]');
    if (!link) return { error: 'no Spanish link' };
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const b = await link.boundingBox();
    if (!b) return { error: 'Spanish link not on screen' };
    await Promise.all([page.waitForURL(/es\.html/, { timeout: 20000 }), hand.tap(Math.round(b.x + b.width / 2), Math.round(b.y + b.height / 2))]);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { polling: 50, timeout: 20000 });
    const switched = Date.now() - t0;
    return { switchMs: switched };
  });
  if (!isApp) {
    // A navigation: the new page's own metrics start over; re-arm the recorder for the next page.
    out.lang.note = 'a navigation to es.html: main-thread metrics restart with the new document';
    out.lang.busyMs = null;
  }
  run.heap.push(out.lang.heap);
  // 5. Memory: peak JS heap seen (sampled at phase boundaries) and the wasm memory (it only grows).
  const calls = await page.evaluate(() => window.__bench.calls).catch(() => []);
  out.langCallMs = (calls.filter((c) => c.name === '_fs_set_content').pop() || {}).ms ?? null;
  out.wasmMemory = await page.evaluate(() => (window.__bench.memory ? window.__bench.memory.buffer.byteLength : 0)).catch(() => 0);
  out.jsHeapPeak = Math.max(...run.heap.filter(Number.isFinite));
  return out;
}

// --- the run ------------------------------------------------------------------------------------
const started = new Date();
// The baseline: Dear ImGui's own GLFW + OpenGL3 example, built by bench/stock/build.sh.
const built = spawnSync('bash', [path.join(root, 'bench/stock/build.sh')], { stdio: 'inherit' });
if (built.status !== 0) throw new Error('bench/stock/build.sh failed');
const server = await startServer();
const stockServer = await startServer(true);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
// Each language's own page (README, "One page per language"); the root address forwards to one.
const urls = { app: server.url + 'en/', plain: server.url + 'en.html', continuous: server.url + 'en/?render=continuous', es: server.url + 'es/',
  embed: server.url + 'en.html?embed=1' };
const result = { date: started.toISOString(), chromium: browser.version(), machine: `${os.cpus().length} CPU ${os.cpus()[0]?.model?.trim()}`,
  profile: { ...PHONE, network: NET, cpuSlowdown: CPU_RATE }, runs: RUNS, variants: {} };
try {
  for (const variant of ['plain', 'app', 'continuous']) {
    const loads = [];
    let detail = null;
    for (let i = 0; i < RUNS; i++) {
      const keep = i === 0;
      const run = await coldLoad(browser, urls[variant], variant, keep);
      log(`${variant} load ${i + 1}/${RUNS}: FCP ${run.fcpMs?.toFixed(0)} ms, first frame ${run.firstFrameMs?.toFixed(0) ?? '-'} ms${run.failed ? ' (app-failed!)' : ''}`);
      if (keep) {
        await wholeContent(run.page);
        run.bytes = bytesOf(run);
        detail = await interact(run);
        await run.context.close();
        delete run.context; delete run.page; delete run.cdp;
        detail.bytes = run.bytes;
        detail.timeline = run.timeline;
        detail.problems = run.problems;
        log(`${variant}: idle ${detail.idle.busyMsPerS.toFixed(2)} ms/s, ${detail.idle.frames ?? '-'} frames; fling p95 ${pct(detail.fling.frameMs, 95)?.toFixed(1) ?? '-'} ms`);
      }
      loads.push({ fcpMs: run.fcpMs, firstFrameMs: run.firstFrameMs, loadMs: run.loadMs, startCallMs: run.startCallMs, failed: run.failed, problems: run.problems });
    }
    result.variants[variant] = { loads, ...detail,
      fcpMedianMs: median(loads.map((l) => l.fcpMs).filter((v) => v != null)),
      firstFrameMedianMs: median(loads.map((l) => l.firstFrameMs).filter((v) => v != null)),
      startCallMedianMs: median(loads.map((l) => l.startCallMs).filter((v) => v != null)) };
  }
  // Issue 26: Dear ImGui's stock example under the same profile, cold, as often: its first frame
  // (the page marks its first draw call) and its bytes, against the sheet's.
  {
    const loads = [];
    let bytes = null;
    for (let i = 0; i < RUNS; i++) {
      const run = await coldLoad(browser, stockServer.url, 'stock', i === 0);
      log(`stock load ${i + 1}/${RUNS}: first frame ${run.firstFrameMs?.toFixed(0) ?? '-'} ms${run.failed ? ' (failed!)' : ''}`);
      if (i === 0) {
        bytes = bytesOf(run);
        await run.context.close();
      }
      loads.push({ firstFrameMs: run.firstFrameMs, failed: run.failed, problems: [] });
    }
    result.variants.stock = { loads, bytes, firstFrameMedianMs: median(loads.map((l) => l.firstFrameMs).filter((v) => v != null)) };
  }
  // Issue 16: a Spanish reader's first visit (browser locale es-MX, the Spanish address), cold
  // loads like the app's, in the same run: bytes transferred, first readable text, first frame.
  {
    const loads = [];
    let bytes = null;
    for (let i = 0; i < RUNS; i++) {
      const run = await coldLoad(browser, urls.es, 'es', i === 0, { locale: 'es-MX' });
      log(`es load ${i + 1}/${RUNS}: FCP ${run.fcpMs?.toFixed(0)} ms, first frame ${run.firstFrameMs?.toFixed(0) ?? '-'} ms${run.failed ? ' (app-failed!)' : ''}`);
      if (i === 0) {
        await run.page.waitForLoadState('networkidle').catch(() => {});
        bytes = bytesOf(run);
        // The offline copy's cost in the first minute (the page stays open that long).
        await run.page.waitForTimeout(Math.max(0, run.navStart + 60000 - Date.now()));
        bytes.swFirstMinute = workerBytes(server.answered(), run, 60000).total;
        await run.context.close();
      }
      loads.push({ fcpMs: run.fcpMs, firstFrameMs: run.firstFrameMs, failed: run.failed, problems: run.problems });
    }
    result.variants.es = { loads, bytes, fcpMedianMs: median(loads.map((l) => l.fcpMs).filter((v) => v != null)),
      firstFrameMedianMs: median(loads.map((l) => l.firstFrameMs).filter((v) => v != null)) };
  }
  // Issue 24: every language's first visit (one cold load each, its page with its browser locale):
  // what it transfers, and its content file among it.
  result.languages = {};
  for (const l of LANGUAGES) {
    const run = await coldLoad(browser, server.url + l.code + '/', l.code, true, { locale: l.locale });
    await run.page.waitForLoadState('networkidle').catch(() => {});
    const bytes = bytesOf(run);
    await run.context.close();
    const content = Object.entries(bytes.files).filter(([f]) => f.startsWith(`content/${l.code}.`)).reduce((t, [, v]) => t + v.bytes, 0);
    result.languages[l.code] = { total: bytes.total, content, page: (bytes.files[`${l.code}/`] || {}).bytes || 0, after: bytes.laterTotal,
      firstFrameMs: run.firstFrameMs, failed: run.failed };
    log(`${l.code} first visit: ${(bytes.total / 1000).toFixed(1)} kB`);
  }
  // Issue 15: the embedded sheet (en.html?embed=1, the page a campaign page's iframe holds) and
  // its pictures: bytes before any picture is near, the picture runtime's bytes once one is, the
  // time from a picture entering the screen to its first frame, and frames while flinging past
  // the pictures (the runtime's main-thread work per frame that drew, and how long frames took).
  {
    const loads = [];
    let detail = null;
    const runtime = /^(factsheet-pictures\.|content\/)/;  // the runtime and the content it reads
    const sum = (files, keep) => Object.entries(files).filter(([f]) => keep(f)).reduce((t, [, v]) => t + v.bytes, 0);
    for (let i = 0; i < RUNS; i++) {
      const run = await coldLoad(browser, urls.embed, 'plain', true);
      const { page, cdp } = run;
      await page.waitForLoadState('networkidle').catch(() => {});
      await page.waitForTimeout(1000);
      const before = bytesOf(run);
      // The first picture: scrolled to as a reader would, then its first frame.
      const first = await page.evaluate(() => {
        // The first picture a reader sees without opening a section's details.
        const fig = [...document.querySelectorAll('main figure.chart[id], main figure.diagram[id], main figure.timeline[id]')]
          .find((f) => !f.closest('details:not([open])'));
        fig.scrollIntoView({ block: 'start' });
        return fig.id;
      });
      await page.waitForFunction((id) => {
        const st = window.__factsheetPictures.state();
        const v = st && st.find((x) => x.id === id);
        return v && v.firstFrameAt !== null;
      }, first, { timeout: 90000, polling: 50 }).catch(() => null);
      await page.waitForLoadState('networkidle').catch(() => {});
      const st = (await page.evaluate(() => window.__factsheetPictures.state())) || [];
      const v = st.find((x) => x.id === first) || {};
      const after = bytesOf(run);
      const load = { beforeBytes: sum(before.files, () => true), runtimeBytes: sum(after.files, (f) => runtime.test(f)),
        runtimeFiles: Object.keys(after.files).filter((f) => runtime.test(f)),
        nearRuntimeBeforeScroll: sum(before.files, (f) => runtime.test(f)),
        enterToFrameMs: v.firstFrameAt != null && v.enteredAt != null ? v.firstFrameAt - v.enteredAt : null, problems: run.problems };
      log(`embed load ${i + 1}/${RUNS}: before ${(load.beforeBytes / 1000).toFixed(1)} kB, runtime ${(load.runtimeBytes / 1000).toFixed(1)} kB, on screen to first frame ${load.enterToFrameMs?.toFixed(0) ?? '-'} ms`);
      if (i === 0) {
        // Every picture drawn once (scrolled past each), then a fling back up past all of them.
        for (const id of st.map((x) => x.id)) {
          await page.evaluate((i) => document.getElementById(i).scrollIntoView({ block: 'center' }), id);
          await settle(page, () => JSON.stringify((window.__factsheetPictures.state() || []).map((x) => x.frames)), 600, 20000);
        }
        await page.evaluate(() => window.__factsheetPictures.work());
        const hand = await finger(page);
        const wall = Date.now();
        // The page's frame intervals meanwhile (a long one is a frame the reader saw late).
        await page.evaluate(() => {
          window.__gaps = [];
          let last = performance.now();
          const on = () => { const n = performance.now(); window.__gaps.push(n - last); last = n; if (window.__gaps.length < 2000) requestAnimationFrame(on); };
          requestAnimationFrame(on);
        });
        for (let k = 0; k < 6; k++) await hand.swipe(195, 250, 750, 8, 16);
        await settle(page, () => window.scrollY, 600, 15000);
        const work = await page.evaluate(() => window.__factsheetPictures.work());
        const frameGaps = await page.evaluate(() => window.__gaps.splice(0));
        detail = { fling: { workMs: work, frameGapMs: frameGaps, wallMs: Date.now() - wall } };
      }
      await run.context.close();
      loads.push(load);
    }
    result.variants.embed = { loads, ...detail,
      beforeBytesMedian: median(loads.map((l) => l.beforeBytes)),
      runtimeBytesMedian: median(loads.map((l) => l.runtimeBytes)),
      enterToFrameMedianMs: median(loads.map((l) => l.enterToFrameMs).filter((x) => x != null)) };
  }
} finally {
  await browser.close().catch(() => {});
  await server.stop();
  await stockServer.stop();
}

// --- report ---------------------------------------------------------------------------------------
const V = result.variants;
const kB = (b) => (b == null ? '-' : (b / 1000).toFixed(1) + ' kB');
const ms = (v, d = 0) => (v == null || Number.isNaN(v) ? '-' : v.toFixed(d) + ' ms');
const MB = (b) => (b == null ? '-' : (b / 1e6).toFixed(1) + ' MB');
const frameStat = (w) => (w && w.frameMs && w.frameMs.length ? `${median(w.frameMs).toFixed(1)} / ${pct(w.frameMs, 95).toFixed(1)} ms (${w.frameMs.length} fr)` : '-');
const perFrame = (w) => (w && w.framesDrawn ? ms(w.busyMs / w.framesDrawn, 1) : w && w.rafTicks ? ms(w.busyMs / w.rafTicks, 1) + '*' : '-');
const mem = (v) => (v ? (v.jsHeapPeak || 0) + (v.wasmMemory || 0) : null);

const verdicts = [];
const check = (name, value, limit, fmt, ok = value != null && value <= limit) => {
  const by = value == null ? 'not measured' : ok ? 'pass' : `FAIL by ${fmt(value - limit)}`;
  verdicts.push({ target: name, value, limit, pass: value != null && ok, text: `${fmt(value)} (target ${fmt(limit)}) ${by}` });
};
const a = V.app, p = V.plain, c = V.continuous;
check('first visit before the first canvas frame, as transferred', a.bytes.total, TARGETS.firstVisitBytes, kB);
check('first visit incl. service-worker precache, as transferred', a.bytes.total + a.bytes.swTotal, TARGETS.firstVisitBytes, kB);
check('first readable text <= 2x plain first paint', a.fcpMedianMs, TARGETS.fcpRatio * p.fcpMedianMs, ms);
check(`first canvas frame (median of ${RUNS})`, a.firstFrameMedianMs, TARGETS.firstFrameMs, ms);
const st = V.stock;
check(`first canvas frame <= ${TARGETS.stockRatio}x stock Dear ImGui example's (${ms(st.firstFrameMedianMs)}, ${kB(st.bytes.total)})`,
  a.firstFrameMedianMs, TARGETS.stockRatio * st.firstFrameMedianMs, ms);
check('idle main-thread busy', a.idle.busyMsPerS, TARGETS.idleBusyMsPerS, (v) => v.toFixed(2) + ' ms/s');
check('idle frames', a.idle.frames, TARGETS.idleFrames, (v) => String(v));
check('fling frame time p95 (4x slowdown)', pct(a.fling.frameMs, 95), TARGETS.flingP95Ms, (v) => ms(v, 1));
check('peak memory (JS heap + wasm)', mem(a), TARGETS.peakMemBytes, MB);
// Issue 16's targets: the Spanish reader's first visit.
const es = V.es;
check('Spanish first visit (es-MX), as transferred', es.bytes.total, TARGETS.firstVisitBytes, kB);
// Issue 24: each language's first visit; what is not its page or content (the code, the styles)
// is the same for every language, so a language costs its own page and content file only.
for (const [c, l] of Object.entries(result.languages)) {
  check(`${c} first visit, as transferred`, l.total, TARGETS.firstVisitBytes, kB);
  const en = result.languages.en;
  if (c !== 'en' && en) check(`${c} first visit beyond its page and content, against English's`, l.total - l.page - l.content, en.total - en.page - en.content + 1000, kB);
}
check('Spanish first readable text within 10% of English', es.fcpMedianMs, 1.1 * a.fcpMedianMs, ms);
check(`Spanish first canvas frame (median of ${RUNS})`, es.firstFrameMedianMs, TARGETS.firstFrameMs, ms);
check('precache bytes in the first minute (Spanish visit)', es.bytes.swFirstMinute, 0, kB);
// Issue 15's targets: the embedded sheet before a picture is near, and the picture runtime.
const em = V.embed;
check('embedded sheet before any picture is near, as transferred', em.beforeBytesMedian, TARGETS.embedBeforeBytes, kB);
check('picture runtime (script, wasm, content), as transferred', em.runtimeBytesMedian, TARGETS.pictureRuntimeBytes, kB);
check('no picture runtime fetched before a picture is near', Math.max(...em.loads.map((l) => l.nearRuntimeBeforeScroll)), 0, kB);
result.targets = verdicts;

const rows = [
  ['bytes, first visit (before the first canvas frame)', kB(a.bytes.total), kB(p.bytes.total), kB(c.bytes.total)],
  ['  + asked for after it (the details, ...)', kB(a.bytes.laterTotal), '-', kB(c.bytes.laterTotal)],
  ['  + service worker precache', kB(a.bytes.swTotal), kB(p.bytes.swTotal), kB(c.bytes.swTotal)],
  [`first readable text (FCP, median of ${RUNS})`, ms(a.fcpMedianMs), ms(p.fcpMedianMs), ms(c.fcpMedianMs)],
  [`first canvas frame (median of ${RUNS})`, ms(a.firstFrameMedianMs), '-', ms(c.firstFrameMedianMs)],
  ['  wasm start call fs_start (median)', ms(a.startCallMedianMs), '-', ms(c.startCallMedianMs)],
  [`idle main-thread busy (${IDLE_S} s)`, a.idle.busyMsPerS.toFixed(2) + ' ms/s', p.idle.busyMsPerS.toFixed(2) + ' ms/s', c.idle.busyMsPerS.toFixed(2) + ' ms/s'],
  [`idle frames drawn (${IDLE_S} s)`, String(a.idle.frames), '-', String(c.idle.frames)],
  ['fling: frame time median / p95', frameStat(a.fling), '-', frameStat(c.fling)],
  ['fling: main-thread busy per frame', perFrame(a.fling), perFrame(p.fling), perFrame(c.fling)],
  ['fling: busy total / wall', `${ms(a.fling.busyMs)} / ${ms(a.fling.wallMs)}`, `${ms(p.fling.busyMs)} / ${ms(p.fling.wallMs)}`, `${ms(c.fling.busyMs)} / ${ms(c.fling.wallMs)}`],
  ['language switch: tap to switched', ms(a.lang.switchMs), ms(p.lang.switchMs), ms(c.lang.switchMs)],
  ['language switch: content call fs_set_content', ms(a.langCallMs, 1), '-', ms(c.langCallMs, 1)],
  ['language switch: frame time median / p95', frameStat(a.lang), '-', frameStat(c.lang)],
  ['language switch: main-thread busy total', ms(a.lang.busyMs), ms(p.lang.busyMs), ms(c.lang.busyMs)],
  ['peak JS heap (sampled)', MB(a.jsHeapPeak), MB(p.jsHeapPeak), MB(c.jsHeapPeak)],
  ['wasm memory', MB(a.wasmMemory), '-', MB(c.wasmMemory)],
];
const head = ['', 'app', 'plain en.html', '?render=continuous'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => '| ' + r.map((x, i) => (i ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join(' | ') + ' |';
const table = [line(head), '|' + widths.map((w, i) => (i ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|') + '|', ...rows.map(line)];
const files = Object.entries(a.bytes.files).sort((x, y) => y[1].bytes - x[1].bytes)
  .map(([f, v]) => `| ${f}${v.count > 1 ? ` (x${v.count})` : ''} | ${v.bytes.toLocaleString('en')} | ${v.encoding || 'none'} |`);
const waterfall = (a.timeline || []).filter((t) => t.end != null).sort((x, y) => x.start - y.start)
  .map((t) => `${t.file} ${t.start.toFixed(0)}–${t.end.toFixed(0)}`).join(', ');
const swFiles = Object.entries(a.bytes.sw).sort((x, y) => y[1] - x[1]).map(([f, b]) => `${f} ${(b / 1000).toFixed(1)}`).join(', ');

const text = [
  `Benchmark ${started.toISOString().slice(0, 10)}: ${result.chromium}, ${result.machine}; phone profile 390x844 DPR 3 touch,`,
  `4x CPU slowdown, 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up; ${RUNS} cold loads per variant; WebGL is SwiftShader (software: GPU work runs on these CPUs).`,
  '',
  ...table,
  '',
  '| file (app, first visit) | bytes transferred | encoding |', '|---|---:|---|', ...files,
  `| **total** | **${a.bytes.total.toLocaleString('en')}** | |`,
  ...Object.entries(a.bytes.later).sort((x, y) => y[1].bytes - x[1].bytes)
    .map(([f, v]) => `| after the first frame: ${f}${v.count > 1 ? ` (x${v.count})` : ''} | ${v.bytes.toLocaleString('en')} | ${v.encoding || 'none'} |`),
  '',
  `When each file was asked for and arrived, first app load (ms from navigation start): ${waterfall || '-'}; first canvas frame ${ms(a.loads[0]?.firstFrameMs)}`,
  '',
  `Service worker precache (fetched during the first visit): ${swFiles || 'none'} kB`,
  '',
  `Dear ImGui's GLFW + OpenGL3 example (bench/stock/build.sh), same profile: first frame ${ms(st.firstFrameMedianMs)} (median of ${RUNS}), ${kB(st.bytes.total)} transferred.`,
  '',
  `First visit by language (one cold load each, its page and locale; before the first canvas frame): ${Object.entries(result.languages).map(([c, l]) => `${c} ${kB(l.total)} (its page ${kB(l.page)}${l.content ? `, its content ${kB(l.content)}` : ', its content lead inside it'}; then ${kB(l.after)} after the first frame)`).join('; ')}`,
  '',
  `Spanish reader (es-MX, es/): first visit ${kB(es.bytes.total)} transferred; first readable text ${ms(es.fcpMedianMs)}, first canvas frame ${ms(es.firstFrameMedianMs)} (medians of ${RUNS}); precache in the first minute ${kB(es.bytes.swFirstMinute)}`,
  '',
  `Embedded sheet (en.html?embed=1): ${kB(em.beforeBytesMedian)} before any picture is near, then the picture runtime ${kB(em.runtimeBytesMedian)} ` +
    `(${(em.loads[0]?.runtimeFiles || []).join(', ')}); from a picture entering the screen to its first frame ${ms(em.enterToFrameMedianMs)} (medians of ${RUNS}); ` +
    `flinging past the pictures: ${em.fling ? `${em.fling.workMs.length} picture frames, runtime work per frame median / p95 ${ms(median(em.fling.workMs), 1)} / ${ms(pct(em.fling.workMs, 95), 1)}, ` +
    `page frame interval median / p95 ${ms(median(em.fling.frameGapMs), 1)} / ${ms(pct(em.fling.frameGapMs, 95), 1)}` : '-'}. The app's full canvas, same run: fling frame time ${frameStat(a.fling)}.`,
  '',
  'Targets:',
  ...verdicts.map((v) => `  ${v.pass ? 'pass' : 'FAIL'}  ${v.target}: ${v.text}`),
].join('\n');
const problems = Object.entries(V).flatMap(([k, v]) => [...(v.problems || []), ...v.loads.flatMap((l) => l.problems || [])].map((x) => `${k}: ${x}`));
console.log(text);
if (problems.length) console.log('\nPage problems seen:\n  ' + [...new Set(problems)].join('\n  '));
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify({ ...result, table: text }, null, 1));
writeFileSync(path.join(outDir, 'latest.md'), text + '\n');
log('wrote bench/out/latest.json and bench/out/latest.md');
void readFileSync;
