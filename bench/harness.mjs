// harness.mjs: what bench.mjs and ab.mjs share: the phone they emulate and the server.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Lighthouse's mobile preset (constants.throttling.mobileSlow4G + screenEmulation.mobile):
// 150 ms round trip, 1.6 * 1024 kbit/s down, 750 kbit/s up, 4x CPU; 390x844 CSS px at DPR 3.
// DevTools takes throughput in bytes per second: kbit/s * 1024 / 8, as Lighthouse computes it.
export const NET = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
export const CPU_RATE = 4;
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, locale: 'en-US' };
// Same flags as tests/browser/harness.mjs: WebGL2 through SwiftShader, no background traffic.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-dev-shm-usage'];

// A fresh context under the profile (an empty cache, no service worker: a first visit), with
// `init` run in each page before its own scripts.
export async function phoneContext(browser, contextOptions = {}, init = null) {
  const context = await browser.newContext({ ...PHONE, ...contextOptions });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NET);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  return { context, page, cdp };
}

// tools/serve.py on a free loopback port for `folder` (the build's brotli or gzip twins, as a
// host sends them); `args`: more of its options. Resolves to { url, stop() }.
export async function serve(folder, args = []) {
  const proc = spawn('python3', [path.join(root, 'tools/serve.py'), folder, '--port', '0', '--quiet', ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    proc.stdout.on('data', (d) => { out += d; const m = out.match(/http:\/\/[0-9.]+:\d+\//); if (m) resolve(m[0]); });
    proc.on('exit', (code) => reject(new Error('tools/serve.py exited ' + code)));
  });
  return { url, async stop() { proc.kill(); await once(proc, 'exit').catch(() => {}); } };
}
