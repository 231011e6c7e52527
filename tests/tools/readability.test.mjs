// readability.test.mjs: the readability checker on fixed texts with known scores, the Spanish
// syllable counter on words whose syllables are known, and the sheet's own files within limits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spanishSyllables } from '../../tools/readability/spanish_syllables.mjs';
import { portugueseSyllables } from '../../tools/readability/portuguese_syllables.mjs';
import { LANGUAGES, countFields, score, fernandezHuerta, fleschMartins } from '../../tools/readability/scores.mjs';
import { sentences } from '../../tools/readability/text.mjs';
import { checkSheet } from '../../tools/readability.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const near = (a, b, what) => assert.ok(Math.abs(a - b) < 0.01, `${what}: ${a} (expected ${b})`);

test('Spanish syllables: diphthongs join, hiatus and accents split, y is a vowel only at the end', () => {
  const known = {
    a: 1, y: 1, hoy: 1, muy: 1, ya: 1, casa: 2, mayo: 2, leer: 2, 'país': 2, 'día': 2, ciudad: 2, guerra: 2,
    huevo: 2, 'reír': 2, 'oír': 2, cuota: 2, reyes: 2, aire: 2, guion: 1, tobillo: 3, 'pingüino': 3, poeta: 3,
    'caía': 3, Paraguay: 3, Uruguay: 3, 'murciélago': 4, 'aéreo': 4, 'inmigración': 4, 'electrónico': 5,
    grillete: 3, 'aplicación': 4, 'ubicación': 4, Fernández: 3, detención: 3,
  };
  for (const [word, n] of Object.entries(known)) assert.equal(spanishSyllables(word), n, word);
  assert.equal(spanishSyllables('1998'), 0, 'a number is no word');
});

test('sentences end at . ! ? before a capital, not after abbreviations, initials or inside numbers', () => {
  const lengths = (t) => sentences(t).map((s) => s.length);
  assert.deepEqual(lengths('ICE began in 2018.[^S26] People check in weekly. Some use voice!'), [4, 4, 3]);
  assert.deepEqual(lengths('The U.S. government paid $2.2 billion. Rep. Tlaib wrote in G.T. v. Trump.'), [6, 7]);
  assert.deepEqual(lengths('¿Qué es? Es un programa. EE. UU. lo usa.'), [2, 3, 4]);
  assert.deepEqual(lengths('It ended in 2025. and then'), [6], 'a lower-case word does not start a sentence');
});

test('Flesch-Kincaid grade of fixed English texts', () => {
  // 6 words, 6 syllables, 1 sentence: 0.39*6 + 11.8*1 - 15.59
  near(score(countFields(['The cat sat on the mat.'], 'en'), 'en'), -1.45, 'one short sentence');
  // 2 sentences, 10 words, 15 syllables (mon-i-tor 3, ev-ery 2 as npm syllable counts them)
  const c = countFields(['The monitor beeps at night. People charge it every day.'], 'en');
  assert.deepEqual([c.sentence, c.word], [2, 10]);
  near(score(c, 'en'), 0.39 * (c.word / c.sentence) + 11.8 * (c.syllable / c.word) - 15.59, 'the formula');
  assert.ok(c.syllable >= 13 && c.syllable <= 15, `syllables ${c.syllable}`);
  // Numbers count towards a sentence's length but are no words to sound out.
  const n = countFields(['In 2021 there were 96,574 people.'], 'en');
  assert.equal(n.word, 4);
  assert.equal(n.sentences[0].words, 6);
});

test('Fernández-Huerta of fixed Spanish texts', () => {
  // La(1) ca-sa(2) es(1) gran-de(2): 4 words, 6 syllables, 1 sentence: 206.84 - 0.6*150 - 1.02*4
  const c = countFields(['La casa es grande.'], 'es');
  assert.deepEqual([c.sentence, c.word, c.syllable], [1, 4, 6]);
  near(score(c, 'es'), 112.76, 'La casa es grande.');
  near(fernandezHuerta({ sentence: 2, word: 20, syllable: 40 }), 206.84 - 120 - 10.2, 'the corrected formula');
});

