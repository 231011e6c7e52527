// reading.test.mjs: the sheet on a touch phone: swipe with momentum, tap to jump, the address
// and the Back button, switching language in place, deep links, text size, theme, share, exit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, artifacts, startServer, startBrowser, openSheet, waitForIdle, waitForFrames, texts, findHit, finger, PHONE, chooseLanguage, centre } from './harness.mjs';

const en = JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8'));
const es = JSON.parse(readFileSync(path.join(root, 'data/es.json'), 'utf8'));
const frames = (page) => page.evaluate(() => window.__factsheet.frames());
const scroll = (page) => page.evaluate(() => window.__factsheet.scroll());
const section = (page) => page.evaluate(() => window.__factsheet.section());

let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

test('a swipe scrolls, keeps gliding after the finger lifts, then stops and frames stop', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  await waitForIdle(page);
  const f = await finger(page);
  await f.swipe(200, 700, 300, 8, 16);
  const atRelease = await scroll(page);
  assert.ok(atRelease > 250, `the page followed the finger (${atRelease})`);
  await page.waitForTimeout(150);
  const gliding = await scroll(page);
  assert.ok(gliding > atRelease + 20, `momentum carried on after release (${atRelease} -> ${gliding})`);
  const settled = await waitForIdle(page, 600);
  const rest = await scroll(page);
  assert.ok(rest >= gliding);
  await page.waitForTimeout(1000);
  assert.equal(await frames(page), settled, 'no frames once the glide stopped');
  assert.equal(await scroll(page), rest);
  await context.close();
});

test('a tap on a section entry jumps there and changes the address; Back returns', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  await waitForIdle(page);
  const target = en.sections[2];
  const entry = await findHit(page, target.title);
  assert.ok(entry, 'the section list shows ' + target.title);
  const f = await finger(page);
  await f.tap(...centre(entry));
  await page.waitForFunction((id) => location.hash === '#' + id, target.id, { timeout: 5000 });
  await waitForIdle(page);
  assert.equal(await section(page), target.id);
  assert.ok((await texts(page)).join(' ').includes(target.title.split(' ')[0]));
  await page.screenshot({ path: path.join(artifacts, 'reading-jump-' + target.id + '.png') });
  await page.goBack();
  await page.waitForFunction(() => location.hash === '', null, { timeout: 5000 });
  await waitForIdle(page);
  assert.ok((await scroll(page)) < 50, 'Back returned to the top');
  await context.close();
});

test('a swipe that starts on a section entry scrolls and does not jump', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  await waitForIdle(page);
  const entry = await findHit(page, en.sections[2].title);
  const f = await finger(page);
  await f.swipe(entry.x + 40, entry.y + entry.h / 2, entry.y + entry.h / 2 - 120, 10, 30);
  await waitForIdle(page);
  assert.notEqual(await page.evaluate(() => location.hash), '#' + en.sections[2].id);
  const s = await scroll(page);
  assert.ok(s > 60 && s < 2000, `scrolled by the swipe only (${s})`);
  await context.close();
});

test('switching to Spanish shows Spanish text at the same section and the address becomes the Spanish page', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en#smartlink');
  await waitForIdle(page);
  assert.equal(await section(page), 'smartlink');
  const f = await finger(page);
  await chooseLanguage(page, f, 'Español');
  await page.waitForFunction(() => window.__factsheet.lang() === 'es', null, { timeout: 5000 });
  await waitForIdle(page);
  assert.equal(await section(page), 'smartlink');
  const smart = es.sections.find((s) => s.id === 'smartlink');
  const shown = (await texts(page)).join(' ');
  assert.ok(shown.includes(smart.title.split(' ')[0]), 'the Spanish heading is on screen');
  assert.equal(page.url(), server.url + 'es/#smartlink');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.screenshot({ path: path.join(artifacts, 'reading-es-smartlink.png') });
  await context.close();
});

