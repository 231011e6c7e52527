// listen.test.mjs: a section read aloud (shared/listen.js). Headless Chromium has no voices, so
// the page gets a speechSynthesis that records what it is asked to say (its text, lang and voice)
// and plays each utterance's start and end as a phone does: the tests observe the utterances the
// page queues, in order, and what the screen shows meanwhile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startServer, startBrowser, openSheet, waitForIdle, findHit, finger, centre, PHONE } from './harness.mjs';

const content = (l) => JSON.parse(readFileSync(path.join(root, 'data', l + '.json'), 'utf8'));
const plain = (rich) => rich.replace(/\[\^S\d+\]/g, '').replace(/\s+/g, ' ').trim();

let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// The phone's speech: voices for English, Spanish and Brazilian Portuguese, none for Kreyòl.
function fakeSpeech() {
  const spoken = [];
  window.__speech = { spoken, cancels: 0 };
  const voices = [{ lang: 'en-US', name: 'en' }, { lang: 'es-MX', name: 'es' }, { lang: 'pt-BR', name: 'pt' }];
  const synth = new EventTarget();
  let queue = [], current = null, paused = false, endWhenResumed = null;
  const run = () => {
    if (current || paused || !queue.length) return;
    const u = current = queue.shift();
    setTimeout(() => {
      if (u.cancelled) return;
      if (u.onstart) u.onstart({});
      setTimeout(function end() {
        if (u.cancelled) return;
        if (paused) { endWhenResumed = end; return; }   // a paused voice does not finish its sentence
        current = null;
        if (u.onend) u.onend({});
        run();
      }, 80);
    }, 10);
  };
  synth.getVoices = () => voices;
  synth.speak = (u) => { spoken.push({ text: u.text, lang: u.lang, voice: u.voice ? u.voice.lang : null }); queue.push(u); run(); };
  synth.cancel = () => {
    window.__speech.cancels += 1;
    if (window.__reportCancel) window.__reportCancel();
    queue = [];
    if (current) current.cancelled = true;
    current = null;
    endWhenResumed = null;
  };
  synth.pause = () => { paused = true; };
  synth.resume = () => {
    paused = false;
    const end = endWhenResumed;
    endWhenResumed = null;
    if (end) setTimeout(end, 80); else run();
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ''; this.voice = null; };
}

async function openWithSpeech(url, locale = 'en-US') {
  const context = await browser.newContext({ ...PHONE, locale });
  await context.addInitScript(fakeSpeech);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  return { context, page, problems };
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken.slice());

