// wordpress.test.mjs: the sheet pasted as a link in a WordPress post. The host page is built as
// WordPress builds it for a discovered oEmbed provider: our oEmbed answer's html (dist/
// oembed-en.json) put through the steps of wp_filter_oembed_result (wp-includes/embed.php: a
// secret in the frame's address and data-secret, the frame hidden behind the link until it
// speaks, sandbox="allow-scripts" only), with WordPress's own host script, wp-embed.js from
// Debian's wordpress package (scripts/setup.sh), served from a second origin under a strict CSP.
// Checked: the frame is shown and sized to the sheet's height (held 200-1000 px), it works in
// that sandbox (fonts load, no console error, no pop-up), a source link reaches the host as a
// `link` message and the link to the whole sheet takes the host's window there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { bundledModules, root, startEmbedHost, PHONE } from './harness.mjs';

const WP_EMBED = path.join(root, '.deps/wordpress-6.1.9/wp-embed.js');
const SECRET = 'Xk3pQ9aZ1m';   // wp_generate_password( 10, false ): letters and digits
const oembed = JSON.parse(readFileSync(path.join(root, 'dist/oembed-en.json'), 'utf8'));

let sheet, host, browser, dir, SHEET;

// wp_filter_oembed_result, step by step, on the provider's html (its addresses pointed at the
// test's server).
function wordpressMarkup(html) {
  // A build with FACTSHEET_SITE_URL names its public site: here the sheet is on the test server.
  if (/^https?:/.test(oembed.provider_url)) html = html.split(oembed.provider_url).join('');
  html = html.replace(/ src="([^"]*)"/, (m, src) => {
    const url = new URL(src.replace(/&amp;/g, '&'), SHEET + '/').href + '#?secret=' + SECRET;
    return ` src="${url.replace(/&/g, '&amp;')}" data-secret="${SECRET}"`;
  });
  html = html.replace(/<a href="([^"]*)"/, (m, href) => `<a href="${new URL(href, SHEET + '/').href}"`);
  html = html.replace('<blockquote', `<blockquote data-secret="${SECRET}"`);
  // With a blockquote to fall back on, WordPress hides the frame until it speaks.
  html = html.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
  html = html.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  return html.replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

// The post, in the folder the host serves, with WordPress's own host script. post-cta.html: the
// same, its frame's address with a call to action that claims another name.
const CTA = '&amp;cta=https%3A%2F%2Fexample.org%2Fact&amp;cta_label=Join+us&amp;cta_org=ICE+Help+Desk';
function writePost(folder, sheetUrl) {
  dir = folder;
  SHEET = sheetUrl;
  copyFileSync(WP_EMBED, path.join(dir, 'wp-embed.js'));
  writeFileSync(path.join(dir, 'favicon.ico'), '');
  // The test's ear on the host: every message that reaches the host page, kept in order.
  writeFileSync(path.join(dir, 'record.js'),
    "window.__heard = []; window.addEventListener('message', function (e) { window.__heard.push(e.data); });\n");
  const post = (markup) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Campaign post</title>
<script src="record.js"></script>
</head>
<body>
<article><h1>Why we oppose the app</h1><p>Our post, with the fact sheet pasted as a link:</p>
<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">
${markup}
</div></figure>
<p id="after">After the sheet.</p></article>
<script src="wp-embed.js"></script>
</body>
</html>
`;
  writeFileSync(path.join(dir, 'post.html'), post(wordpressMarkup(oembed.html)));
  writeFileSync(path.join(dir, 'post-cta.html'), post(wordpressMarkup(oembed.html.replace(/(<iframe src="[^"]*)"/, `$1${CTA}"`))));
}

let servers;
before(async () => {
  servers = await startEmbedHost(writePost, (sheetUrl) =>
    `default-src 'self'; script-src 'self'; frame-src ${sheetUrl}; style-src 'self' 'unsafe-inline'; img-src 'self'; object-src 'none'; base-uri 'none'`);
  ({ sheet, host, browser } = servers);
});
after(async () => { await servers?.stop(); });


