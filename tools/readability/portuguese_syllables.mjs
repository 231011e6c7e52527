// portuguese_syllables.mjs: syllables of a Portuguese word, by its vowel nuclei, the way
// spanish_syllables.mjs counts them. Two full vowels, or an accented í/ú beside another vowel, are
// two syllables (po-e-ta, sa-ú-de); i and u beside a vowel glide into it (pai, qua-se); the nasal
// diphthongs ão, ãe, õe are one (pão, mães, ações); final -am/-em are one syllable already.

const FULL = new Set(['a', 'e', 'o', 'á', 'à', 'â', 'ã', 'é', 'ê', 'ó', 'ô', 'õ', 'í', 'ú']);
const GLIDE = new Set(['i', 'u', 'ü']);
const NASAL = new Set(['ã', 'õ']);

export function portugueseSyllables(word) {
  const w = word.toLowerCase().normalize('NFC').replace(/[^a-zàáâãçéêíóôõúü]/g, '');
  if (!w) return 0;
  let count = 0;
  let prev = '';  // '' outside a vowel group, else 'full' or 'glide'
  for (let i = 0; i < w.length; i += 1) {
    const c = w[i];
    const nasalGlide = (c === 'o' || c === 'e') && NASAL.has(w[i - 1]);  // pão, mãe, põe
    const kind = nasalGlide ? 'glide' : FULL.has(c) ? 'full' : GLIDE.has(c) ? 'glide' : '';
    if (!kind) { prev = ''; continue; }
    if (!prev || (prev === 'full' && kind === 'full')) count += 1;
    prev = kind === 'full' || prev === 'full' ? 'full' : 'glide';
  }
  return count;
}
