// reach.test.mjs: every reader (issue "Every reader"). A Brazilian or Haitian reader's browser
// gets the sheet in Portuguese or Kreyòl from the first paint, told how it was translated; the
// switch lists every language, on the canvas and the page; the short address /pt/ arrives; and
// when the browser translates the page, the canvas hands the reader's place to the text the
// browser can translate, and takes it back when translation is turned off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startServer, startBrowser, openSheet, waitForFrames, waitForIdle, texts, finger, chooseLanguage,
  SHEET_LANGUAGES, PHONE } from './harness.mjs';

const content = (l) => JSON.parse(readFileSync(path.join(root, 'data', l + '.json'), 'utf8'));
const en = content('en');

let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// The words the sheet writes under its title while a translation is unreviewed (present/words.h).
const noteOf = (doc) => doc.ui.translation_by.replace('{by}', doc.meta.translation.by) + ' ' + doc.ui.translation_not_reviewed;

for (const [locale, lang] of [['pt-BR', 'pt-BR'], ['pt-PT', 'pt-BR'], ['ht-HT', 'ht']]) {
  test(`a ${locale} browser at the root address gets the ${lang} sheet, first paint and canvas, told it is an unreviewed translation`, async () => {
    const doc = content(lang);
    const context = await browser.newContext({ ...PHONE, locale });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    // The first paint: the page's own rendition, before any script changes it.
    let firstText = null;
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === `/${lang}/`) firstText = r.text().catch(() => null);
    });
    await page.goto(server.url, { waitUntil: 'load' });
    const firstHtml = await firstText;
    assert.equal(new URL(page.url()).pathname, `/${lang}/`);
    assert.ok(firstHtml && firstHtml.includes(`<html lang="${lang}"`), 'the page itself is in ' + lang);
    assert.ok(firstHtml.includes(doc.meta.title.replace(/&/g, '&amp;')), 'its title');
    assert.ok(!firstHtml.includes(`<h1>${en.meta.title}</h1>`), 'no English title');
    // "Translated by the project team; not yet reviewed by a native speaker", under the title and in About.
    const notes = await page.$$eval('main .translation', (ps) => ps.map((p) => ({ text: p.textContent, inAbout: !!p.closest('section#about') })));
    assert.deepEqual(notes, [{ text: noteOf(doc), inAbout: false }, { text: noteOf(doc), inAbout: true }]);
    await waitForFrames(page, 1);
    await waitForIdle(page);
    assert.equal(await page.evaluate(() => window.__factsheet.lang()), lang);
    const shown = (await texts(page)).join(' ');
    assert.ok(shown.includes(doc.meta.title.split(/\s+/).slice(0, 2).join(' ')), 'the title on the canvas: ' + shown.slice(0, 200));
    assert.ok(shown.includes(noteOf(doc).split(/\s+/).slice(0, 3).join(' ')), 'the translation note on the canvas');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the English sheet claims no translation; Spanish says it is not yet reviewed', async () => {
  for (const lang of ['en', 'es']) {
    const html = readFileSync(path.join(root, `dist/${lang}/index.html`), 'utf8');
    if (lang === 'en') assert.ok(!html.includes('class="translation"'), 'English is the original');
    else assert.equal(html.split('class="translation"').length - 1, 2, 'under the title and in About');
  }
});

