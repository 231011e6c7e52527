// charts.test.mjs: the pictures on a phone (390x844 at DPR 3, touch): each is drawn, a tap on a
// bar, point or item shows its value and source, reduced motion draws no animation frames, and
// the HTML rendition holds each picture's data as a table (charts) or a list (diagrams).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, artifacts, startServer, startBrowser, openSheet, waitForIdle, texts, findHit, finger, inkRatio, centre } from './harness.mjs';

const data = {
  en: JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8')),
  es: JSON.parse(readFileSync(path.join(root, 'data/es.json'), 'utf8')),
};
const frames = (page) => page.evaluate(() => window.__factsheet.frames());
const hits = (page) => page.evaluate(() => window.__factsheet.hits());

// Every picture, with the section it is in.
function pictures(sheet) {
  const out = [];
  for (const s of sheet.sections)
    for (const b of s.blocks) if (b.type === 'chart' || b.type === 'diagram') out.push({ section: s.id, block: b });
  return out;
}

// Opens the sheet at the picture's section and scrolls until its Next button is on screen with
// room above it; returns the hits then.
async function showPicture(page, sheet, pic, height = 844) {
  const base = page.url().split('#')[0].split('?')[0];
  await page.goto('about:blank');  // a fresh load, so the deep link always lands at the section
  // The picture's own address: a picture in a section's details opens them (answers first).
  await page.goto(base + `?lang=${sheet.lang}#${pic.block.id}`);
  await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0);
  await waitForIdle(page, 300);
  const next = `${sheet.ui.figure_next}: ${pic.block.title}`;
  for (let i = 0; i < 60; i++) {
    const h = (await hits(page)).find((x) => x.label === next);
    if (h && h.y < height - 120) return h;
    await page.mouse.wheel(0, h ? 300 : 900);
    await waitForIdle(page, 250);
  }
  throw new Error('picture never came into view: ' + pic.block.id);
}

