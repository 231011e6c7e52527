// text.mjs: the words a reader reads in one section of a sheet, split into sentences and words.
// Citation markers are not read; every text field ends a sentence (titles, labels and list items
// stand alone on the screen), and inside a field a sentence ends at . ! or ? before a capital.

const CITATION = /\[\^S[0-9]+\]/g;

// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS = new Set([
  'u.s.', 'ee.', 'uu.', 'rep.', 'sen.', 'dr.', 'mr.', 'ms.', 'mrs.', 'no.', 'vol.', 'inc.', 'jr.',
  'st.', 'e.g.', 'i.e.', 'p.', 'pp.', 'v.', 'vs.', 'etc.', 'sra.', 'sr.', 'núm.', 'pág.', 'fig.',
]);

// Each readable field of a block, in reading order.
export function blockFields(block) {
  const out = [];
  const push = (s) => { if (typeof s === 'string' && s.trim()) out.push(s); };
  push(block.title);
  push(block.question);
  push(block.text);
  if (block.type === 'figure') push([block.value, block.unit, block.label].filter(Boolean).join(' '));
  for (const item of block.items ?? []) {
    if (typeof item === 'string') push(item);
    else { push(item.label); push(item.text); }
  }
  push(block.speaker);
  push(block.role);
  push(block.caption);
  push(block.note);
  for (const series of block.series ?? []) push(series.label);
  for (const event of block.events ?? []) { push(event.label); push(event.text); }
  return out;
}

// A section's key points (FORMAT.md, "Sections"): what a reader who reads nothing else reads.
export function keyPointItems(section) {
  return section.blocks.filter((b) => b.type === 'key_points').flatMap((b) => b.items ?? []);
}

export function sectionFields(section) {
  return [section.title, ...section.blocks.flatMap(blockFields)].filter(Boolean);
}

function endsSentence(token, next) {
  if (!/[.!?][”’"')\]]*$/.test(token)) return false;
  if (next === undefined) return true;
  const bare = token.replace(/[”’"')\]]+$/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare.replace(/^[“‘"(¿¡]+/, ''))) return false;
  if (/^[“‘"(¿¡]*([a-z]\.)+$/i.test(bare)) return false;  // initials: G.T., D.C.
  return /^[“‘"(¿¡]*[\p{Lu}0-9]/u.test(next);
}

// The sentences of one field, each as its list of tokens (whitespace-separated).
export function sentences(field) {
  const tokens = field.replace(CITATION, '').split(/\s+/).filter(Boolean);
  const out = [];
  let current = [];
  tokens.forEach((token, i) => {
    current.push(token);
    if (endsSentence(token, tokens[i + 1])) { out.push(current); current = []; }
  });
  if (current.length) out.push(current);
  return out;
}

// A token's word parts as a reader sounds them out: letters only, hyphenated parts apart.
// A token without letters (a number, a dash) is no word to sound out and has no parts.
export function wordParts(token) {
  return token.split(/[-‐–—\/]/).map((p) => p.replace(/[^\p{L}']/gu, '').replace(/^'+|'+$/g, ''))
    .filter((p) => /\p{L}/u.test(p));
}

// How many words a sentence has, numbers included (the sentence-length rule counts them).
export function sentenceLength(tokens) {
  return tokens.filter((t) => /[\p{L}0-9]/u.test(t)).length;
}
