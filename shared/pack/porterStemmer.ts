// M. F. Porter's suffix-stripping algorithm (Program 14(3), 1980), as SQLite's FTS "porter"
// tokenizer applies it: "refrigerated" and "refrigerator" both become "refriger". Drug names are
// never passed through it (wordForms.ts), so it cannot turn one drug into another.

const isVowelAt = (w: string, i: number): boolean => {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return true;
  return c === 'y' && i > 0 && !isVowelAt(w, i - 1);
};

/** The number of vowel–consonant sequences in a stem ("tr" 0, "trouble" 1, "troubles" 2). */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  while (i < stem.length && !isVowelAt(stem, i)) i++;
  while (i < stem.length) {
    while (i < stem.length && isVowelAt(stem, i)) i++;
    if (i >= stem.length) break;
    m++;
    while (i < stem.length && !isVowelAt(stem, i)) i++;
  }
  return m;
}

const hasVowel = (stem: string): boolean => {
  for (let i = 0; i < stem.length; i++) if (isVowelAt(stem, i)) return true;
  return false;
};
const endsDoubleConsonant = (w: string): boolean =>
  w.length > 1 && w[w.length - 1] === w[w.length - 2] && !isVowelAt(w, w.length - 1);
/** Consonant–vowel–consonant at the end, the last not w, x or y ("hop", not "hoop"). */
const endsCvc = (w: string): boolean => {
  const n = w.length;
  if (n < 3) return false;
  const last = w[n - 1]!;
  return !isVowelAt(w, n - 1) && isVowelAt(w, n - 2) && !isVowelAt(w, n - 3) && !'wxy'.includes(last);
};

/** Replaces the first matching suffix when the remaining stem satisfies `when`; true if a suffix matched. */
function replaceSuffix(w: { s: string }, rules: [string, string][], when: (stem: string) => boolean): boolean {
  for (const [from, to] of rules) {
    if (!w.s.endsWith(from)) continue;
    const stem = w.s.slice(0, -from.length);
    if (when(stem)) w.s = stem + to;
    return true;
  }
  return false;
}

const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['abli', 'able'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
];
const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];
const STEP4 = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
];

export function porterStem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/.test(word)) return word;
  const w = { s: word };
  // Step 1a: plurals.
  if (w.s.endsWith('sses')) w.s = w.s.slice(0, -2);
  else if (w.s.endsWith('ies')) w.s = w.s.slice(0, -2);
  else if (!w.s.endsWith('ss') && w.s.endsWith('s')) w.s = w.s.slice(0, -1);
  // Step 1b: -eed, -ed, -ing.
  if (w.s.endsWith('eed')) {
    if (measure(w.s.slice(0, -3)) > 0) w.s = w.s.slice(0, -1);
  } else {
    const suffix = w.s.endsWith('ed') ? 'ed' : w.s.endsWith('ing') ? 'ing' : null;
    if (suffix && hasVowel(w.s.slice(0, -suffix.length))) {
      w.s = w.s.slice(0, -suffix.length);
      if (w.s.endsWith('at') || w.s.endsWith('bl') || w.s.endsWith('iz')) w.s += 'e';
      else if (endsDoubleConsonant(w.s) && !/[lsz]$/.test(w.s)) w.s = w.s.slice(0, -1);
      else if (measure(w.s) === 1 && endsCvc(w.s)) w.s += 'e';
    }
  }
  // Step 1c: y → i after a vowel in the stem.
  if (w.s.endsWith('y') && hasVowel(w.s.slice(0, -1))) w.s = `${w.s.slice(0, -1)}i`;
  replaceSuffix(w, STEP2, (stem) => measure(stem) > 0);
  replaceSuffix(w, STEP3, (stem) => measure(stem) > 0);
  // Step 4: -ion only after s or t.
  for (const suffix of STEP4) {
    if (!w.s.endsWith(suffix)) continue;
    const stem = w.s.slice(0, -suffix.length);
    if (measure(stem) > 1 && (suffix !== 'ion' || /[st]$/.test(stem))) w.s = stem;
    break;
  }
  // Step 5: a final e, and a double l.
  if (w.s.endsWith('e')) {
    const stem = w.s.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) w.s = stem;
  }
  if (measure(w.s) > 1 && endsDoubleConsonant(w.s) && w.s.endsWith('l')) w.s = w.s.slice(0, -1);
  return w.s;
}
