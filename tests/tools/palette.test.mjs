// palette.test.mjs: web/shared/palette.json (the sheet's colours, once) meets WCAG 2.2 contrast in
// every theme, measured with the formula the shipped scripts use (web/shared/contrast.js, imported).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { contrast } = await import(path.join(root, 'web/shared/contrast.js'));
const { themes } = JSON.parse(readFileSync(path.join(root, 'web/shared/palette.json'), 'utf8'));
const THEMES = ['light', 'dark', 'contrast'];

function atLeast(fg, bg, min, what) {
  const r = contrast(fg, bg);
  assert.ok(r >= min, `${what}: ${fg} on ${bg} is ${r.toFixed(2)}:1 (expected at least ${min}:1)`);
}

test('contrast arithmetic matches WCAG\'s reference values', () => {
  assert.ok(Math.abs(contrast('#000000', '#ffffff') - 21) < 1e-9);
  assert.ok(Math.abs(contrast('#ffffff', '#ffffff') - 1) < 1e-9);
  const grey = contrast('#777777', '#ffffff');   // just fails AA
  assert.ok(Math.abs(grey - 4.48) < 0.01 * 4.48, String(grey));
  assert.ok(grey < 4.5);
  assert.equal(contrast('#fff', '#000'), 21, '#rgb reads as #rrggbb');
});

test('every theme is in the palette and meets AA: 4.5:1 for text, 3:1 for rules and the focus ring', () => {
  assert.deepEqual(Object.keys(themes), THEMES);
  for (const id of THEMES) {
    const t = themes[id];
    for (const fg of ['text', 'muted', 'heading', 'accent']) {
      for (const bg of ['background', 'surface', 'pressed']) atLeast(t[fg], t[bg], 4.5, `${id}.${fg} on ${bg}`);
    }
    atLeast(t.accent_text, t.accent, 4.5, `${id}.accent_text on accent`);
    atLeast(t.rule, t.background, 3, `${id}.rule on background`);
    atLeast(t.focus, t.background, 3, `${id}.focus on background`);
    atLeast(t.focus, t.surface, 3, `${id}.focus on surface`);
  }
  // High contrast is at least AAA (7:1) for body text.
  atLeast(themes.contrast.text, themes.contrast.background, 7, 'contrast.text on background');
});

test('chart and diagram marks meet 3:1 against every surface they sit on, and are told apart', () => {
  for (const id of THEMES) {
    const t = themes[id];
    for (const mark of ['series_a', 'series_b', 'series_c']) {
      for (const bg of ['background', 'surface']) atLeast(t[mark], t[bg], 3, `${id}.${mark} on ${bg}`);
    }
    assert.equal(new Set([t.series_a, t.series_b, t.series_c]).size, 3, `${id}: the three series differ in colour`);
  }
});
