// answers.test.mjs: answers first, as a reader on a phone meets it: each section shows its key
// points and main picture with its details closed, one tap opens them (canvas and HTML), a deep
// link into a detail opens it, the timeline draws and tells an event's source, a phone number
// dials through a tel: link (canvas and HTML), and "Key points (one page)" prints on one page in
// each language (Chromium's PDF, counted with poppler's pdfinfo).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root, artifacts, startServer, startBrowser, openSheet, waitForIdle, texts, findHit, finger, inkRatio, PHONE, centre } from './harness.mjs';

const data = {
  en: JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8')),
  es: JSON.parse(readFileSync(path.join(root, 'data/es.json'), 'utf8')),
};
const plain = (rich) => rich.replace(/\[\^S\d+\]/g, '');
const firstWords = (rich, n = 4) => plain(rich).split(/\s+/).slice(0, n).join(' ');
const hits = (page) => page.evaluate(() => window.__factsheet.hits());

// What the content holds, found by kind rather than by id.
function parts(sheet) {
  const topic = sheet.sections.find((s) => (s.kind ?? 'topic') === 'topic' && s.blocks.length > 2);
  const practical = sheet.sections.find((s) => s.kind === 'practical');
  const summaryEnd = (s) => (s.blocks[1] && ['chart', 'diagram', 'timeline'].includes(s.blocks[1].type) ? 2 : 1);
  const detail = (s) => s.blocks.slice(summaryEnd(s)).find((b) => b.type === 'paragraph' || b.type === 'question');
  const contact = practical.blocks.find((b) => b.type === 'contact' && b.phone);
  let timeline = null;
  for (const s of sheet.sections) for (const b of s.blocks) if (b.type === 'timeline') timeline = { section: s, block: b };
  return { topic, practical, detail, contact, timeline };
}
const detailText = (b) => (b.type === 'question' ? b.question : firstWords(b.text));

let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// Scrolls the canvas until a tap target whose label includes `label` is well on screen.
async function scrollToHit(page, label, max = 80) {
  for (let i = 0; i < max; i++) {
    const h = (await hits(page)).find((x) => x.label.includes(label));
    if (h && h.y > 80 && h.y + h.h < 780) return h;
    await page.mouse.wheel(0, h && h.y > 780 ? 300 : 600);
    await waitForIdle(page, 250);
  }
  throw new Error('never on screen: ' + label);
}

// An entry of the open menu, scrolled into view (the wheel scrolls the menu while it is open).
async function menuHit(page, label) {
  for (let i = 0; i < 20; i++) {
    const h = (await hits(page)).find((x) => x.label === label);
    if (h && h.y + h.h < 840) return h;
    await page.mouse.move(200, 600);
    await page.mouse.wheel(0, 200);
    await waitForIdle(page, 250);
  }
  throw new Error('not in the menu: ' + label);
}

