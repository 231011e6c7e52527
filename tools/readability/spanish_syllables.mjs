// spanish_syllables.mjs: syllables of a Spanish word, by its vowel nuclei. Two strong vowels
// (a, e, o) or an accented í/ú next to another vowel are two syllables (hiatus: pa-ís, le-er);
// a weak vowel (i, u, ü, and y where no vowel follows it) joins its neighbours (ciu-dad, hoy).

const STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
const WEAK = new Set(['i', 'u', 'ü']);

export function spanishSyllables(word) {
  const w = word.toLowerCase().normalize('NFC').replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 0;
  let count = 0;
  let prev = '';  // '' outside a vowel group, else 'strong' or 'weak'
  for (let i = 0; i < w.length; i += 1) {
    const c = w[i];
    const vowelY = c === 'y' && !STRONG.has(w[i + 1]) && !WEAK.has(w[i + 1]) && (i > 0 || w.length === 1);
    const kind = STRONG.has(c) ? 'strong' : (WEAK.has(c) || vowelY) ? 'weak' : '';
    if (!kind) { prev = ''; continue; }
    if (!prev || (prev === 'strong' && kind === 'strong')) count += 1;
    // after a strong vowel, the group counts as strong: a-í-a is three, o-ia two
    prev = kind === 'strong' || prev === 'strong' ? 'strong' : 'weak';
  }
  return count;
}