test('the checker fails a hard section and a long sentence, and passes an easy one', () => {
  const section = (id, text) => ({ id, title: 'A title', blocks: [{ id: id + '-p', type: 'paragraph', text }] });
  const easy = section('easy', 'ICE uses an app. It takes a photo of your face. It also checks where you are.');
  const hard = section('hard', 'Notwithstanding considerable administrative complexity, governmental institutions systematically institutionalize comprehensive electronic monitoring methodologies.');
  const long = section('long', Array.from({ length: 26 }, () => 'word').join(' ') + '.');
  const result = checkSheet({ sections: [easy, hard, long] }, 'en');
  assert.deepEqual(result.rows.map((r) => [r.id, r.ok]), [['easy', true], ['hard', false], ['long', true]]);
  assert.ok(result.problems.some((p) => p.startsWith('section hard: Flesch-Kincaid grade')));
  assert.ok(result.problems.some((p) => p.startsWith('section long: sentence of 26 words (limit 25)')));
  assert.ok(!result.problems.some((p) => p.startsWith('section easy')));
});

test('key points: held to their own stricter limits, each and all together, and their scores printed', () => {
  const topic = (id, points) => ({ id, title: 'A title', blocks: [
    { id: id + '-kp', type: 'key_points', items: points },
    { id: id + '-p', type: 'paragraph', text: 'The details. They are plain too.' },
  ] });
  const easy = topic('easy', ['ICE uses an app.[^S1]', 'It takes a photo of your face.[^S2]']);
  // Grade 8 reads fine in a section, not in its answer: over 6.5.
  const hard = topic('hard', ['Officers consider criminal history, community ties and humanitarian circumstances.[^S1]',
    'Enrollment fluctuated considerably between administrations.[^S2]']);
  const wordy = topic('wordy', [Array.from({ length: 21 }, () => 'word').join(' ') + '.[^S1]', 'Short.[^S2]']);
  const r = checkSheet({ sections: [easy, hard, wordy] }, 'en');
  assert.deepEqual(r.keyPoints.rows.map((row) => [row.id, row.ok]), [['easy', true], ['hard', false], ['wordy', false]]);
  assert.ok(r.problems.some((p) => p.startsWith('key points of hard: Flesch-Kincaid grade')), r.problems.join('\n'));
  assert.ok(r.problems.some((p) => p.startsWith('key point 1 of wordy: 21 words (limit 20)')));
  assert.deepEqual(r.keyPoints.rows[0].words, [4, 7]);
  // All of a sheet's English key points: at most 900 words.
  const many = Array.from({ length: 12 }, (_, i) => topic('t' + i, Array.from({ length: 4 }, () =>
    Array.from({ length: 19 }, () => 'cat').join(' ') + '.[^S1]')));
  const all = checkSheet({ sections: many }, 'en');
  assert.equal(all.keyPoints.total, 12 * 4 * 19);
  assert.ok(all.problems.includes('key points of the whole sheet: 912 words (limit 900)'));
  // Spanish: 24 words each, Fernández-Huerta 78 or more.
  const item = (n) => Array.from({ length: n / 2 }, () => 'Yo sí.').join(' ') + '[^S1]';
  const es = checkSheet({ sections: [topic('es', [item(24), 'Es una casa.[^S2]']), topic('es2', [item(26), 'Es una casa.[^S2]'])] }, 'es');
  assert.deepEqual(es.keyPoints.rows.map((row) => row.ok), [true, false]);
  assert.ok(es.problems.some((p) => p.startsWith('key point 1 of es2: 26 words (limit 24)')));
});

