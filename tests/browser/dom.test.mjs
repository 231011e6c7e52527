// dom.test.mjs: the page's names are the contract's (web/dom.json). The stylesheet's selectors,
// the names the scripts look up or set, and every id, class and data attribute of the built pages
// (build/web-stage/, as scripts/build-web.sh writes them) must be names the contract holds; a
// page's other ids are the content's own (sections, blocks, sources), alone or after a prefix.
// Node only: the files are read as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { root } from './harness.mjs';

const contract = JSON.parse(readFileSync(path.join(root, 'web/dom.json'), 'utf8'));
const IDS = new Set(Object.values(contract.ids));
const PREFIXES = Object.values(contract.id_prefixes);
const CLASSES = new Set(Object.values(contract.classes));
const DATA = new Set(Object.values(contract.data));

function filesUnder(dir, ext) {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

// The #ids and .classes a selector names (attribute values and pseudo-classes left out).
function selectorNames(selector) {
  const bare = selector.replace(/\[[^\]]*\]/g, '').replace(/:[a-z-]+(\([^)]*\))?/g, '');
  return {
    ids: [...bare.matchAll(/#([A-Za-z_][\w-]*)/g)].map((m) => m[1]),
    classes: [...bare.matchAll(/\.([A-Za-z_][\w-]*)/g)].map((m) => m[1]),
    data: [...selector.matchAll(/\[(data-[a-z-]+)/g)].map((m) => m[1]),
  };
}

function unknown(names) {
  return [...names.ids.filter((n) => !IDS.has(n)).map((n) => '#' + n),
    ...names.classes.filter((n) => !CLASSES.has(n)).map((n) => '.' + n),
    ...names.data.filter((n) => !DATA.has(n))];
}

test('the stylesheet names only what the contract holds', () => {
  const css = readFileSync(path.join(root, 'web/pages/style.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '').replace(/url\([^)]*\)/g, '').replace(/"[^"]*"/g, '""');
  const bad = [];
  for (const [, selector] of css.matchAll(/([^{}]+)\{/g)) {
    if (/^\s*@/.test(selector)) continue;   // @media, @font-face, @page
    bad.push(...unknown(selectorNames(selector)));
  }
  assert.deepEqual([...new Set(bad)], [], 'names web/dom.json lacks');
});

test('the scripts look up and set only names the contract holds', () => {
  const bad = [];
  for (const file of filesUnder(path.join(root, 'web'), '.js')) {
    const js = readFileSync(file, 'utf8');
    const where = path.relative(root, file);
    // Selectors given as one literal.
    for (const [, sel] of js.matchAll(/(?:querySelector(?:All)?|closest|matches)\('([^']*)'\)/g)) {
      bad.push(...unknown(selectorNames(sel)).map((n) => `${where}: ${n}`));
    }
    for (const [, id] of js.matchAll(/(?:getElementById\(|\.id = )'([^']+)'/g)) {
      if (!IDS.has(id)) bad.push(`${where}: #${id}`);
    }
    for (const [, list] of js.matchAll(/(?:classList\.(?:add|remove|toggle|contains)\(|className = )'([^']+)'/g)) {
      for (const c of list.trim().split(/\s+/)) if (!CLASSES.has(c)) bad.push(`${where}: .${c}`);
    }
  }
  assert.deepEqual(bad, [], 'names web/dom.json lacks');
});

test('every id, class and data attribute of the built pages is the contract\'s or the content\'s', () => {
  const stage = path.join(root, 'build/web-stage');
  const contentIds = new Set();
  for (const lang of readdirSync(path.join(root, 'data')).filter((f) => /^[a-z]{2}(-[A-Za-z]+)?\.json$/.test(f))) {
    const sheet = JSON.parse(readFileSync(path.join(root, 'data', lang), 'utf8'));
    const walk = (v) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        if (typeof v.id === 'string') contentIds.add(v.id);
        Object.values(v).forEach(walk);
      }
    };
    walk(sheet.sections);
    walk(sheet.sources);
  }
  const idOk = (id) => IDS.has(id) || contentIds.has(id) ||
    PREFIXES.some((p) => id.startsWith(p) && contentIds.has(id.slice(p.length)));
  const pages = ['index.html', ...readdirSync(stage).filter((n) => n.endsWith('.html') && n !== 'factsheet-offline.html'),
    ...readdirSync(stage).map((n) => path.join(n, 'index.html')).filter((p) => existsSync(path.join(stage, p)))];
  assert.ok(pages.length >= 5, 'the root page, the simple pages and the app pages');
  const bad = new Set();
  for (const page of [...new Set(pages)]) {
    const html = readFileSync(path.join(stage, page), 'utf8');
    for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) if (!idOk(id)) bad.add(`${page}: #${id}`);
    for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g)) {
      for (const c of list.trim().split(/\s+/)) if (c && !CLASSES.has(c)) bad.add(`${page}: .${c}`);
    }
    for (const [, attr] of html.matchAll(/\s(data-[a-z-]+)=/g)) if (!DATA.has(attr)) bad.add(`${page}: ${attr}`);
  }
  assert.deepEqual([...bad], [], 'names web/dom.json lacks');
});