test('deep links open at their section; an unknown one opens at the top without errors', async () => {
  for (const s of en.sections) {
    const { page, context } = await openSheet(browser, server.url + '?lang=en#' + s.id);
    await waitForIdle(page);
    assert.equal(await section(page), s.id);
    await context.close();
  }
  const { page, context, problems } = await openSheet(browser, server.url + '?lang=en#no-such-place');
  await waitForIdle(page);
  assert.ok((await scroll(page)) < 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 320 px wide everything fits; A+ enlarges text and reflows; high contrast turns the page black', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=es', { context: { viewport: { width: 320, height: 640 } } });
  await waitForIdle(page);
  const hits = await page.evaluate(() => window.__factsheet.hits());
  for (const h of hits) {
    assert.ok(h.x >= 0 && h.x + h.w <= 320.5, `"${h.label}" fits in 320 px`);
    assert.ok(h.w >= 44 && h.h >= 44, `"${h.label}" is at least 44x44`);
  }
  await page.screenshot({ path: path.join(artifacts, 'reading-320-es.png') });
  const f = await finger(page);
  await f.tap(...centre(await findHit(page, 'Menú')));
  await waitForIdle(page);
  await page.screenshot({ path: path.join(artifacts, 'reading-320-menu.png') });
  await f.tap(...centre(await findHit(page, es.ui.text_larger)));
  await waitForIdle(page);
  assert.ok((await texts(page)).includes('125 %'));
  await f.tap(...centre(await findHit(page, es.ui.theme_contrast)));
  await waitForIdle(page);
  const px = await page.screenshot({ clip: { x: 0, y: 600, width: 10, height: 10 } });
  await f.tap(...centre(await findHit(page, 'Menú')));
  await waitForIdle(page);
  await page.screenshot({ path: path.join(artifacts, 'reading-320-contrast-125.png') });
  // The layout reflowed at 125%: body text is bigger, so fewer words fit a line.
  const bigger = await page.evaluate(() => window.__factsheet.hits());
  assert.ok(bigger.every((h) => h.x + h.w <= 320.5));
  assert.ok(px.length > 0);
  await context.close();
});

test('the canvas starts at the browser\'s text size, as the rendition does', async () => {
  // The reader's browser set to 20 px text (the default is 16): the rendition follows it, and
  // the canvas must too, at 125 %, its A- a step down from there.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
  await page.goto(server.url + 'en/', { waitUntil: 'load' });
  await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '20px', 'the rendition follows the setting');
  await waitForIdle(page);
  const f = await finger(page);
  await f.tap(...centre(await findHit(page, en.ui.menu)));
  await waitForIdle(page);
  assert.ok((await texts(page)).includes('125 %'), 'the menu says the text is at 125 %');
  await f.tap(...centre(await findHit(page, en.ui.text_smaller)));
  await waitForIdle(page);
  assert.ok((await texts(page)).includes('100 %'), 'A- goes a step down');
  await context.close();
});

test('share copies the link with the section and says so; quick exit leaves no way Back', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en', {
    context: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  await waitForIdle(page);
  await page.evaluate(() => { Object.defineProperty(navigator, 'share', { value: undefined }); });
  const f = await finger(page);
  // A contents jump first: it adds a history entry that Exit must step over.
  await f.tap(...centre(await findHit(page, en.sections[2].title)));
  await page.waitForFunction((id) => location.hash === '#' + id, en.sections[2].id, { timeout: 5000 });
  await waitForIdle(page);
  await f.tap(...centre(await findHit(page, en.ui.menu)));
  await waitForIdle(page);
  await f.tap(...centre(await findHit(page, en.ui.share)));
  await page.waitForFunction((t) => window.__factsheet.texts().join(' ').includes(t), en.ui.link_copied, { timeout: 5000 });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, server.url + 'en/#' + en.sections[2].id);
  // The message goes away by itself, on a timer, without frames in between.
  const during = await waitForIdle(page, 300);
  await page.waitForFunction((t) => !window.__factsheet.texts().join(' ').includes(t), en.ui.link_copied, { timeout: 6000 });
  assert.ok((await frames(page)) - during <= 3, 'one wake to hide the message, not an animation loop');

  await page.route('https://www.bbc.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>Weather' }));
  await f.tap(...centre(await findHit(page, en.ui.exit)));
  await page.waitForURL(/bbc\.com/, { timeout: 5000 });
  await page.goBack().catch(() => {});
  await page.waitForTimeout(500);
  assert.doesNotMatch(page.url(), /127\.0\.0\.1/, 'Back after exit does not show the sheet');
  await context.close();
});

test('pressing Shift three times exits at once', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=es');
  await waitForIdle(page);
  await page.route('https://www.bbc.com/**', (r) => r.fulfill({ status: 200, contentType: 'text/html', body: 'Weather' }));
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(/bbc\.com/, { timeout: 5000 });
  await context.close();
});