test('the canvas: key points first, details closed; "Read the details" opens them; a deep link into a detail opens it', async () => {
  for (const lang of ['en', 'es']) {
    const sheet = data[lang];
    const { topic, detail } = parts(sheet);
    const d = detail(topic);
    const { page, context, problems } = await openSheet(browser, server.url + `${lang}/#${topic.id}`);
    await waitForIdle(page);
    const seen = (await texts(page)).join(' ');
    assert.ok(seen.includes(sheet.ui.key_points), `${lang}: the key points' heading`);
    assert.ok(seen.includes(firstWords(topic.blocks[0].items[0], 3)), `${lang}: the first key point`);
    const toggle = await scrollToHit(page, sheet.ui.details_show);
    assert.ok(!(await texts(page)).join(' ').includes(detailText(d)), `${lang}: the details are closed`);
    const f = await finger(page);
    await f.tap(...centre(toggle));
    await waitForIdle(page);
    await scrollToHit(page, sheet.ui.details_hide);
    await page.mouse.wheel(0, 400);
    await waitForIdle(page);
    for (let i = 0; i < 30 && !(await texts(page)).join(' ').includes(detailText(d)); i++) {
      await page.mouse.wheel(0, 400);
      await waitForIdle(page, 250);
    }
    assert.ok((await texts(page)).join(' ').includes(detailText(d)), `${lang}: the details show after one tap`);
    // A deep link to a block in another section's closed details lands on it, open.
    const other = parts(sheet).practical;
    const target = other.blocks.find((b) => b.type === 'contact');
    await page.goto('about:blank');
    await page.goto(server.url + `${lang}/#${target.id}`);
    await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0);
    await waitForIdle(page);
    assert.ok((await texts(page)).join(' ').includes(target.title), `${lang}: #${target.id} shows the contact`);
    await page.screenshot({ path: path.join(artifacts, `answers-${lang}-deep-link.png`) });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the HTML page: key points and the picture first, details closed; one tap opens them; #block opens its details', async () => {
  for (const lang of ['en', 'es']) {
    const sheet = data[lang];
    const { topic, practical, detail, contact } = parts(sheet);
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(server.url + `${lang}.html`);
    const state = await page.evaluate((id) => {
      const s = document.getElementById(id);
      const d = s.querySelector(':scope > details.details');
      // The first block after the heading (and its Listen button, shared/listen.js).
      return { first: s.querySelector(':scope > :not(h2):not(.listen-button)').className, open: d.open, summary: d.querySelector('summary').textContent,
        visible: d.querySelector(':scope > :not(summary)').checkVisibility() };
    }, topic.id);
    assert.deepEqual(state, { first: 'key-points', open: false, summary: sheet.ui.details_show, visible: false });
    await page.locator(`#${topic.id} > details.details > summary`).click();
    assert.equal(await page.evaluate((id) => document.querySelector(`#${id} > details.details`).open, topic.id), true);
    assert.ok(await page.locator(`#${detail(topic).id}`).evaluate((e) => e.checkVisibility()), 'the detail shows');
    // A deep link into closed details opens them.
    await page.goto(server.url + `${lang}.html#${contact.id}`);
    await page.waitForFunction((id) => document.querySelector(`#${id} > details.details`).open, practical.id, { timeout: 5000 });
    assert.ok(await page.locator(`#${contact.id}`).evaluate((e) => e.checkVisibility()));
    await context.close();
  }
});