let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('each picture is drawn at 390 px: ink in its area, in both languages', async () => {
  for (const lang of ['en', 'es']) {
    const sheet = data[lang];
    const { page, context, problems } = await openSheet(browser, server.url + `?lang=${lang}`);
    for (const pic of pictures(sheet)) {
      const next = await showPicture(page, sheet, pic);
      // The picture lies above its panel; measure a band of it that is on screen.
      const bottom = next.y - 8;
      const top = Math.max(70, bottom - 260);
      const ratio = await inkRatio(page, { x: 16, y: top, width: 358, height: bottom - top }, [255, 255, 255]);
      assert.ok(ratio > 0.04, `${lang} ${pic.block.id}: the picture has ink (${ratio.toFixed(3)})`);
      await page.screenshot({ path: path.join(artifacts, `charts-390-${lang}-${pic.block.id}.png`) });
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a tap on a point, a bar or an item shows its exact value (or text) and its source', async () => {
  const sheet = data.en;
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  const f = await finger(page);
  const sourceName = (id) => sheet.sources.find((s) => s.id === id).publisher;

  // A point of the enrollment line: late September 2022.
  const enroll = pictures(sheet).find((p) => p.block.id === 'enrollment-chart');
  await showPicture(page, sheet, enroll);
  const point = enroll.block.series[0].points.find((p) => p.date === '2022-09');
  const mark = await findHit(page, point.label + ': 316,700');
  assert.ok(mark, 'the point is a tap target');
  await f.tap(...centre(mark));
  await waitForIdle(page, 300);
  let shown = (await texts(page)).join(' ');
  assert.ok(shown.includes('316,700'), 'the exact value shows');
  assert.ok(shown.includes(point.label), 'its date shows');
  assert.ok(shown.includes(sourceName(point.sources[0])), 'its source shows');
  await page.screenshot({ path: path.join(artifacts, 'charts-390-en-enrollment-tapped.png') });

  // A bar of the technology chart: ankle monitors, June 2023 (an approximate count).
  const tech = pictures(sheet).find((p) => p.block.id === 'technology-chart');
  await showPicture(page, sheet, tech, 600);
  // (The chart grew with newer counts: its June 2023 bars may sit above the screen's top.)
  const isBar = (h) => h.label.startsWith('Jun 2023') && h.label.includes('GPS ankle monitor') && h.y > 80;
  let bar = (await hits(page)).find(isBar);
  for (let i = 0; i < 12 && !bar; i++) {
    await page.mouse.wheel(0, -150);
    await waitForIdle(page, 250);
    bar = (await hits(page)).find(isBar);
  }
  assert.ok(bar, 'the bar is a tap target');
  await f.tap(...centre(bar));
  await waitForIdle(page, 300);
  shown = (await texts(page)).join(' ');
  assert.ok(shown.includes('about 4,000'), 'the value with its qualifier shows');
  assert.ok(shown.includes(sourceName('S14')), 'its source shows');
  await page.screenshot({ path: path.join(artifacts, 'charts-390-en-technology-tapped.png') });

  // An item of the phone: how long records are kept; its citation opens the source card.
  const phone = pictures(sheet).find((p) => p.block.id === 'smartlink-diagram');
  await showPicture(page, sheet, phone);
  const item = phone.block.items.find((i) => i.id === 'retention');
  const row = await findHit(page, item.label);
  await f.tap(...centre(row));
  await waitForIdle(page, 300);
  shown = (await texts(page)).join(' ');
  assert.ok(shown.includes('75'), 'the item tells what is known');
  assert.ok(shown.includes(sheet.ui.confidence_medium.split(':')[0]), 'and how sure');
  await page.screenshot({ path: path.join(artifacts, 'charts-390-en-phone-tapped.png') });
  // The panel's citation of S24, by its number (several sources share a publisher), scrolled on
  // screen when the panel runs below the fold.
  const citeLabel = sheet.ui.citation_label.replace('{n}', sheet.sources.findIndex((s) => s.id === 'S24') + 1) + ': ' + sourceName('S24');
  let cite;
  for (let i = 0; i < 8; i++) {
    cite = (await hits(page)).find((h) => h.label === citeLabel && h.y > 80 && h.y + h.h < 844);
    if (cite) break;
    await page.mouse.wheel(0, 200);
    await waitForIdle(page, 250);
  }
  assert.ok(cite, 'the citation in the panel is a tap target');
  await f.tap(...centre(cite));
  await waitForIdle(page, 300);
  assert.ok((await findHit(page, sheet.ui.close)), 'the source card opened');
  await context.close();
});

test('with reduced motion, bringing a picture into view draws no animation frames', async () => {
  const sheet = data.en;
  for (const reduce of [true, false]) {
    const { page, context } = await openSheet(browser, server.url + '?lang=en', { context: { reducedMotion: reduce ? 'reduce' : 'no-preference' } });
    await waitForIdle(page);
    const pic = pictures(sheet).find((p) => p.block.id === 'spending-chart');
    await page.goto(server.url + `?lang=en#${pic.section}`);
    await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0);
    await waitForIdle(page, 400);
    // The chart is further down the section: one wheel step brings it in.
    const before = await frames(page);
    const start = Date.now();
    await page.mouse.wheel(0, 400);
    await waitForIdle(page, 500);
    const drawn = (await frames(page)) - before;
    const busy = Date.now() - start - 500;
    if (reduce) assert.ok(drawn <= 8, `reduced motion: ${drawn} frames for a wheel step (no grow-in)`);
    else assert.ok(drawn >= 3, `with motion the picture grows in over several frames (${drawn}, ${busy} ms)`);
    await context.close();
  }
});

test('the HTML rendition holds each chart as a table and each diagram as a list', async () => {
  for (const lang of ['en', 'es']) {
    const sheet = data[lang];
    const res = await fetch(server.url + `${lang}.html`);
    assert.equal(res.status, 200);
    const html = await res.text();
    for (const pic of pictures(sheet)) {
      const at = html.indexOf(`id="${pic.block.id}"`);
      assert.ok(at > 0, `${lang}: ${pic.block.id} is in the page`);
      const figure = html.slice(html.lastIndexOf('<figure', at), html.indexOf('</figure>', at));
      assert.match(figure, /<figcaption>/);
      if (pic.block.type === 'chart') {
        assert.match(figure, /<table>/, `${pic.block.id} has its table`);
        const rows = (figure.match(/<tr>/g) || []).length - 1;
        const dates = new Set(pic.block.series.flatMap((s) => s.points.map((p) => p.date)));
        assert.equal(rows, dates.size, `${pic.block.id}: a row per date`);
      } else {
        assert.match(figure, /<ul>/);
        for (const item of pic.block.items) assert.ok(figure.includes(item.label.replace(/'/g, '&#39;')), `${lang}: ${item.label}`);
      }
    }
  }
});

test('at 320 px the pictures fit, their tap targets are 44 px and inside the screen', async () => {
  for (const lang of ['en', 'es']) {
    const sheet = data[lang];
    const { page, context } = await openSheet(browser, server.url + `?lang=${lang}`, { context: { viewport: { width: 320, height: 640 } } });
    for (const pic of pictures(sheet)) {
      await showPicture(page, sheet, pic, 640);
      for (const h of await hits(page)) {
        assert.ok(h.x >= 0 && h.x + h.w <= 320.5, `"${h.label}" fits in 320 px`);
        assert.ok(h.w >= 44 && h.h >= 44, `"${h.label}" is at least 44x44`);
      }
      await page.screenshot({ path: path.join(artifacts, `charts-320-${lang}-${pic.block.id}.png`) });
    }
    await context.close();
  }
});
