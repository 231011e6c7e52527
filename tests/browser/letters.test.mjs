// letters.test.mjs: the canvas's letters are drawn by the browser in the page's own font (issue
// "The first visit", part 1): no font file is fetched by the app page, the embedded sheet or its
// picture runtime; the family the canvas draws in is the one the page's text computes to; every
// character of each language's sheet is drawn as a visible glyph, as wide as the page sets it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startServer, startBrowser, waitForIdle, findHit, finger, PHONE, centre } from './harness.mjs';

const LANGS = readdirSync(path.join(root, 'data'))
  .filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.json$/.test(f)).map((f) => f.slice(0, -5));
// The fields of a section or a source that the canvas writes out (not ids, kinds, dates or addresses).
const SHOWN = new Set(['author', 'caption', 'items', 'label', 'note', 'publisher', 'qualifier', 'question', 'speaker',
  'text', 'title', 'unit', 'y_unit', 'as_of', 'value', 'role']);

function shownCharacters(sheet) {
  const chars = new Set();
  const walk = (x, key) => {
    if (Array.isArray(x)) x.forEach((v) => walk(v, key));
    else if (x && typeof x === 'object') Object.entries(x).forEach(([k, v]) => walk(v, k));
    else if (typeof x === 'string' && SHOWN.has(key)) {
      // Citation markers ("[^S26]") are drawn as numbers, not as written.
      for (const ch of x.replace(/\[\^S[0-9]+\]/g, ' ')) if (!/\s/.test(ch)) chars.add(ch);
    }
  };
  walk(sheet.sections);
  return chars;
}

const fontRequests = (page, list) => page.on('request', (r) => {
  if (r.resourceType() === 'font' || /\.(ttf|otf|woff2?)(\?|$)/.test(r.url())) list.push(r.url());
});

test('the app draws every character of each language with the browser, in the page\'s font, and fetches no font', async () => {
  const server = await startServer();
  const browser = await startBrowser();
  try {
    for (const lang of LANGS) {
      const sheet = JSON.parse(readFileSync(path.join(root, 'data', lang + '.json'), 'utf8'));
      const context = await browser.newContext(PHONE);
      const fonts = [];
      const p = await context.newPage();
      fontRequests(p, fonts);
      const errors = [];
      p.on('pageerror', (e) => errors.push(e.message));
      await p.goto(server.url + lang + '/', { waitUntil: 'load' });
      await p.waitForFunction(() => window.__factsheet && window.__factsheet.frames() >= 1, null, { timeout: 30000 });
      // Every detail open, so every block is laid out (and its letters asked of the browser).
      const f = await finger(p);
      await f.tap(...centre(await findHit(p, sheet.ui.menu)));
      await waitForIdle(p);
      await f.tap(...centre(await findHit(p, sheet.ui.details_all)));
      await waitForIdle(p);
      const drawn = await p.evaluate(() => ({
        ...window.__factsheet.glyphs(), page: getComputedStyle(document.body).fontFamily,
      }));
      assert.deepEqual(errors, [], `${lang}: no page errors`);
      assert.deepEqual(fonts, [], `${lang}: no font file fetched`);
      assert.equal(drawn.family, drawn.page, `${lang}: the canvas draws in the family of the page's text`);
      assert.ok(/system-ui/.test(drawn.family), `${lang}: the phone's own sans-serif (${drawn.family})`);

      const byChar = new Map();
      for (const g of drawn.glyphs) if (g.weight === 400 || !byChar.has(g.ch)) byChar.set(g.ch, g);
      const missing = [...shownCharacters(sheet)].filter((ch) => !(byChar.get(ch)?.ink > 0));
      assert.deepEqual(missing, [], `${lang}: every character of the sheet drawn as a visible glyph`);

      // Each letter as wide as the page sets it: the canvas's advance against a span of the page
      // with that character alone, same weight and size.
      const widths = await p.evaluate((glyphs) => {
        const span = document.createElement('span');
        span.style.cssText = 'position:absolute;left:0;top:0;white-space:pre;visibility:hidden';
        document.body.append(span);
        const out = glyphs.filter((g) => g.advance && !/\s/.test(g.ch)).map((g) => {
          span.style.fontWeight = String(g.weight);
          span.style.fontSize = g.advance.size + 'px';
          span.textContent = g.ch;
          return { ch: g.ch, weight: g.weight, canvas: g.advance.width, page: span.getBoundingClientRect().width };
        });
        span.remove();
        return out;
      }, drawn.glyphs);
      assert.ok(widths.length >= byChar.size / 2, `${lang}: widths compared for ${widths.length} letters`);
      const off = widths.filter((w) => Math.abs(w.canvas - w.page) > 1);
      assert.deepEqual(off, [], `${lang}: every letter within a pixel of the page's width`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('the embedded sheet and its picture runtime fetch no font and draw the pictures\' letters in the page\'s font', async () => {
  const server = await startServer();
  const browser = await startBrowser();
  try {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const fonts = [];
    fontRequests(page, fonts);
    await page.goto(server.url + 'en.html?embed=1', { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('canvas.picture-canvas, .picture canvas, figure canvas'), null, { timeout: 15000 })
      .catch(() => {});
    // Bring the first picture near, so the runtime loads and draws it.
    await page.evaluate(() => document.querySelector('figure canvas, figure')?.scrollIntoView());
    await page.waitForFunction(() => {
      const s = window.__factsheetPictures && window.__factsheetPictures.state();
      return s && s.some((v) => v.frames > 0);
    }, null, { timeout: 30000 });
    const drawn = await page.evaluate(() => ({ ...window.__factsheetPictures.glyphs(), page: getComputedStyle(document.body).fontFamily }));
    assert.deepEqual(fonts, [], 'no font file fetched by the embedded sheet or the picture runtime');
    assert.equal(drawn.family, drawn.page, 'the pictures are drawn in the family of the page\'s text');
    const visible = drawn.glyphs.filter((g) => !/\s/.test(g.ch));
    assert.ok(visible.length > 10, `${visible.length} letters drawn for the picture`);
    assert.deepEqual(visible.filter((g) => !(g.ink > 0)).map((g) => g.ch), [], 'every letter drawn visible');
    await context.close();
  } finally {
    await browser.close();
    await server.stop();
  }
});