test('Portuguese syllables: nasal diphthongs and glides join, two full vowels and accented i/u split', () => {
  const known = {
    casa: 2, 'pão': 1, 'mães': 1, 'ações': 2, poeta: 3, 'saúde': 3, quase: 2, tornozeleira: 5,
    'imigração': 4, advogado: 4, 'você': 2, 'detenção': 3, 'país': 2, ficha: 2, 'também': 2, 'eletrônica': 5,
  };
  for (const [word, n] of Object.entries(known)) assert.equal(portugueseSyllables(word), n, word);
  assert.equal(portugueseSyllables('2024'), 0, 'a number is no word');
});

test('Flesch for Portuguese (Martins et al. 1996) of fixed texts, and why the limits are where they are', () => {
  // A(1) ca-sa(2) é(1) gran-de(2): 4 words, 6 syllables, 1 sentence: 248.835 - 1.015*4 - 84.6*1.5
  const c = countFields(['A casa é grande.'], 'pt-BR');
  assert.deepEqual([c.sentence, c.word, c.syllable], [1, 4, 6]);
  near(score(c, 'pt-BR'), 117.875, 'A casa é grande.');
  near(fleschMartins({ sentence: 2, word: 20, syllable: 40 }), 248.835 - 10.15 - 169.2, 'the formula');
  // Martins' bands: 75-100 very easy (school years 1-4), 50-75 easy (5-8), 25-50 hard, below 25 very
  // hard. Sections at 50 or more: the "easy" band, as English's grade 8. Key points 60 or more, about
  // a school year and a half easier, as English's grade 6.5 is; the whole sheet 60.
  const pt = LANGUAGES['pt-BR'];
  assert.deepEqual([pt.section, pt.sheet, pt.keyPoints, pt.keyPointWords], [50, 60, 60, 24]);
  const section = (id, text) => ({ id, title: 'Um título', blocks: [{ id: id + '-p', type: 'paragraph', text }] });
  const hard = section('hard', 'Administrativamente, considerações institucionalizadas caracterizaram monitoramentos eletrônicos governamentais.');
  const r = checkSheet({ sections: [section('easy', 'O ICE usa um app. Ele tira uma foto do seu rosto.'), hard] }, 'pt-BR');
  assert.deepEqual(r.rows.map((row) => row.ok), [true, false]);
  assert.ok(r.problems.some((p) => p.startsWith('section hard: Flesch (Martins et al. 1996)')), r.problems.join('\n'));
});

test('Haitian Creole: no formula, but no sentence over 25 words and key points of 24 words at most', () => {
  const para = (id, text) => ({ id, title: 'Yon tit', blocks: [{ id: id + '-p', type: 'paragraph', text }] });
  const words = (n) => Array.from({ length: n }, () => 'mo').join(' ') + '.';
  const r = checkSheet({ sections: [para('ok', words(25)), para('long', words(26))] }, 'ht');
  assert.deepEqual(r.rows.map((row) => row.ok), [true, true], 'no score to fail');
  assert.deepEqual(r.problems, ['section long: sentence of 26 words (limit 25): ' + words(26)]);
  const kp = checkSheet({ sections: [{ id: 'k', title: 'T', blocks: [
    { id: 'k-kp', type: 'key_points', items: [words(25).replace('.', '.[^S1]'), 'Wi.[^S2]'] },
    { id: 'k-p', type: 'paragraph', text: 'Detay yo.' }] }] }, 'ht');
  assert.ok(kp.problems.includes('key point 1 of k: 25 words (limit 24): ' + words(25).replace('.', '.[^S1]')), kp.problems.join('\n'));
});

for (const lang of ['en', 'es', 'pt-BR', 'ht']) {
  test(`data/${lang}.json is within the plain-language limits`, () => {
    const sheet = JSON.parse(readFileSync(path.join(root, `data/${lang}.json`), 'utf8'));
    const { problems } = checkSheet(sheet, lang);
    assert.deepEqual(problems, []);
  });
}
