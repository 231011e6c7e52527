// pictures.test.mjs: the charts and diagrams of the embedded sheet, drawn by the sheet's own C++
// picture code (the picture runtime: factsheet-pictures.js/.wasm, pictures/pictures.js) into canvases
// in the flowing page. The host page is served from a second origin with a strict CSP and embeds
// the sheet through embed.js, as a campaign page does. Nothing of the runtime is fetched before a
// picture is near; it reads the content's lead (inside the page, its file where the page's is
// damaged), and the whole content when a picture in a section's details is opened; scrolled to, each picture is drawn; a tap shows a mark's value and source and
// the live region says it; the frame's height follows; nothing draws at rest; two sheets on one
// page both draw; without WebGL, with Save-Data or after a lost context the tables show.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, artifacts, startEmbedHost, openSheet, PHONE, sheetFrame, heightsMatch, inkRatio, screenshotPixels, axeViolations } from './harness.mjs';

const en = JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8'));
const es = JSON.parse(readFileSync(path.join(root, 'data/es.json'), 'utf8'));
const palette = JSON.parse(readFileSync(path.join(root, 'web/shared/palette.json'), 'utf8')).themes;
// The pictures in the content, in page order: every chart and diagram block.
const PICTURES = en.sections.flatMap((s) => s.blocks).filter((b) => ['chart', 'diagram', 'timeline'].includes(b.type)).map((b) => b.id);
const RUNTIME = /factsheet-pictures\.|\/content\//;  // the runtime and the content it reads

let host, browser, dir, SHEET;

function rgb(hex) { return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)); }

function hostPage(name, body) {
  writeFileSync(path.join(dir, name), `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Campaign</title>
<link rel="stylesheet" href="host.css">
</head>
<body>
<h1>Stop the surveillance</h1>
<p>Our campaign page, with the fact sheet below.</p>
${body}
<script src="${SHEET}/embed.js" async></script>
<p id="after">After the sheets.</p>
</body>
</html>
`);
}