async function openPost(name = 'post.html') {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const problems = [], popups = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('pageerror: ' + e.message));
  page.on('requestfailed', (r) => problems.push('requestfailed: ' + r.url()));
  context.on('page', (p) => popups.push(p.url()));
  await page.goto(host.url + name, { waitUntil: 'load' });
  const handle = await page.$('iframe.wp-embedded-content');
  const frame = await handle.contentFrame();
  await frame.waitForFunction(() => document.documentElement.classList.contains('embed-wp') && document.readyState === 'complete',
    null, { timeout: 10000 });
  await frame.evaluate(() => document.fonts.ready);
  return { context, page, handle, frame, problems, popups };
}

test('the secret is read as wp-embed.js writes it, and nothing else passes for one', async () => {
  const source = await bundledModules("export { wpSecret } from './frame/read-options.js';");
  const { wpSecret } = new Function(source + '\nreturn __modules;')();
  assert.equal(wpSecret('#?secret=' + SECRET), SECRET);
  assert.equal(wpSecret('#smartlink#?secret=abc123'), 'abc123');   // after the address's own hash
  for (const bad of ['', '#', '#secret', '#?secret=', '#?secret=a%22b', '#?secret=<x>', '#?secret=ab-c', '#?notsecret=abc', '#?secret=' + 'a'.repeat(65)]) {
    assert.equal(wpSecret(bad), null, bad);
  }
});

// The height WordPress gives the frame for the sheet's own: held between 200 and 1000 px.
const held = (h) => Math.min(1000, Math.max(200, h));

