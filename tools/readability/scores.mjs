// scores.mjs: the readability formulas and each language's limits.
// English: Flesch-Kincaid grade (npm flesch-kincaid) with npm syllable's counts.
// Spanish: Fernández-Huerta, corrected form: 206.84 - 0.60 P - 1.02 F, where P is syllables per
// 100 words and F words per sentence; higher is easier.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { spanishSyllables } from './spanish_syllables.mjs';
import { portugueseSyllables } from './portuguese_syllables.mjs';
import { sentences, sentenceLength, wordParts } from './text.mjs';

export function fernandezHuerta({ sentence, word, syllable: syllables }) {
  if (!sentence || !word) return Number.NaN;
  return 206.84 - 0.6 * (100 * syllables / word) - 1.02 * (word / sentence);
}

// Portuguese: Flesch as adapted by Martins, Ghiraldelo, Nunes and Oliveira Jr. (1996), for
// Brazilian Portuguese: 248.835 - 1.015 ASL - 84.6 ASW, ASL words per sentence, ASW syllables per
// word; higher is easier (75 and up "very easy", 50-75 "easy" in their bands).
export function fleschMartins({ sentence, word, syllable: syllables }) {
  if (!sentence || !word) return Number.NaN;
  return 248.835 - 1.015 * (word / sentence) - 84.6 * (syllables / word);
}

// Per language: how a word's syllables are counted, the formula, and the limits the sheet keeps.
// `better` says which way the score improves, so one comparison serves both formulas.
// The key points (a section's answer) are held to stricter limits: `keyPoints` for the score of a
// section's key points together, `keyPointWords` for one key point, `keyPointsSheetWords` for all
// of a sheet's (null: no limit). src/content/rules.cpp holds the same word limits in the checker.
export const LANGUAGES = {
  en: {
    name: 'Flesch-Kincaid grade', syllables: syllable, score: fleschKincaid,
    better: 'lower', section: 8, sheet: 7.5, maxSentenceWords: 25,
    keyPoints: 6.5, keyPointWords: 20, keyPointsSheetWords: 900,
  },
  es: {
    name: 'Fernández-Huerta', syllables: spanishSyllables, score: fernandezHuerta,
    better: 'higher', section: 70, sheet: 70, maxSentenceWords: 30,
    keyPoints: 78, keyPointWords: 24, keyPointsSheetWords: null,
  },
  // Limits in the "easy" band, set where the translation of sections that pass in English and
  // Spanish scores (tests/tools/readability.test.mjs holds the reasons).
  'pt-BR': {
    name: 'Flesch (Martins et al. 1996)', syllables: portugueseSyllables, score: fleschMartins,
    better: 'higher', section: 50, sheet: 60, maxSentenceWords: 30,
    keyPoints: 60, keyPointWords: 24, keyPointsSheetWords: null,
  },
  // Haitian Creole has no established readability formula: short sentences only (and the terms
  // of data/terms/ht.md, kept by hand).
  ht: {
    name: 'no formula (sentences only)', syllables: () => 1, score: () => Number.NaN,
    better: 'higher', section: null, sheet: null, maxSentenceWords: 25,
    keyPoints: null, keyPointWords: 24, keyPointsSheetWords: null,
  },
};

// Counts over a list of text fields: sentences, words and syllables for the formula (words are
// the tokens with letters; numbers count only towards a sentence's length), and every sentence
// with its length.
export function countFields(fields, lang) {
  const rules = LANGUAGES[lang];
  const counts = { sentence: 0, word: 0, syllable: 0, sentences: [] };
  for (const field of fields) {
    for (const tokens of sentences(field)) {
      const words = tokens.map(wordParts).filter((parts) => parts.length);
      if (!words.length) continue;
      counts.sentence += 1;
      counts.word += words.length;
      counts.syllable += words.flat().reduce((n, part) => n + Math.max(1, rules.syllables(part)), 0);
      counts.sentences.push({ text: tokens.join(' '), words: sentenceLength(tokens) });
    }
  }
  return counts;
}

export function score(counts, lang) {
  return LANGUAGES[lang].score(counts);
}

export function withinLimit(value, limit, lang) {
  if (limit === null) return true;  // a language without a formula
  return LANGUAGES[lang].better === 'lower' ? value <= limit : value >= limit;
}