test('a phone number dials: a tel: link in the canvas and in the HTML page', async () => {
  const sheet = data.en;
  const { contact } = parts(sheet);
  const tel = 'tel:+1' + contact.phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  // Links the page follows are recorded and not followed (a test has no dialler).
  const record = () => {
    window.__followed = [];
    document.addEventListener('click', (e) => {
      const a = e.target.closest && e.target.closest('a[href^="tel:"]');
      if (a) { window.__followed.push(a.href); e.preventDefault(); }
    }, true);
  };
  const { page, context, problems } = await openSheet(browser, server.url + `en/#${contact.id}`);
  await page.evaluate(record);
  await waitForIdle(page);
  const call = await scrollToHit(page, sheet.ui.call.replace('{phone}', contact.phone));
  const f = await finger(page);
  await f.tap(...centre(call));
  await page.waitForFunction(() => window.__followed.length > 0, null, { timeout: 5000 });
  assert.deepEqual(await page.evaluate(() => window.__followed), [tel]);
  // The HTML page: the number is a tel: link that says what it does.
  await page.goto(server.url + `en.html#${contact.id}`);
  await page.evaluate(record);
  const link = page.locator(`#${contact.id} a.tel`);
  assert.equal(await link.getAttribute('href'), tel);
  assert.equal(await link.getAttribute('aria-label'), sheet.ui.call.replace('{phone}', contact.phone));
  await link.click();
  assert.deepEqual(await page.evaluate(() => window.__followed), [tel]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the timeline is drawn in the canvas, and a tap on an event tells its date, words and source', async () => {
  const sheet = data.en;
  const { timeline } = parts(sheet);
  const { page, context, problems } = await openSheet(browser, server.url + `en/#${timeline.block.id}`);
  await waitForIdle(page);
  const last = timeline.block.events[timeline.block.events.length - 1];
  const mark = await scrollToHit(page, last.label);
  const ink = await inkRatio(page, { x: 16, y: Math.max(70, mark.y - 200), width: 358, height: 200 }, [255, 255, 255]);
  assert.ok(ink > 0.03, `the timeline has ink (${ink.toFixed(3)})`);
  const f = await finger(page);
  await f.tap(...centre(mark));
  await waitForIdle(page);
  const panel = (await texts(page)).join(' ');
  assert.ok(panel.includes(firstWords(last.text, 3)), 'the event\'s words show in the panel');
  // Its source, one tap away: the panel's citation is a tap target named after the source.
  const cited = last.text.match(/\[\^(S\d+)\]/)[1];
  const publisher = sheet.sources.find((s) => s.id === cited).publisher;
  assert.ok((await hits(page)).some((h) => h.label.endsWith(': ' + publisher)), `the citation of ${cited} is a tap target`);
  await page.screenshot({ path: path.join(artifacts, 'answers-timeline-en.png') });
  // The HTML page lists the events, each with its date.
  await page.goto(server.url + 'en.html');
  const items = await page.locator(`#${timeline.block.id} ol > li`).count();
  assert.equal(items, timeline.block.events.length);
  assert.equal(await page.locator(`#${timeline.block.id} ol > li time`).count(), timeline.block.events.length);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Print, "Key points (one page)": one page in English and in Spanish, Letter and A4', async () => {
  for (const lang of ['en', 'es']) {
    const sheet = data[lang];
    const { topic, contact } = parts(sheet);
    const { page, context, problems } = await openSheet(browser, server.url + `${lang}/`);
    await waitForIdle(page);
    // The browser's print dialog is not for a test: the page prints to PDF instead, as it stands
    // once the app asked for the handout.
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
    const f = await finger(page);
    for (const [n, format] of [[1, 'Letter'], [2, 'A4']]) {
      // Each print job asks for the handout again (the page restores itself after one).
      await page.emulateMedia({ media: 'screen' });
      await f.tap(...centre(await findHit(page, sheet.ui.menu)));
      await waitForIdle(page);
      await f.tap(...centre(await menuHit(page, sheet.ui.print)));
      await waitForIdle(page);
      await f.tap(...centre(await findHit(page, sheet.ui.print_key_points)));
      await page.waitForFunction((k) => window.__printed === k && document.documentElement.classList.contains('print-key-points'), n);
      await waitForIdle(page);
      assert.equal(await page.locator('#handout-more .handout-qr svg').count(), 1, 'the QR code of the address');
      await page.emulateMedia({ media: 'print' });
      const pdf = path.join(artifacts, `handout-${lang}-${format}.pdf`);
      writeFileSync(pdf, await page.pdf({ format }));
      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1];
      assert.equal(pages, '1', `${lang} ${format}: one page`);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      assert.ok(text.includes(firstWords(topic.blocks[0].items[0], 3)), `${lang} ${format}: a key point`);
      assert.ok(text.includes(contact.phone), `${lang} ${format}: the phone number`);
      assert.ok(text.includes(sheet.ui.handout_more.split('{address}')[0].trim()), `${lang} ${format}: the address line`);
      assert.ok(!text.includes(firstWords(parts(sheet).detail(topic).text ?? parts(sheet).detail(topic).question, 6)),
        `${lang} ${format}: no detail`);
    }
    // After the print job the page is as it was.
    await page.waitForFunction(() => !document.documentElement.classList.contains('print-key-points') && !document.getElementById('handout-more'));
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('printing the whole sheet prints the details too', async () => {
  const sheet = data.en;
  const { topic, detail } = parts(sheet);
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(server.url + 'en.html');
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(artifacts, 'print-whole-en.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(text.includes(firstWords(detail(topic).text ?? detail(topic).question, 4)), 'a detail is printed');
  assert.ok(!text.includes(sheet.ui.details_show), 'the fold\'s button is not');
  await context.close();
});
