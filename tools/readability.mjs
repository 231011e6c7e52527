#!/usr/bin/env node
// readability.mjs: prints each section's readability score and fails past the sheet's limits
// (tools/readability/scores.mjs), and lists every sentence that is too long.
// Usage: node tools/readability.mjs data/en.json data/es.json
//        node tools/readability.mjs --lang es FILE   (FILE: a sheet, a section, or a list of sections)
import { readFileSync } from 'node:fs';
import { LANGUAGES, countFields, score, withinLimit } from './readability/scores.mjs';
import { keyPointItems, sectionFields, sentences, sentenceLength } from './readability/text.mjs';

function sectionsOf(doc) {
  if (Array.isArray(doc)) return doc;
  if (Array.isArray(doc.sections)) return doc.sections;
  if (Array.isArray(doc.blocks)) return [doc];
  throw new Error('expected a sheet, a section or a list of sections');
}

export function checkSheet(doc, lang) {
  const rules = LANGUAGES[lang];
  if (!rules) throw new Error(`no readability rules for language "${lang}"`);
  const problems = [];
  const rows = [];
  const all = [];
  for (const section of sectionsOf(doc)) {
    const fields = sectionFields(section);
    all.push(...fields);
    const counts = countFields(fields, lang);
    const value = score(counts, lang);
    const ok = withinLimit(value, rules.section, lang);
    rows.push({ id: section.id, value, ok, counts });
    if (!ok) problems.push(`section ${section.id}: ${rules.name} ${value.toFixed(1)} (limit ${rules.section})`);
    for (const s of counts.sentences) {
      if (s.words > rules.maxSentenceWords) {
        problems.push(`section ${section.id}: sentence of ${s.words} words (limit ${rules.maxSentenceWords}): ${s.text}`);
      }
    }
  }
  const whole = score(countFields(all, lang), lang);
  const wholeOk = withinLimit(whole, rules.sheet, lang);
  if (!wholeOk) problems.push(`whole sheet: ${rules.name} ${whole.toFixed(1)} (limit ${rules.sheet})`);
  const keyPoints = checkKeyPoints(sectionsOf(doc), lang, problems);
  return { rows, whole, wholeOk, keyPoints, problems };
}

// The key points of each section that has them: their score together, and each one's words.
function checkKeyPoints(sections, lang, problems) {
  const rules = LANGUAGES[lang];
  const rows = [];
  let total = 0;
  for (const section of sections) {
    const items = keyPointItems(section);
    if (!items.length) continue;
    const counts = countFields(items, lang);
    const value = score(counts, lang);
    const words = items.map((item) => sentences(item).reduce((n, tokens) => n + sentenceLength(tokens), 0));
    const ok = withinLimit(value, rules.keyPoints, lang) && words.every((w) => w <= rules.keyPointWords);
    total += words.reduce((a, b) => a + b, 0);
    rows.push({ id: section.id, value, ok, words });
    if (!withinLimit(value, rules.keyPoints, lang)) problems.push(`key points of ${section.id}: ${rules.name} ${value.toFixed(1)} (limit ${rules.keyPoints})`);
    words.forEach((w, i) => {
      if (w > rules.keyPointWords) problems.push(`key point ${i + 1} of ${section.id}: ${w} words (limit ${rules.keyPointWords}): ${items[i]}`);
    });
  }
  const totalOk = rules.keyPointsSheetWords === null || total <= rules.keyPointsSheetWords;
  if (!totalOk) problems.push(`key points of the whole sheet: ${total} words (limit ${rules.keyPointsSheetWords})`);
  return { rows, total, totalOk };
}

function main(argv) {
  let lang = null;
  const files = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--lang') lang = argv[++i];
    else files.push(argv[i]);
  }
  if (!files.length) { console.error('usage: readability.mjs [--lang xx] FILE...'); return 2; }
  let failed = false;
  for (const file of files) {
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const fileLang = lang ?? doc.lang;
    const rules = LANGUAGES[fileLang];
    const { rows, whole, wholeOk, keyPoints, problems } = checkSheet(doc, fileLang);
    console.log(`${file} (${fileLang}, ${rules.name}, ${rules.better} is easier; section limit ${rules.section}, sheet ${rules.sheet}, sentences <= ${rules.maxSentenceWords} words)`);
    for (const r of rows) {
      console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.value.toFixed(1).padStart(6)}  ${r.id} (${r.counts.sentence} sentences, ${r.counts.word} words)`);
    }
    console.log(`  ${wholeOk ? 'pass' : 'FAIL'}  ${whole.toFixed(1).padStart(6)}  whole sheet`);
    if (keyPoints.rows.length) {
      const sheetWords = rules.keyPointsSheetWords === null ? '' : `, at most ${rules.keyPointsSheetWords} words in all`;
      console.log(`  key points (limit ${rules.keyPoints}; each at most ${rules.keyPointWords} words${sheetWords}):`);
      for (const r of keyPoints.rows) {
        console.log(`  ${r.ok ? 'pass' : 'FAIL'}  ${r.value.toFixed(1).padStart(6)}  ${r.id} (words ${r.words.join(', ')})`);
      }
      console.log(`  ${keyPoints.totalOk ? 'pass' : 'FAIL'}  ${String(keyPoints.total).padStart(6)}  words of key points in the whole sheet`);
    }
    for (const p of problems) console.log(`  problem: ${p}`);
    failed ||= problems.length > 0;
  }
  return failed ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
