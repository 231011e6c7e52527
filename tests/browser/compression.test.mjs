// compression.test.mjs: the precompressed twins the build writes next to every text file and the
// wasm (name.br, name.gz; tools/site.py), and tools/serve.py answering with the one
// the client accepts, as the hosts in README's "Hosting" do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { root, startServer, startBrowser, PHONE } from './harness.mjs';

const dist = path.join(root, 'dist');
const files = execFileSync('find', ['.', '-type', 'f'], { cwd: dist, encoding: 'utf8' })
  .split('\n').filter(Boolean).map((f) => f.slice(2));
const TEXT = /\.(html|js|css|json|wasm|ttf|svg|webmanifest|txt)$/;
const originals = files.filter((f) => TEXT.test(f));

test('every text file and the wasm has a brotli and a gzip twin holding the same bytes', () => {
  assert.ok(originals.some((f) => f.endsWith('.wasm')), 'the wasm is among them');
  assert.ok(originals.some((f) => f.startsWith('content/')), 'the content files are among them');
  for (const f of originals) {
    const raw = readFileSync(path.join(dist, f));
    assert.ok(files.includes(f + '.br'), `${f}.br is missing`);
    assert.ok(files.includes(f + '.gz'), `${f}.gz is missing`);
    assert.ok(zlib.brotliDecompressSync(readFileSync(path.join(dist, f + '.br'))).equals(raw), `${f}.br differs`);
    assert.ok(zlib.gunzipSync(readFileSync(path.join(dist, f + '.gz'))).equals(raw), `${f}.gz differs`);
  }
  // The wasm at brotli's highest level is smaller than at gzip -9 (what brotli is for).
  const wasm = originals.find((f) => f.endsWith('.wasm'));
  const br = readFileSync(path.join(dist, wasm + '.br')).length, gz = readFileSync(path.join(dist, wasm + '.gz')).length;
  assert.ok(br < gz * 0.95, `wasm: brotli ${br} bytes, gzip ${gz} bytes`);
  // Nothing else is doubled: the pictures are compressed already.
  for (const f of files.filter((n) => /\.(br|gz)$/.test(n))) assert.ok(originals.includes(f.replace(/\.(br|gz)$/, '')), f);
});

// One GET with exactly these request headers (no client-side decoding).
function get(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('serve.py answers brotli when asked, gzip otherwise, identity when neither, always with Vary', async () => {
  const server = await startServer();
  try {
    const wasm = originals.find((f) => f.endsWith('.wasm'));
    const content = originals.find((f) => f.startsWith('content/'));
    for (const f of [wasm, content, 'sw.js', '']) {
      const file = path.join(dist, f || 'index.html');
      const raw = readFileSync(file);
      const cases = [
        ['gzip, deflate, br, zstd', 'br', readFileSync(file + '.br')],   // what Chromium sends
        ['br', 'br', readFileSync(file + '.br')],
        ['gzip, deflate', 'gzip', readFileSync(file + '.gz')],
        ['br;q=0, gzip', 'gzip', readFileSync(file + '.gz')],
        ['', undefined, raw],
        ['identity', undefined, raw],
        ['br;q=0, gzip;q=0', undefined, raw],
      ];
      for (const [accept, encoding, body] of cases) {
        const r = await get(server.url + f, accept ? { 'Accept-Encoding': accept } : {});
        const what = `${f || '/'} with Accept-Encoding "${accept}"`;
        assert.equal(r.status, 200, what);
        assert.equal(r.headers['content-encoding'], encoding, what);
        assert.equal(r.headers.vary, 'Accept-Encoding', what);
        assert.equal(+r.headers['content-length'], body.length, what);
        assert.ok(r.body.equals(body), what);
        // A revalidation with the same encoding's ETag is answered 304.
        const again = await get(server.url + f, { ...(accept ? { 'Accept-Encoding': accept } : {}), 'If-None-Match': r.headers.etag });
        assert.equal(again.status, 304, what + ', revalidated');
      }
    }
  } finally {
    await server.stop();
  }
});

test('Chromium is sent brotli for the page, its scripts, the wasm and the content', async () => {
  const server = await startServer();
  const browser = await startBrowser();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const seen = {};
    page.on('response', async (r) => {
      const name = new URL(r.url()).pathname;
      if (r.status() === 200) seen[name] = (await r.allHeaders())['content-encoding'];
    });
    await page.goto(server.url + '?lang=en', { waitUntil: 'load' });
    await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
    // The content file comes after the first frame (the lead is inside the page).
    await page.waitForFunction(() => !window.__factsheet.detailsLater(), null, { timeout: 30000 });
    for (let i = 0; i < 50 && !Object.keys(seen).some((n) => /^\/content\/en\./.test(n)); i++) await page.waitForTimeout(100);
    const names = Object.keys(seen);
    for (const want of [/\.wasm$/, /^\/boot\./, /^\/content\/en\./, /\/$/]) {
      const name = names.find((n) => want.test(n));
      assert.ok(name, `${want} was loaded (${names.join(' ')})`);
      assert.equal(seen[name], 'br', name);
    }
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
});