test('Listen on the canvas reads the section in its language: heading, key points, then details, no citation marks, the sentence shown and followed', async () => {
  const en = content('en');
  const section = en.sections.find((s) => s.id === 'smartlink');
  const { context, page, problems } = await openWithSpeech(server.url + 'en/#smartlink');
  await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
  await waitForIdle(page);
  const f = await finger(page);
  const button = await findHit(page, en.ui.listen);
  assert.ok(button, 'the section has Listen');
  await f.tap(...centre(button));
  await page.waitForFunction(() => window.__speech.spoken.length >= 6, null, { timeout: 15000 });
  const said = await spoken(page);
  assert.ok(said.every((u) => u.lang === 'en' && u.voice === 'en-US'), JSON.stringify(said.slice(0, 3)));
  assert.equal(said[0].text, section.title);
  // The key points come first (under their label), each as the text writes it, without the
  // citation marks.
  assert.equal(said[1].text, en.ui.key_points);
  const keyPoints = section.blocks[0].items.map(plain).join(' ');
  assert.ok(keyPoints.startsWith(said[2].text), `${said[2].text} | ${keyPoints.slice(0, 120)}`);
  assert.ok(said.every((u) => !/\[\d+\]|\[\^S/.test(u.text)), 'no citation marks read');
  // The bar shows the sentence being read, with Pause and Stop in the page's language.
  const bar = await page.evaluate(() => {
    const b = document.querySelector('.listen-bar');
    return b && { hidden: b.hidden, now: b.querySelector('p').textContent, buttons: [...b.querySelectorAll('button')].filter((x) => !x.hidden).map((x) => x.textContent) };
  });
  assert.equal(bar.hidden, false);
  assert.ok(said.some((u) => u.text === bar.now), 'the bar shows a sentence that was said: ' + bar.now);
  assert.deepEqual(bar.buttons, [en.ui.listen_pause, en.ui.listen_stop]);
  // Pause: nothing new is said; Resume: it goes on.
  await page.click('.listen-bar button >> nth=0');
  await page.waitForTimeout(300);
  const paused = (await spoken(page)).length;
  await page.waitForTimeout(500);
  assert.equal((await spoken(page)).length, paused, 'paused');
  assert.equal(await page.textContent('.listen-bar button >> nth=0'), en.ui.listen_resume);
  await page.click('.listen-bar button >> nth=0');
  await page.waitForFunction((n) => window.__speech.spoken.length > n, paused, { timeout: 5000 });
  // The canvas follows the block being read: it is still in the section.
  assert.equal(await page.evaluate(() => window.__factsheet.section()), 'smartlink');
  // Stop: silence, the bar goes.
  await page.click('.listen-bar button >> nth=1');
  assert.equal(await page.evaluate(() => document.querySelector('.listen-bar').hidden), true);
  const stopped = (await spoken(page)).length;
  await page.waitForTimeout(500);
  assert.equal((await spoken(page)).length, stopped, 'nothing more after Stop');
  assert.ok(await page.evaluate(() => window.__speech.cancels) >= 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Quick exit silences the voice at once', async () => {
  const en = content('en');
  const context = await browser.newContext({ ...PHONE, locale: 'en-US' });
  let cancels = 0;
  await context.exposeFunction('__reportCancel', () => { cancels += 1; });
  await context.addInitScript(fakeSpeech);
  await context.route('https://www.bbc.com/**', (r) => r.fulfill({ status: 200, body: 'weather' }));
  const page = await context.newPage();
  await page.goto(server.url + 'en/#smartlink', { waitUntil: 'load' });
  await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
  await waitForIdle(page);
  const f = await finger(page);
  await f.tap(...centre(await findHit(page, en.ui.listen)));
  await page.waitForFunction(() => window.__speech.spoken.length >= 2, null, { timeout: 15000 });
  const before = cancels;
  await f.tap(...centre(await findHit(page, en.ui.exit)));
  await page.waitForURL(/bbc\.com/, { timeout: 10000 });
  assert.ok(cancels > before, 'speech was cancelled on the way out');
  await context.close();
});

test('a language the phone has no voice for: the bar says so and how to add one, and nothing is read', async () => {
  const ht = content('ht');
  const { context, page, problems } = await openWithSpeech(server.url + 'ht/#smartlink', 'ht-HT');
  await page.waitForFunction(() => window.__factsheet && window.__factsheet.frames() > 0, null, { timeout: 30000 });
  await waitForIdle(page);
  const f = await finger(page);
  await f.tap(...centre(await findHit(page, ht.ui.listen)));
  await page.waitForFunction(() => { const b = document.querySelector('.listen-bar'); return b && !b.hidden; }, null, { timeout: 5000 });
  const bar = await page.evaluate(() => [...document.querySelectorAll('.listen-bar p')].map((p) => p.textContent).filter(Boolean));
  assert.deepEqual(bar.slice(0, 3), [ht.ui.listen_no_voice, ht.ui.listen_voice_android, ht.ui.listen_voice_iphone]);
  assert.deepEqual(await spoken(page), [], 'not read in another language');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the simple page: Listen under each heading reads in Portuguese and marks the sentence in the text', async () => {
  const pt = content('pt-BR');
  const { context, page, problems } = await openWithSpeech(server.url + 'pt-BR.html#ankle-monitors', 'pt-BR');
  const buttons = await page.$$eval('main section[id] > h2 + .listen-button', (bs) => bs.map((b) => b.textContent));
  assert.equal(buttons.length, pt.sections.length);
  assert.ok(buttons.every((t) => t === pt.ui.listen));
  await page.click('#ankle-monitors > .listen-button');
  await page.waitForFunction(() => window.__speech.spoken.length >= 3, null, { timeout: 15000 });
  const said = await spoken(page);
  assert.ok(said.every((u) => u.lang === 'pt-BR' && u.voice === 'pt-BR'));
  assert.equal(said[0].text, pt.sections.find((s) => s.id === 'ankle-monitors').title);
  // Read together: the voice moves on every few tens of milliseconds here.
  const { marked, nowText } = await page.evaluate(() => {
    const h = CSS.highlights && CSS.highlights.get('factsheet-listen');
    return { marked: h ? [...h][0].toString().replace(/\s+/g, ' ').trim() : '', nowText: document.querySelector('.listen-bar p').textContent };
  });
  assert.equal(marked, nowText, 'the sentence read is the one marked');
  await page.click('.listen-bar button >> nth=1');
  assert.deepEqual(problems, []);
  await context.close();
});