test('the oEmbed answer is a rich embed of the sheet with the preview as its thumbnail', () => {
  assert.equal(oembed.version, '1.0');
  assert.equal(oembed.type, 'rich');
  assert.equal(oembed.title, JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8')).meta.title);
  assert.match(oembed.html, /<iframe src="[^"]*en\.html\?embed=1" width="100%" height="\d+"/);
  assert.match(oembed.thumbnail_url, /preview-en\.png$/);
  assert.equal(oembed.thumbnail_width, 1200);
  assert.equal(oembed.thumbnail_height, 630);
  assert.ok(oembed.provider_name && oembed.cache_age > 0);
  // WordPress keeps only these attributes of an unknown provider's html (wp_filter_oembed_result).
  for (const [, attrs] of oembed.html.matchAll(/<iframe([^>]*)>/g)) {
    for (const [, name] of attrs.matchAll(/ ([a-z-]+)=/g)) {
      assert.ok(['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'].includes(name), name);
    }
  }
});

test('WordPress shows the frame and sizes it to the sheet, in its sandbox, without an error', async () => {
  const { context, page, handle, frame, problems, popups } = await openPost();
  // wp-embed.js heard the sheet: the fallback link is hidden, the frame shown and sized.
  await page.waitForFunction(() => !document.querySelector('iframe.wp-embedded-content').hasAttribute('style'), null, { timeout: 10000 });
  assert.equal(await page.$eval('blockquote.wp-embedded-content', (b) => getComputedStyle(b).display), 'none');
  // The sheet's height, as WordPress holds it, is the frame's height (and stays so).
  const sized = async () => {
    let want = 0, got = '', sheetHeight = 0;
    for (let i = 0; i < 50; i++) {
      await page.waitForTimeout(100);
      sheetHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      want = held(sheetHeight);
      got = await handle.getAttribute('height');
      if (Number(got) === want) break;
    }
    assert.equal(Number(got), want, `frame height ${got}, sheet ${sheetHeight}`);
    // Nothing cut off: what the sheet shows fits the frame WordPress allows (it does not scroll).
    assert.equal(want, sheetHeight, `the sheet is ${sheetHeight} px, WordPress holds 200-1000`);
    assert.equal(Math.round((await handle.boundingBox()).height), want);
    return want;
  };
  const want = await sized();
  assert.notEqual(want, 600, 'the frame left at the first guess');
  // The sandbox is WordPress's: scripts only (so no storage, no pop-ups).
  assert.equal(await handle.getAttribute('sandbox'), 'allow-scripts');
  assert.equal(await frame.evaluate(() => { try { return !!window.localStorage; } catch (e) { return 'denied'; } }), 'denied');
  // A compact view: the first section, with a link to the whole sheet, in the phone's own font
  // (no font file to fetch from the sandbox's opaque origin).
  const view = await frame.evaluate(() => ({
    shown: [...document.querySelectorAll('main > section[id]:not(#sources)')].filter((s) => !s.hidden).map((s) => s.id),
    all: document.querySelectorAll('main > section[id]:not(#sources)').length,
    more: document.querySelector('.embed-more a')?.getAttribute('href'),
    fonts: [...document.fonts].length,
    family: getComputedStyle(document.body).fontFamily,
    blocks: document.querySelectorAll('main > section[id]:not([hidden]):not(#sources) > [id]:not([hidden])').length,
    sources: document.querySelectorAll('#sources li:not([hidden])').length,
  }));
  assert.equal(view.shown.length, 1);
  assert.ok(view.blocks >= 1 && view.sources >= 1, `${view.blocks} blocks and ${view.sources} sources shown`);
  assert.ok(view.all > 1);
  assert.equal(view.more, `en/#${view.shown[0]}`);
  assert.equal(view.fonts, 0, 'no web font in the sandboxed frame');
  assert.match(view.family, /^system-ui/, 'the sheet\'s own family in the sandboxed frame');
  // Stray messages to the frame (wrong secret, junk) change nothing and break nothing.
  await page.evaluate(() => {
    const w = document.querySelector('iframe.wp-embedded-content').contentWindow;
    [null, 'ready', { message: 'ready', secret: 'nope' }, { message: 'ready' }, [1, 2], { message: 'height', value: 5 }]
      .forEach((m) => w.postMessage(m, '*'));
  });
  await page.waitForTimeout(300);
  assert.equal(Number(await handle.getAttribute('height')), want);
  // Larger text (125 %): what is shown still fits, and the frame follows.
  await frame.locator('.embed-text-size button').nth(1).click();
  await sized();
  assert.deepEqual(problems, []);
  assert.deepEqual(popups, []);
  await context.close();
});

test('in WordPress\'s sandboxed frame, a call to action is named by the post\'s site as the browser reports it', async () => {
  const { context, frame, problems } = await openPost('post-cta.html');
  const en = JSON.parse(readFileSync(path.join(root, 'data/en.json'), 'utf8'));
  const box = await frame.evaluate(() => {
    const b = document.querySelector('.embed-added');
    return b && { by: b.querySelector('.embed-added-by').textContent, org: b.querySelector('.embed-added-org').textContent,
      href: b.querySelector('a').href, origin: self.origin, ancestors: location.ancestorOrigins ? [...location.ancestorOrigins] : null };
  });
  assert.ok(box, 'the frame of another site shows what that site adds');
  assert.equal(box.origin, 'null', 'the frame has no origin of its own (sandbox="allow-scripts")');
  // Chromium reports the post's origin through location.ancestorOrigins; a browser that reports
  // nothing gets the words for an unnamed site, never the name the address claims.
  const site = new URL(host.url).host;
  assert.equal(box.by, box.ancestors ? en.ui.embed_added_by.replace('{site}', site) : en.ui.embed_added_by_unknown);
  assert.equal(box.org, 'ICE Help Desk: ');
  assert.equal(box.href, 'https://example.org/act');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a source link reaches the host as a link message; the whole sheet opens in the host window', async () => {
  const { context, page, frame, problems, popups } = await openPost();
  // A source the shown section cites: its address is written out, and a click asks the host.
  const source = frame.locator('#sources li:not([hidden]) a[href^="https:"]').first();
  const href = await source.getAttribute('href');
  assert.equal((await source.textContent()).trim(), href, 'the address is visible');
  await source.click();
  await page.waitForFunction((u) => window.__heard.some((d) => d && d.message === 'link' && d.value === u), href, { timeout: 5000 });
  const asked = await page.evaluate((u) => window.__heard.find((d) => d && d.message === 'link' && d.value === u), href);
  assert.equal(asked.secret, await frame.evaluate(() => location.hash.split('secret=')[1]));
  // wp-embed.js follows only links to the frame's own host: the post stays, the frame too.
  await page.waitForTimeout(300);
  assert.ok(page.url().endsWith('/post.html'), page.url());
  assert.ok(frame.url().includes('en.html?embed=1'), frame.url());
  assert.deepEqual(popups, []);
  assert.deepEqual(problems, []);
  // The link to the whole sheet: wp-embed.js sends the host's window there.
  const more = frame.locator('.embed-more a');
  // (The language's own page, en/#section.)
  const link = new URL(await more.getAttribute('href'), SHEET + '/');
  const target = link.href;
  await Promise.all([page.waitForURL(target, { timeout: 10000 }), more.click()]);
  assert.equal(page.url(), target);
  await context.close();
});
