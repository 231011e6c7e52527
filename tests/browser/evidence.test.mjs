// evidence.test.mjs: what each source says, one tap away: a citation in the canvas shows the
// passage that supports it (fetched when first needed, then kept offline), and the HTML source
// list quotes every passage, in both languages, each in its own language and naming the part of
// the sheet it supports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, startServer, startBrowser, openSheet, waitForIdle, texts, findHit, finger, reloadOffline, swReady, centre } from './harness.mjs';

const sheets = Object.fromEntries(['en', 'es'].map((l) => [l, JSON.parse(readFileSync(path.join(root, `data/${l}.json`), 'utf8'))]));
const evidence = JSON.parse(readFileSync(path.join(root, 'data/evidence.json'), 'utf8')).evidence;
const squash = (s) => s.replace(/\s+/g, ' ').trim();

let server, browser;
before(async () => { server = await startServer(); browser = await startBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

// Taps the first citation marker below the header and returns the source it names.
async function tapCitation(page, sheet) {
  const cite = (await page.evaluate(() => window.__factsheet.hits()))
    .find((h) => h.w < 100 && h.y > 80 && /^[^:]+ \d+: /.test(h.label));
  assert.ok(cite, 'a citation marker is on screen');
  const n = Number(cite.label.match(/(\d+):/)[1]);
  await (await finger(page)).tap(...centre(cite));
  await page.waitForFunction((t) => window.__factsheet.texts().includes(t), sheet.ui.source_says, { timeout: 5000 });
  return sheet.sources[n - 1];
}

for (const lang of ['en', 'es']) {
  test(`${lang}: a citation in the canvas shows what the source says there, and again with the network off`, async () => {
    const sheet = sheets[lang];
    const { page, context } = await openSheet(browser, server.url + `?lang=${lang}#smartlink`);
    // The sheet came without the passages: the first card fetches them (the worker keeps them).
    const asked = [];
    page.on('request', (r) => { if (/\/passages\//.test(r.url())) asked.push(r.url()); });
    await swReady(page);
    assert.deepEqual(asked, [], 'no passages before a source is opened');
    await tapCitation(page, sheet);
    await page.waitForFunction((t) => !window.__factsheet.texts().includes(t), sheet.ui.loading, { timeout: 10000 });
    assert.equal(asked.length, 1, asked.join(' '));
    assert.match(asked[0], new RegExp(`/passages/${lang}\\.[0-9a-f]{12}\\.json$`));
    await (await finger(page)).tap(...centre(await findHit(page, sheet.ui.close)));
    await reloadOffline(page, context);
    assert.equal(await page.evaluate(() => window.__factsheet.section()), 'smartlink');
    const source = await tapCitation(page, sheet);
    await waitForIdle(page);
    const shown = squash((await texts(page)).join(' '));
    assert.ok(shown.includes(source.publisher.split(' ')[0]), `the card names ${source.publisher}`);
    // The words drawn are the start of one of this source's passages.
    const own = evidence.filter((e) => e.source === source.id);
    assert.ok(own.length > 0);
    const opening = (e) => squash(e.passage).split(' ').slice(0, 4).join(' ');
    assert.ok(own.some((e) => shown.includes(opening(e))),
      `one of ${source.id}'s passages is drawn (looked for: ${own.map(opening).join(' | ')})`);
    await page.screenshot({ path: path.join(root, 'test-results', `evidence-card-${lang}.png`) });
    await (await finger(page)).tap(...centre(await findHit(page, sheet.ui.close)));
    await context.close();
  });
}

test('the HTML source lists quote every passage, each in its language and naming what it supports', async () => {
  const context = await browser.newContext();
  const found = {};
  for (const lang of ['en', 'es']) {
    const page = await context.newPage();
    await page.goto(server.url + `${lang}-passages.html`);
    found[lang] = await page.evaluate(() => [...document.querySelectorAll('#sources li')].flatMap((li) =>
      [...li.querySelectorAll('figure.evidence')].map((f) => ({
        source: li.id.replace(/^src-/, ''),
        lang: f.querySelector('blockquote').lang,
        passage: f.querySelector('blockquote').textContent,
        target: f.querySelector('figcaption a').getAttribute('href'),
        resolves: !!document.getElementById(f.querySelector('figcaption a').getAttribute('href').slice(1)),
        caption: f.querySelector('figcaption').textContent,
      }))));
    await page.close();
  }
  for (const e of evidence) {
    for (const lang of ['en', 'es']) {
      // (one passage may back several places, each with its own "where")
      const match = found[lang].find((f) => f.source === e.source && f.passage === e.passage && f.lang === e.lang &&
        f.caption.includes(' · ' + e.where + ' · '));
      assert.ok(match, `${lang}-passages.html quotes ${e.source}'s passage for ${e.at}, saying where in the source (${e.where})`);
      assert.ok(match.resolves, `its link ${match.target} leads to a part of the page`);
    }
  }
  // Both languages carry the same evidence, and nothing else.
  const key = (f) => `${f.source} ${f.target} ${f.passage}`;
  assert.deepEqual(found.en.map(key).sort(), found.es.map(key).sort());
  assert.equal(found.en.length, evidence.length);
  await context.close();
});

// Scripts off: the page at `address` holds no passage, and each source links to its passages at
// expected(its id). Returns that page's context and the page, open.
async function sourcesLinkToPassages(address, expected) {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const page = await off.newPage();
  await page.goto(server.url + address);
  const links = await page.evaluate(() => [...document.querySelectorAll('#sources li')].map((li) =>
    [li.id, li.querySelector('a.evidence-link')?.getAttribute('href'), li.querySelectorAll('figure.evidence').length]));
  assert.ok(links.length > 50);
  for (const [id, href, figures] of links) {
    assert.equal(href, expected(id), `${id} links to its passages`);
    assert.equal(figures, 0);
  }
  return { off, page };
}

test('the simple page, the one embeds show, comes without the passages: a source\'s link opens them on the passages page, at that source', async () => {
  // Scripts off: no passage in the page; each source links to the passages page, which has them.
  const { off, page: plain } = await sourcesLinkToPassages('es.html', (id) => `es-passages.html#${id}`);
  const id = evidence[0].source.replace(/^/, 'src-');
  await plain.click(`#${id} a.evidence-link`);
  await plain.waitForURL(server.url + `es-passages.html#${id}`);
  assert.ok(await plain.evaluate((i) => document.getElementById(i).querySelectorAll('figure.evidence').length > 0, id), 'its passages are there');
  await off.close();
  // Scripts on: the passages page opens that source's passages. In an embed, the link opens a
  // new tab; the embedded sheet stays as it was.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + `es-passages.html#${id}`);
  await page.waitForFunction((i) => document.querySelector(`#${i} > details.evidence-list`).open, id, { timeout: 5000 });
  const embed = await context.newPage();
  await embed.goto(server.url + 'es.html?embed=1');
  const [tab] = await Promise.all([context.waitForEvent('page'), embed.click(`#${id} a.evidence-link`)]);
  await tab.waitForLoadState();
  assert.equal(new URL(tab.url()).pathname + new URL(tab.url()).hash, `/es-passages.html#${id}`);
  assert.equal(new URL(embed.url()).pathname, '/es.html', 'the embedded sheet stays');
  await context.close();
});

test('a citation opened offline before its passages were kept says so, and the sheet goes on', async () => {
  const sheet = sheets.en;
  const { page, context, problems } = await openSheet(browser, server.url + '?lang=en#smartlink');
  await reloadOffline(page, context);
  const source = await tapCitation(page, sheet);
  await page.waitForFunction((t) => window.__factsheet.texts().some((s) => s.startsWith(t)),
    sheet.ui.source_says_unavailable.split(' ').slice(0, 4).join(' '), { timeout: 10000 });
  assert.ok(squash((await texts(page)).join(' ')).includes(source.publisher.split(' ')[0]), 'the card still names its source');
  await (await finger(page)).tap(...centre(await findHit(page, sheet.ui.close)));
  await waitForIdle(page);
  assert.ok(!(await texts(page)).includes(sheet.ui.source_says));
  assert.equal(await page.evaluate(() => window.__factsheet.contentOk()), true, problems.join('\n'));
  await context.close();
});

test('the app page paints without the passages, links each source to them, and its mirror gets them when a reader follows one', async () => {
  // Scripts off: each source links to its passages on the passages page. (The English page: the
  // root address, scripts off, only links to each language's page.)
  const { off } = await sourcesLinkToPassages('en/', (id) => `../en-passages.html#${id}`);
  await off.close();
  // Scripts on: nothing more is fetched for them until a reader follows a source's link (a
  // screen reader reads the mirror); then the mirror holds every passage the sheet cites, the
  // reader is at that source, still on the app page.
  for (const lang of ['en', 'es']) {
    const { page, context } = await openSheet(browser, server.url + `?lang=${lang}`);
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await waitForIdle(page);
    await page.waitForTimeout(1500);
    assert.deepEqual(asked.filter((p) => /^\/(en|es)(-passages)?\.html$|^\/passages\//.test(p)), [], 'nothing of the passages before a reader asks');
    assert.equal(await page.evaluate(() => document.querySelectorAll('#sources figure.evidence').length), 0);
    const at = await page.evaluate(() => { const a = document.querySelectorAll('a.evidence-link')[3]; a.click(); return a.hash.slice(1); });
    await page.waitForFunction((n) => document.querySelectorAll('#sources figure.evidence').length === n,
      evidence.length, { timeout: 15000 });
    await page.waitForFunction((id) => document.activeElement && document.activeElement.id === id, at, { timeout: 5000 });
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.evaluate(() => document.querySelectorAll('a.evidence-link').length), 0);
    assert.equal(new URL(page.url()).pathname, `/${lang}/`, 'still the app page');
    await context.close();
  }
});
