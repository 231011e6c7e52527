// previews.test.mjs: what a chat app reads from a shared link: every built page's Open Graph and
// card tags in its own language, and the preview picture, 1200x630, drawn (not blank) from the
// content, so that a new title gives a new picture. The PNG is decoded here with node's zlib.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './harness.mjs';

const dist = path.join(root, 'dist');
const native = path.join(root, 'build/native');
const langs = execFileSync('python3', [path.join(root, 'tools/constants.py'), 'languages', path.join(root, 'data')], { encoding: 'utf8' })
  .trim().split('\n');
const content = (lang) => JSON.parse(readFileSync(path.join(root, 'data', lang + '.json'), 'utf8'));
const palette = JSON.parse(readFileSync(path.join(root, 'web/shared/palette.json'), 'utf8')).themes.light;

// { width, height, rgb }: an 8-bit RGB or RGBA PNG, every filter type.
function decodePng(buf) {
  assert.equal(buf.subarray(0, 8).toString('binary'), '\x89PNG\r\n\x1a\n');
  let at = 8, width = 0, height = 0, channels = 0;
  const idat = [];
  while (at < buf.length) {
    const len = buf.readUInt32BE(at), type = buf.subarray(at + 4, at + 8).toString('ascii');
    const data = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0); height = data.readUInt32BE(4);
      assert.equal(data[8], 8, 'bit depth');
      channels = { 2: 3, 6: 4 }[data[9]];
      assert.ok(channels, 'colour type ' + data[9]);
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat)), stride = width * channels;
  const out = Buffer.alloc(width * height * 3), prev = Buffer.alloc(stride), line = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i], a = i >= channels ? line[i - channels] : 0, b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][f];
      line[i] = (x + pred) & 255;
    }
    for (let px = 0; px < width; px++) line.copy(out, (y * width + px) * 3, px * channels, px * channels + 3);
    line.copy(prev);
  }
  return { width, height, rgb: out };
}

const hex = (c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
const decodeEntities = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
function metas(html) {
  const out = {};
  for (const [, key, value] of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)) (out[key] ||= []).push(decodeEntities(value));
  return out;
}

function variety(png) {
  const colours = new Set();
  let ink = 0;
  const bg = hex(palette.background);
  for (let i = 0; i < png.rgb.length; i += 3) {
    colours.add((png.rgb[i] << 16) | (png.rgb[i + 1] << 8) | png.rgb[i + 2]);
    if (Math.abs(png.rgb[i] - bg[0]) + Math.abs(png.rgb[i + 1] - bg[1]) + Math.abs(png.rgb[i + 2] - bg[2]) > 60) ink++;
  }
  return { colours: colours.size, ink: ink / (png.rgb.length / 3) };
}

test('every page carries Open Graph and card tags in its own language; the root address those of the first', () => {
  const locales = Object.fromEntries(langs.map((l) => [l, content(l).ui.og_locale]));
  // The root page (the address most people share) only forwards, by script, which chat apps do
  // not run: its card is the first language's.
  const pages = [...langs.map((l) => [l + '.html', l]), ...langs.map((l) => [l + '/index.html', l]), ['index.html', langs[0]]];
  for (const [page, lang] of pages) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    const m = metas(html), doc = content(lang);
    assert.deepEqual(m['og:title'], [doc.meta.title], page);
    assert.deepEqual(m['og:description'], [doc.meta.description], page);
    assert.deepEqual(m['og:site_name'], [doc.ui.site_name], page);
    assert.deepEqual(m['og:locale'], [locales[lang]], page);
    assert.deepEqual(m['og:locale:alternate'].sort(), langs.filter((l) => l !== lang).map((l) => locales[l]).sort(), page);
    assert.deepEqual(m['og:type'], ['website']);
    assert.deepEqual(m['twitter:card'], ['summary_large_image']);
    assert.match(m['og:image'][0], new RegExp(`preview-${lang}\\.png$`), page);
    assert.deepEqual([m['og:image:width'][0], m['og:image:height'][0]], ['1200', '630']);
    assert.ok(m['og:image:alt'][0].startsWith(doc.meta.title), page);
    assert.match(html, new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="[^"]*oembed-${lang}\\.json"`), page);
    // The files they name are in dist/ under those names.
    readFileSync(path.join(dist, path.basename(m['og:image'][0])));
    JSON.parse(readFileSync(path.join(dist, `oembed-${lang}.json`), 'utf8'));
  }
});

test('each language has its preview picture: 1200x630, drawn in the palette, not blank', () => {
  const pictures = langs.map((l) => readFileSync(path.join(dist, `preview-${l}.png`)));
  for (const [i, buf] of pictures.entries()) {
    assert.ok(buf.length < 600 * 1024, `preview-${langs[i]}.png is ${buf.length} bytes (chat apps drop big pictures)`);
    const png = decodePng(buf);
    assert.deepEqual([png.width, png.height], [1200, 630]);
    const v = variety(png);
    assert.ok(v.colours > 50, `${v.colours} colours: text is drawn, anti-aliased`);
    assert.ok(v.ink > 0.1 && v.ink < 0.7, `share of inked pixels ${v.ink}`);
    // The accent band at the top, from web/shared/palette.json.
    assert.deepEqual([...png.rgb.subarray((5 * 1200 + 600) * 3, (5 * 1200 + 600) * 3 + 3)], hex(palette.accent));
  }
  if (pictures.length > 1) assert.notDeepEqual(pictures[0], pictures[1], 'each language its own picture');
});

test('the picture follows the content: a new title draws a new picture', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'factsheet-preview-'));
  try {
    const draw = (doc, name) => {
      writeFileSync(path.join(dir, name + '.json'), JSON.stringify(doc));
      execFileSync(path.join(native, 'factsheet-preview'), [path.join(dir, name + '.json'), path.join(dir, name + '.png'),
        path.join(native, 'fonts/NotoSans-Regular.ttf'), path.join(native, 'fonts/NotoSans-Bold.ttf')]);
      return decodePng(readFileSync(path.join(dir, name + '.png')));
    };
    const doc = content(langs[0]);
    const same = draw(doc, 'same');
    assert.ok(same.rgb.equals(decodePng(readFileSync(path.join(dist, `preview-${langs[0]}.png`))).rgb), 'the build drew this picture');
    doc.meta.title = 'A different title entirely';
    const changed = draw(doc, 'changed');
    // The title's rows differ; the site's band at the bottom does not.
    const rows = (png, y0, y1) => png.rgb.subarray(y0 * 1200 * 3, y1 * 1200 * 3);
    assert.ok(!rows(same, 60, 200).equals(rows(changed, 60, 200)), 'the title area changed');
    assert.ok(rows(same, 600, 630).equals(rows(changed, 600, 630)), 'the rest stays');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