test('the keyboard reaches the section list: Tab to the first entry, Enter jumps; End goes to the end', async () => {
  const { page, context } = await openSheet(browser, server.url + '?lang=en');
  await waitForIdle(page);
  await page.focus('#sheet-canvas');  // as after a click, or a first Tab into the page
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');  // menu, language, exit, first entry
  await waitForIdle(page);
  await page.screenshot({ path: path.join(artifacts, 'reading-keyboard-focus.png') });
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash === '#' + id, en.sections[0].id, { timeout: 5000 });
  await page.keyboard.press('End');
  await waitForIdle(page);
  assert.equal(await section(page), 'sources');
  await context.close();
});

test('the canvas takes over at the block and the line the reader scrolled the first paint to, and hands it back', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  // The wasm is held back until the reader has scrolled the first paint, as on a slow line.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/factsheet\.[0-9a-f]+\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(server.url + 'en/', { waitUntil: 'load' });
  // She opens the first section's details and reads into its second block, 40 % of the way down.
  const read = await page.evaluate(() => {
    const details = document.querySelector('main section[id] > details');
    details.open = true;
    const block = details.querySelectorAll(':scope > [id]')[1];
    const r = block.getBoundingClientRect();
    window.scrollTo(0, Math.round(r.top + scrollY + r.height * 0.4));
    const at = block.getBoundingClientRect();
    return { id: block.id, fraction: -at.top / at.height, words: block.innerText.replace(/\s+/g, ' ') };
  });
  assert.ok(await page.evaluate(() => !document.body.classList.contains('app-ready')), 'the first paint is still the page');
  release();
  await waitForFrames(page, 1);
  await page.waitForFunction(() => document.body.classList.contains('app-ready'), null, { timeout: 30000 });
  await waitForIdle(page);
  const place = await page.evaluate(() => window.__factsheet.place());
  assert.equal(place.id, read.id, 'the same block at the top');
  assert.ok(Math.abs(place.fraction - read.fraction) < 0.03, `the same line in it (${read.fraction} -> ${place.fraction})`);
  // What the canvas shows at its top is that block's words.
  const shown = (await texts(page)).slice(0, 6);
  assert.ok(shown.some((line) => line.length > 12 && read.words.includes(line)), `the block's words at the top: ${shown.join(' | ')}`);

  // The canvas hands back (a lost GPU context): the rendition shows the same place.
  await page.evaluate(() => document.getElementById('sheet-canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext());
  await page.waitForFunction(() => !document.body.classList.contains('app-ready'), null, { timeout: 5000 });
  const back = await page.evaluate((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, fraction: -r.top / r.height };
  }, read.id);
  assert.ok(back.top <= 0 && back.bottom > 0, `the block is at the top of the screen again (${back.top}..${back.bottom})`);
  assert.ok(Math.abs(back.fraction - read.fraction) < 0.05, `at the same line (${read.fraction} -> ${back.fraction})`);
  await context.close();
});