test('/pt/#smartlink arrives at the Portuguese sheet\'s section, with any ?query', async () => {
  const { page, context, problems } = await openSheet(browser, server.url + 'pt/?theme=dark#smartlink', { context: { locale: 'en-US' } });
  await waitForIdle(page);
  const url = new URL(page.url());
  assert.equal(url.pathname + url.search + url.hash, '/pt-BR/?theme=dark#smartlink');
  assert.equal(await page.evaluate(() => window.__factsheet.lang()), 'pt-BR');
  assert.equal(await page.evaluate(() => window.__factsheet.section()), 'smartlink');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the switch lists all four languages, each in its own name, on every page, and the canvas goes to each from any other', async () => {
  assert.deepEqual(SHEET_LANGUAGES.map((l) => l.code).sort(), ['en', 'es', 'ht', 'pt-BR']);
  // The pages: a list, the page's own language not a link.
  for (const l of SHEET_LANGUAGES) {
    for (const file of [`${l.code}/index.html`, `${l.code}.html`]) {
      const html = readFileSync(path.join(root, 'dist', file), 'utf8');
      const nav = html.slice(html.indexOf('<nav class="lang-switch"'), html.indexOf('</nav>', html.indexOf('<nav class="lang-switch"')));
      for (const o of SHEET_LANGUAGES) {
        if (o.code === l.code) assert.ok(nav.includes(`<span aria-current="page" lang="${o.code}">${o.name}</span>`), `${file}: its own`);
        else assert.ok(nav.includes(`hreflang="${o.code}" lang="${o.code}">${o.name}</a>`), `${file}: ${o.code}`);
      }
    }
  }
  // The canvas: en -> es -> ht -> pt-BR -> en, then back the other way, each by its own name.
  const { page, context, problems } = await openSheet(browser, server.url + 'en/', { context: { locale: 'en-US' } });
  const f = await finger(page);
  const order = ['es', 'ht', 'pt-BR', 'en', 'pt-BR', 'ht', 'es', 'en'];
  for (const code of order) {
    const l = SHEET_LANGUAGES.find((x) => x.code === code);
    await chooseLanguage(page, f, l.name);
    await page.waitForFunction((c) => window.__factsheet.lang() === c && document.documentElement.lang === c, code, { timeout: 10000 });
    await waitForIdle(page);
    assert.ok((await texts(page)).join(' ').includes(content(code).meta.title.split(/\s+/).slice(0, 2).join(' ')), `${code}'s title`);
    assert.equal(new URL(page.url()).pathname, `/${code}/`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the embedded sheet lists every language and keeps its options in each', async () => {
  const { page, context } = await openSheet(browser, server.url + 'ht.html?embed=1&theme=dark', { waitForFrame: false });
  const options = await page.$$eval('select.embed-lang option', (os) => os.map((o) => ({ code: o.value, name: o.textContent, lang: o.lang, on: o.selected })));
  assert.deepEqual(options, SHEET_LANGUAGES.map((l) => ({ code: l.code, name: l.name, lang: l.code, on: l.code === 'ht' })));
  await Promise.all([page.waitForNavigation(), page.selectOption('select.embed-lang', 'pt-BR')]);
  const url = new URL(page.url());
  assert.equal(url.pathname, '/pt-BR.html');
  assert.equal(url.searchParams.get('theme'), 'dark');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt-BR');
  await context.close();
});

test('the browser translating the page: the text version at the reader\'s place, pictures kept; translation off: the canvas again', async () => {
  const { page, context, problems } = await openSheet(browser, server.url + 'en/#smartlink', { context: { locale: 'en-US' } });
  await waitForIdle(page);
  const before = await page.evaluate(() => window.__factsheet.place());
  // What Chrome's "Translate this page" does to <html>.
  await page.evaluate(() => { document.documentElement.classList.add('translated-ltr'); document.documentElement.lang = 'fr'; });
  await page.waitForFunction(() => !document.body.classList.contains('app-ready') && document.body.classList.contains('app-translated'), null, { timeout: 5000 });
  const shown = await page.evaluate(() => {
    const notice = document.getElementById('fallback-notice');
    const canvas = document.getElementById('sheet-canvas');
    const top = [...document.querySelectorAll('main section[id] > h2, main section[id] > [id]')].find((el) => el.getBoundingClientRect().bottom > 60);
    return { notice: notice.hidden ? '' : notice.textContent, canvas: getComputedStyle(canvas).visibility,
      main: getComputedStyle(document.querySelector('main')).display, at: top && top.closest('section').id };
  });
  assert.equal(shown.notice, en.ui.translated_notice);
  assert.equal(shown.canvas, 'hidden');
  assert.notEqual(shown.main, 'none');
  assert.equal(shown.at, 'smartlink', 'the text version opens where the reader was');
  // The pictures: drawn over their tables as on the simple page, once one is near.
  await page.evaluate(() => document.querySelector('main figure.chart[id], main figure.diagram[id]').scrollIntoView());
  await page.waitForFunction(() => !!document.querySelector('main canvas.picture'), null, { timeout: 20000 });
  // Back to the page's language: the canvas again, at the section the reader is reading now.
  await page.evaluate(() => document.getElementById('smartlink').scrollIntoView());
  await page.evaluate(() => { document.documentElement.classList.remove('translated-ltr'); document.documentElement.lang = 'en'; });
  await page.waitForFunction(() => document.body.classList.contains('app-ready') && !document.body.classList.contains('app-translated'), null, { timeout: 5000 });
  await waitForIdle(page);
  assert.equal(await page.evaluate(() => document.getElementById('fallback-notice').hidden), true);
  const after = await page.evaluate(() => window.__factsheet.section());
  assert.equal(after, 'smartlink');
  assert.ok(before && before.id, 'the canvas had a place');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the pages translate cleanly: no word split across elements, citation marks outside the sentences', async () => {
  for (const lang of ['en', 'es', 'pt-BR', 'ht']) {
    const { page, context } = await openSheet(browser, server.url + lang + '.html', { waitForFrame: false });
    const found = await page.evaluate(() => {
      const split = [], inside = [];
      const blockOf = (n) => {
        let e = n.parentElement;
        while (e && getComputedStyle(e).display.startsWith('inline')) e = e.parentElement;
        return e;
      };
      const blocks = document.querySelectorAll('main p, main li, main h2, main h3, main figcaption, main dd, main dt, main td, main th');
      for (const b of blocks) {
        const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
        let prev = null;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          // Two runs of text in different inline elements of one line of text, letter against letter.
          if (prev && prev.parentElement !== n.parentElement && blockOf(prev) === blockOf(n) &&
              /\p{L}$/u.test(prev.nodeValue) && /^\p{L}/u.test(n.nodeValue)) split.push(prev.nodeValue.slice(-20) + '|' + n.nodeValue.slice(0, 20));
          prev = n;
        }
        // A citation mark follows its sentence's end (or a word), never splits one.
        for (const c of b.querySelectorAll('a.cite')) {
          const after = c.nextSibling && c.nextSibling.nodeType === 3 ? c.nextSibling.nodeValue : '';
          if (/^\p{L}/u.test(after)) inside.push(c.textContent + after.slice(0, 20));
        }
      }
      return { split: split.slice(0, 5), inside: inside.slice(0, 5) };
    });
    assert.deepEqual(found, { split: [], inside: [] }, lang);
    await context.close();
  }
});