// The host pages, in the folder the host serves.
function writePages(folder, sheetUrl) {
  dir = folder;
  SHEET = sheetUrl;
  writeFileSync(path.join(dir, 'favicon.ico'), '');
  writeFileSync(path.join(dir, 'host.css'), 'body { font: 16px/1.4 sans-serif; margin: 0 12px; }\n');
  hostPage('one.html', `<p><a class="factsheet-embed" href="${SHEET}/en.html">Fact sheet: ICE’s “Alternatives to Detention”</a></p>`);
  hostPage('dark.html', `<p><a class="factsheet-embed" href="${SHEET}/es.html" data-theme="dark">Hoja informativa</a></p>`);
  hostPage('accent.html', `<p><a class="factsheet-embed" href="${SHEET}/en.html" data-theme="light" data-accent="#7a1f6b">Fact sheet</a></p>`);
  hostPage('host-theme.html', `<p><a class="factsheet-embed" href="${SHEET}/en.html" data-theme="host" data-host-theme="dark">Fact sheet</a></p>`);
  // A frame sandboxed to scripts only, as WordPress frames a pasted link: an opaque origin, so
  // every fetch is a cross-origin one. (WordPress's own 1000 px view seldom reaches a picture.)
  writeFileSync(path.join(dir, 'sandboxed.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Post</title></head><body>
<iframe sandbox="allow-scripts" title="Fact sheet" width="100%" height="6000"
 src="${SHEET}/en.html?embed=1&amp;section=alternative-or-addition"></iframe></body></html>
`);
  hostPage('two.html', `<p><a class="factsheet-embed" href="${SHEET}/en.html">Fact sheet</a></p>
<p>Between the sheets.</p>
<p><a class="factsheet-embed" href="${SHEET}/es.html">Hoja informativa</a></p>`);
}
const hostCsp = (sheetUrl) => `default-src 'self'; script-src 'self' ${sheetUrl}; frame-src ${sheetUrl}; style-src 'self'; ` +
  "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

let servers;
before(async () => {
  servers = await startEmbedHost(writePages, hostCsp);
  ({ host, browser } = servers);
});
after(async () => { await servers?.stop(); });

async function openHost(name, contextOptions = {}, init = null, route = null) {
  const context = await browser.newContext({ ...PHONE, ...contextOptions });
  if (init) await context.addInitScript(init);
  if (route) await context.route(...route);
  const page = await context.newPage();
  const problems = [], requests = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  page.on('requestfailed', (r) => problems.push('requestfailed: ' + r.url()));
  await page.goto(host.url + name, { waitUntil: 'load' });
  return { context, page, problems, requests };
}

const state = (frame) => frame.evaluate(() => window.__factsheetPictures && window.__factsheetPictures.state());
const frames = async (frame) => Object.fromEntries(((await state(frame)) || []).map((v) => [v.id, v.frames]));

// Waits until no picture has drawn a frame for `quiet` ms; returns the frame counts.
async function idle(frame, quiet = 600, timeout = 15000) {
  const start = Date.now();
  let last = JSON.stringify(await frames(frame)), since = Date.now();
  while (Date.now() - start < timeout) {
    await frame.page().waitForTimeout(100);
    const now = JSON.stringify(await frames(frame));
    if (now !== last) { last = now; since = Date.now(); } else if (Date.now() - since >= quiet) return JSON.parse(now);
  }
  throw new Error('the pictures kept drawing for ' + timeout + ' ms');
}

// Scrolls picture `id` into view and waits for it to be drawn and at rest. Returns its canvas's
// box in the host page (CSS px) and its state.
// Scrolls the host page so that `selector` in the frame is `margin` px under the top of the screen
// (as a reader's finger would; an off-screen frame is not asked to run anything meanwhile).
async function scrollTo(frame, selector, margin = 60) {
  const y = await frame.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);
  await (await frame.frameElement()).evaluate((f, [top, m]) => window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY + top - m), [y, margin]);
}

async function drawn(page, frame, id) {
  const canvas = frame.locator(`#${id} canvas.picture`);
  // A picture in a section's details: the reader opens them first ("Read the details").
  if (await frame.evaluate((i) => { const d = document.getElementById(i).closest('details.details'); return !!d && !d.open; }, id)) {
    const summary = frame.locator(`details.details:has(#${id}) > summary`);
    await scrollTo(frame, `details.details:has(#${id}) > summary`, 200);
    await summary.click();
  }
  await scrollTo(frame, `#${id}`);
  await canvas.waitFor({ state: 'visible', timeout: 20000 });
  await scrollTo(frame, `#${id} canvas.picture`);
  await frame.waitForFunction((i) => {
    const s = window.__factsheetPictures.state();
    return s && s.some((v) => v.id === i && v.frames > 0);
  }, id, { timeout: 20000 });
  await idle(frame);
  return { box: await canvas.boundingBox(), view: (await state(frame)).find((v) => v.id === id) };
}

// Share of the canvas's visible part that is not the theme's background.
async function ink(page, box, background) {
  const vh = page.viewportSize().height;
  const top = Math.max(0, box.y), bottom = Math.min(vh, box.y + box.height);
  assert.ok(bottom - top > 40, `the picture is on screen (${top}..${bottom})`);
  return inkRatio(page, { x: box.x, y: top, width: box.width, height: bottom - top }, background);
}

test('nothing of the picture runtime is fetched before a picture is near; scrolled to, every picture is drawn, and none draws at rest', async () => {
  const { page, context, problems, requests } = await openHost('one.html');
  const { handle, frame } = await sheetFrame(page, 0);
  await heightsMatch(page, handle, frame);
  await page.waitForTimeout(800);
  assert.deepEqual(requests.filter((u) => RUNTIME.test(u)), [], 'no runtime before scrolling');
  assert.equal(await state(frame), null);
  let sawLeadOnly = false;
  for (const id of PICTURES) {
    const inDetails = await frame.evaluate((i) => !!document.getElementById(i).closest('details.details'), id);
    const { box, view } = await drawn(page, frame, id);
    if (!inDetails && !requests.some((u) => /\/content\/en\.[0-9a-f]+\.json/.test(u))) {
      // Before any picture in the details: the runtime read the content's lead only, the one
      // inside the page (no file of it fetched).
      assert.ok(!requests.some((u) => /\/content\/en\.lead\./.test(u)) &&
        await frame.evaluate(() => JSON.parse(document.getElementById('factsheet-lead').textContent).lang === 'en'), 'the lead is read first, from the page');
      sawLeadOnly = true;
    }
    assert.ok(view.shown, id);
    assert.ok(view.hits.length > 0, `${id} has marks to tap`);
    assert.ok(await ink(page, box, rgb(palette.light.background)) > 0.01, `${id} has pixels other than the background`);
    // The table or list is still there for screen readers, visually hidden.
    const alt = await frame.evaluate((i) => {
      const a = document.querySelector(`#${i} > table, #${i} > ul, #${i} > ol`);
      return { hidden: a.classList.contains('visually-hidden'), rows: a.querySelectorAll('tr, li').length };
    }, id);
    assert.deepEqual(alt.hidden, true, id);
    assert.ok(alt.rows > 0, id);
  }
  await page.screenshot({ path: path.join(artifacts, 'pictures-embed.png') });
  // The runtime came once: one script, one wasm (the content's lead was in the page), and the
  // whole content once a picture in a section's details was opened.
  assert.ok(sawLeadOnly, 'a main picture was drawn from the lead alone');
  const runtime = requests.filter((u) => RUNTIME.test(u));
  assert.equal(runtime.length, 3, runtime.join('\n'));
  assert.equal(runtime.filter((u) => /\/content\/en\.[0-9a-f]+\.json/.test(u)).length, 1, runtime.join('\n'));
  // At rest: no frame for a second, in any picture; one WebGL context for all of them.
  const rest = await idle(frame);
  await page.waitForTimeout(1000);
  assert.deepEqual(await frames(frame), rest);
  assert.equal(await frame.evaluate(() => document.querySelectorAll('canvas').length), PICTURES.length + 1);
  await heightsMatch(page, handle, frame);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap on a bar shows its value and source in the picture, and the live region says it; keys step through the marks', async () => {
  const { page, context, problems } = await openHost('one.html');
  const { handle, frame } = await sheetFrame(page, 0);
  const { box, view } = await drawn(page, frame, 'spending-chart');
  const bar = view.hits[0];
  await page.touchscreen.tap(box.x + bar.x + bar.w / 2, box.y + bar.y + bar.h / 2);
  await frame.waitForFunction(() => window.__factsheetPictures.state().find((v) => v.id === 'spending-chart').selected >= 0, null, { timeout: 10000 });
  const said = await frame.waitForFunction(() => {
    const live = document.querySelector('[aria-live="polite"]');
    return live && live.textContent;
  }, null, { timeout: 10000 }).then((h) => h.jsonValue());
  await idle(frame);
  const after = (await state(frame)).find((v) => v.id === 'spending-chart');
  // The picture grew to hold the chosen bar's panel (no room kept for it before), and the host's
  // frame followed.
  const grown = await frame.locator('#spending-chart canvas.picture').boundingBox();
  assert.ok(grown.height > box.height, `the canvas grew from ${box.height} to ${grown.height} px`);
  await heightsMatch(page, handle, frame);
  // The first line of the panel is what the live region says first (the value and its date).
  const head = said.split('. ')[0];
  assert.ok(after.texts.some((t) => t.length > 3 && head.includes(t)), `the panel shows "${head}": ${after.texts.join(' | ')}`);
  assert.match(said, /\d/, 'a value');
  assert.match(said, new RegExp(en.ui.citation_label.replace('{n}', '\\d+')), `a source: ${said}`);
  // A citation in the panel: its source in the page's list, with the focus on it.
  const cite = after.hits.find((h) => h.label.startsWith(en.ui.citation_label.replace('{n}', '')));
  assert.ok(cite, `a citation among ${after.hits.map((h) => h.label).join(' | ')}`);
  const fresh = await frame.locator('#spending-chart canvas.picture').boundingBox();
  await page.touchscreen.tap(fresh.x + cite.x + cite.w / 2, fresh.y + cite.y + cite.h / 2);
  await frame.waitForFunction(() => document.activeElement && /^src-/.test(document.activeElement.id), null, { timeout: 10000 });
  const n = Number(cite.label.match(/\d+/)[0]);
  assert.equal(await frame.evaluate(() => document.activeElement.closest('#sources ol > li') === document.activeElement &&
    [...document.querySelectorAll('#sources ol > li')].indexOf(document.activeElement) + 1), n, 'the source the citation names');
  // Keyboard: Tab reaches the canvas; Right steps on, Escape clears, Escape again leaves it.
  const canvas = frame.locator('#spending-chart canvas.picture');
  await canvas.focus();
  const before = after.selected;
  await page.keyboard.press('ArrowRight');
  await frame.waitForFunction((b) => window.__factsheetPictures.state().find((v) => v.id === 'spending-chart').selected !== b, before);
  await page.keyboard.press('Escape');
  await frame.waitForFunction(() => window.__factsheetPictures.state().find((v) => v.id === 'spending-chart').selected === -1);
  await page.keyboard.press('Escape');
  assert.equal(await frame.evaluate(() => document.activeElement.className), 'picture-toggle');
  // "Show as a table": the table in view, the canvas gone; and back.
  await frame.locator('#spending-chart .picture-toggle').click();
  assert.deepEqual(await frame.evaluate(() => ({
    table: !document.querySelector('#spending-chart > table').classList.contains('visually-hidden'),
    canvas: document.querySelector('#spending-chart canvas.picture').hidden,
    label: document.querySelector('#spending-chart .picture-toggle').textContent,
  })), { table: true, canvas: true, label: en.ui.picture_show_picture });
  await frame.locator('#spending-chart .picture-toggle').click();
  assert.equal(await frame.evaluate(() => document.querySelector('#spending-chart canvas.picture').hidden), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the frame keeps the content height as pictures appear, after A+ and after a language switch', async () => {
  const { page, context, problems } = await openHost('one.html');
  let { handle, frame } = await sheetFrame(page, 0);
  const first = await drawn(page, frame, 'enrollment-chart');
  await heightsMatch(page, handle, frame);
  const larger = frame.locator('.embed-text-size button').nth(1);
  await larger.click();
  await larger.click();
  await idle(frame);
  const grown = (await frame.locator('#enrollment-chart canvas.picture').boundingBox()).height;
  assert.ok(grown > first.box.height * 1.15, `the picture grows with the text (${first.box.height} -> ${grown})`);
  await heightsMatch(page, handle, frame);
  await Promise.all([frame.waitForNavigation(), frame.selectOption('select.embed-lang', 'es')]);
  frame = await handle.contentFrame();
  await frame.waitForFunction(() => document.documentElement.lang === 'es' && document.documentElement.classList.contains('embed'), null, { timeout: 10000 });
  const spanish = await drawn(page, frame, 'enrollment-chart');
  assert.ok(spanish.view.texts.some((t) => t === es.sections.flatMap((s) => s.blocks).find((b) => b.id === 'enrollment-chart').series[0].label || t.includes('personas')),
    `drawn in Spanish: ${spanish.view.texts.slice(0, 6).join(' | ')}`);
  await heightsMatch(page, handle, frame);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two sheets on one host page both draw all their pictures', async () => {
  const { page, context, problems } = await openHost('two.html');
  for (const n of [0, 1]) {
    const { handle, frame } = await sheetFrame(page, n);
    for (const id of PICTURES) {
      const { box } = await drawn(page, frame, id);
      assert.ok(await ink(page, box, rgb(palette.light.background)) > 0.01, `sheet ${n}: ${id}`);
    }
    await heightsMatch(page, handle, frame);
  }
  // The first sheet's pictures are still drawn (its context was not taken by the second's).
  const { frame } = await sheetFrame(page, 0);
  const { box } = await drawn(page, frame, PICTURES[0]);
  assert.ok(await ink(page, box, rgb(palette.light.background)) > 0.01);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the dark theme holds in the pictures, and axe finds nothing with them drawn, light and dark', async () => {
  for (const [name, theme] of [['one.html', 'light'], ['dark.html', 'dark']]) {
    const { page, context, problems } = await openHost(name);
    const { frame } = await sheetFrame(page, 0);
    for (const id of PICTURES) await drawn(page, frame, id);
    // The picture is drawn in the page's theme: most of it is the theme's background (the
    // page's own, so it shows no box), and it has ink on it.
    const bg = rgb(palette[theme].background);
    const { box } = await drawn(page, frame, 'spending-chart');
    const share = await ink(page, box, bg);
    assert.ok(share > 0.01 && share < 0.5, `${theme}: ${share} of the picture is not its background`);
    const result = await axeViolations(frame);
    assert.deepEqual(result, [], `${theme}: ${result.join('\n')}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

// Share of the canvas's visible part within a small distance of `color` (an RGB triple).
async function near(page, box, color) {
  const vh = page.viewportSize().height;
  const top = Math.max(0, box.y), bottom = Math.min(vh, box.y + box.height);
  const { data: d } = await screenshotPixels(page, { x: box.x, y: top, width: box.width, height: bottom - top });
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - color[0]) + Math.abs(d[i + 1] - color[1]) + Math.abs(d[i + 2] - color[2]) < 24) n++;
  return n / (d.length / 4);
}

test('options hold in the pictures: the host page accent where it reads, its theme by message', async () => {
  // Previous / Next are drawn in the accent: the host's plum shows there, and not without it.
  const plum = [0x7a, 0x1f, 0x6b];
  const shares = {};
  for (const name of ['accent.html', 'one.html']) {
    const { page, context, problems } = await openHost(name);
    const { frame } = await sheetFrame(page, 0);
    const { box } = await drawn(page, frame, 'spending-chart');
    shares[name] = await near(page, box, plum);
    assert.deepEqual(problems, []);
    await context.close();
  }
  assert.ok(shares['accent.html'] > 0.0002 && shares['accent.html'] > 10 * shares['one.html'], JSON.stringify(shares));
  // theme=host: the host page said "dark" (data-host-theme); the picture is dark.
  const { page, context, problems } = await openHost('host-theme.html');
  const { frame } = await sheetFrame(page, 0);
  await frame.waitForFunction(() => document.documentElement.classList.contains('embed-theme-dark'), null, { timeout: 10000 });
  const { box } = await drawn(page, frame, 'spending-chart');
  assert.ok(await near(page, box, rgb(palette.dark.background)) > 0.5, 'mostly the dark background');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page whose lead is damaged still gets its pictures: the runtime reads the lead file instead', async () => {
  const { page, context, problems, requests } = await openHost('one.html', {}, null, [/\/en\.html\?/, async (route) => {
    const r = await route.fetch();
    const body = (await r.text()).replace(/(<script type="application\/json" id="factsheet-lead">)[^<]*/, '$1{"format":1,"lang":"en","sect');
    await route.fulfill({ response: r, body });
  }]);
  const { frame } = await sheetFrame(page, 0);
  assert.ok(await frame.evaluate(() => document.getElementById('factsheet-lead').textContent.endsWith('"sect')), 'the damaged lead is the page\'s');
  const { box, view } = await drawn(page, frame, 'enrollment-chart');
  assert.ok(view.shown && view.hits.length > 0);
  assert.ok(await ink(page, box, rgb(palette.light.background)) > 0.01, 'drawn');
  assert.equal(requests.filter((u) => /\/content\/en\.lead\.[0-9a-f]+\.json/.test(u)).length, 1, 'the lead file, once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('without WebGL, with Save-Data, or after the context is lost, the tables show and nothing errors', async () => {
  // No WebGL: the runtime finds no context and leaves the page as it was.
  const noGl = await openHost('one.html', {}, () => {
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return /webgl/.test(kind) ? null : get.call(this, kind, ...rest);
    };
  });
  let { frame } = await sheetFrame(noGl.page, 0);
  await scrollTo(frame, '#enrollment-chart');
  await noGl.page.waitForTimeout(3000);
  const plain = () => frame.evaluate(() => [...document.querySelectorAll('main figure.chart, main figure.diagram, main figure.timeline')].map((f) => ({
    canvas: !!f.querySelector('canvas'), hidden: !!f.querySelector('.visually-hidden'),
  })));
  assert.deepEqual(await plain(), PICTURES.map(() => ({ canvas: false, hidden: false })));
  assert.deepEqual(noGl.problems, []);
  await noGl.context.close();

  // Save-Data: not even fetched.
  const save = await openHost('one.html', {}, () => {
    Object.defineProperty(Navigator.prototype, 'connection', { get: () => ({ saveData: true, addEventListener() {} }) });
  });
  ({ frame } = await sheetFrame(save.page, 0));
  await scrollTo(frame, '#enrollment-chart');
  await save.page.waitForTimeout(1500);
  assert.deepEqual(save.requests.filter((u) => RUNTIME.test(u)), []);
  assert.deepEqual(await plain(), PICTURES.map(() => ({ canvas: false, hidden: false })));
  assert.deepEqual(save.problems, []);
  await save.context.close();

  // A lost context: the tables show; restored, the pictures come back.
  const lost = await openHost('one.html');
  ({ frame } = await sheetFrame(lost.page, 0));
  await drawn(lost.page, frame, 'enrollment-chart');
  await frame.evaluate(() => {
    window.__lose = document.getElementById('factsheet-pictures-gl').getContext('webgl2').getExtension('WEBGL_lose_context');
    window.__lose.loseContext();
  });
  await frame.waitForFunction(() => !document.querySelector('#enrollment-chart > table').classList.contains('visually-hidden'));
  assert.equal(await frame.evaluate(() => document.querySelector('#enrollment-chart canvas.picture').hidden), true);
  await frame.evaluate(() => window.__lose.restoreContext());
  await frame.waitForFunction(() => !document.querySelector('#enrollment-chart canvas.picture').hidden, null, { timeout: 10000 });
  const back = await drawn(lost.page, frame, 'enrollment-chart');
  assert.ok(await ink(lost.page, back.box, rgb(palette.light.background)) > 0.01, 'drawn again after the restore');
  assert.deepEqual(lost.problems, []);
  await lost.context.close();
});

test('in a frame sandboxed to scripts only (an opaque origin, as in a WordPress post) the pictures load and draw too', async () => {
  const { page, context, problems } = await openHost('sandboxed.html');
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForFunction(() => document.documentElement.classList.contains('embed-one-section'), null, { timeout: 10000 });
  assert.equal(await frame.evaluate(() => { try { return String(window.localStorage); } catch (e) { return 'opaque'; } }), 'opaque');
  const { box } = await drawn(page, frame, 'spending-chart');
  assert.ok(await ink(page, box, rgb(palette.light.background)) > 0.01, 'spending-chart');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the simple page read on its own (es.html, not embedded) draws its pictures too, in its language', async () => {
  const { context, page, problems } = await openSheet(browser, SHEET + '/es.html', { waitForFrame: false, context: { locale: 'es-MX' } });
  const frame = page.mainFrame();
  await page.evaluate(() => document.getElementById('spending-chart').scrollIntoView());
  await frame.waitForFunction(() => {
    const s = window.__factsheetPictures.state();
    return s && s.some((v) => v.id === 'spending-chart' && v.frames > 0);
  }, null, { timeout: 20000 });
  await idle(frame);
  await page.evaluate(() => document.querySelector('#spending-chart canvas.picture').scrollIntoView());
  const box = await page.locator('#spending-chart canvas.picture').boundingBox();
  assert.ok(await ink(page, box, rgb(palette.light.background)) > 0.01);
  const view = (await state(frame)).find((v) => v.id === 'spending-chart');
  assert.ok(view.texts.length > 0);
  // Its words are the page's: the toggle, and what a screen reader hears for the canvas.
  assert.equal(await page.locator('#spending-chart .picture-toggle').textContent(), es.ui.picture_show_table);
  const label = await page.locator('#spending-chart canvas.picture').getAttribute('aria-label');
  assert.ok(label.endsWith(es.ui.picture_label.replace('{title}', '')), label);
  // With every picture drawn and its table or list kept for screen readers, the page is still as
  // wide as the phone (a hidden list's unwrapped lines once made the browser zoom out to 814 px).
  await page.evaluate(() => document.getElementById('changes-timeline').scrollIntoView());
  await frame.waitForFunction(() => (window.__factsheetPictures.state() || []).some((v) => v.id === 'changes-timeline' && v.frames > 0), null, { timeout: 20000 });
  assert.deepEqual(await page.evaluate(() => [innerWidth, document.documentElement.scrollWidth]), [390, 390]);
  assert.deepEqual(problems, []);
  await context.close();
});