test('the canvas starts from its lead, the details come after its first frame, and the reader stays at her line', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const asked = [];
  page.on('request', (r) => asked.push({ path: new URL(r.url()).pathname, frames: null }));
  // The whole sheet is held back until the canvas shows its lead, as on a slow line.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/content\/en\.[0-9a-f]+\.json$/, async (route) => { await held; await route.continue(); });
  let releaseWasm;
  const wasmHeld = new Promise((r) => { releaseWasm = r; });
  await page.route(/factsheet\.[0-9a-f]+\.wasm$/, async (route) => { await wasmHeld; await route.continue(); });
  await page.goto(server.url + 'en/', { waitUntil: 'load' });
  // She reads the third section's key points, a third of the way in, details closed.
  const read = await page.evaluate(() => {
    const block = [...document.querySelectorAll('main section[id]')[2].querySelectorAll(':scope > [id]')].find((e) => !/^H[1-6]$/.test(e.tagName));
    const r = block.getBoundingClientRect();
    window.scrollTo(0, Math.round(r.top + scrollY + r.height * 0.33));
    const at = block.getBoundingClientRect();
    // The citation marks in the part of the block still on the screen.
    const marks = [...block.querySelectorAll('.cite')].filter((c) => c.getBoundingClientRect().top > at.top + at.height * 0.45)
      .map((c) => c.textContent.trim());
    return { id: block.id, fraction: -at.top / at.height, marks };
  });
  releaseWasm();
  await page.waitForFunction(() => document.body.classList.contains('app-ready'), null, { timeout: 30000 });
  await waitForIdle(page);
  const paths = asked.map((a) => a.path);
  // The lead comes inside the page: no content file is asked for before the canvas shows it.
  const inPage = await page.evaluate(() => JSON.parse(document.getElementById('factsheet-lead').textContent));
  const leadFile = JSON.parse(readFileSync(path.join(root, 'build/content/content/en.lead.json'), 'utf8'));
  assert.deepEqual(inPage, leadFile, 'the page holds its lead, the same as the lead file once parsed');
  assert.ok(!paths.some((p) => /^\/content\/en\.lead\./.test(p)), `no lead file fetched: ${paths.join(' ')}`);
  assert.equal(await page.evaluate(() => window.__factsheet.detailsLater()), true, 'the canvas shows the lead while the details are held back');
  const first = await page.evaluate(() => window.__factsheet.place());
  assert.equal(first.id, read.id, 'the canvas took over at her block');
  // From the lead, citations carry the page's numbers (a number is its source's place in the list).
  const drawnMarks = (await texts(page)).filter((t) => /^\[\d+\]$/.test(t));
  assert.ok(read.marks.length > 0, 'the block has citation marks on the screen');
  for (const m of read.marks) assert.ok(drawnMarks.includes(m), `the page's ${m} on the canvas too: ${drawnMarks.join(' ')}`);
  // Open the details of the section she is in while they are on their way: "Loading…".
  let toggle = null;
  for (let i = 0; i < 20 && !toggle; i++) {
    const h = (await page.evaluate(() => window.__factsheet.hits())).find((x) => x.label.includes(en.ui.details_show));
    if (h && h.y > 80 && h.y + h.h < 780) toggle = h;
    else { await page.mouse.wheel(0, 250); await waitForIdle(page, 250); }
  }
  assert.ok(toggle, 'Read the details is there before the details are');
  const sectionBefore = await section(page);
  await page.touchscreen.tap(...centre(toggle));
  await waitForIdle(page);
  assert.ok((await texts(page)).includes(en.ui.loading), 'opened early, the details say they are loading');
  const place = await page.evaluate(() => window.__factsheet.place());
  release();
  await page.waitForFunction(() => !window.__factsheet.detailsLater(), null, { timeout: 30000 });
  await waitForIdle(page);
  const after = await page.evaluate(() => window.__factsheet.place());
  assert.equal(after.id, place.id, 'the same block at the top once the details are in');
  assert.ok(Math.abs(after.fraction - place.fraction) < 0.02, `at the same line (${place.fraction} -> ${after.fraction})`);
  assert.equal(await section(page), sectionBefore);
  const shown = await texts(page);
  assert.ok(!shown.includes(en.ui.loading), 'no more "Loading…"');
  const detailWords = await page.evaluate((id) => document.querySelector(`#${id} details`).textContent.replace(/\s+/g, ' '), sectionBefore);
  assert.ok(shown.some((line) => line.length > 12 && detailWords.includes(line)), `the details' first words on screen: ${shown.join(' | ')}`);
  await context.close();
});

test('a page whose lead is damaged still opens the canvas: the lead comes as a file of its own', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  // The page as a host that mangled the JSON inside it would serve it.
  await page.route(/\/en\/$/, async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace(/(<script type="application\/json" id="factsheet-lead">)\{/, '$1{"lang": "en", oops');
    await route.fulfill({ response: res, body });
  });
  await page.goto(server.url + 'en/', { waitUntil: 'load' });
  await page.waitForFunction(() => document.body.classList.contains('app-ready') || document.body.classList.contains('app-failed'), null, { timeout: 30000 });
  assert.ok(await page.evaluate(() => document.body.classList.contains('app-ready')), 'the canvas is up');
  assert.ok(asked.some((p) => /^\/content\/en\.lead\.[0-9a-f]+\.json$/.test(p)), `the lead file was fetched instead: ${asked.join(' ')}`);
  await waitForIdle(page);
  assert.ok((await texts(page)).includes(en.sections[0].title), 'the sheet is drawn');
  await context.close();
});
