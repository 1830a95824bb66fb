// The word-form groups of the full-text vocabulary, shared by the pack writer (which stores each
// index word's group in term_df.stem) and the search (which expands a typed word into its group).
import { porterStem } from './porterStemmer.ts';

/** A one-word brand found in more sections than this is an everyday word there, not a name. */
export const EVERYDAY_WORD = 20;

/** The group key of an index word: its stem, or the word itself for a drug name or a short word. */
export function indexStem(word: string, isDrugWord: boolean): string {
  return isDrugWord || word.length < 4 || !/^[a-z]+$/.test(word) ? `=${word}` : porterStem(word);
}

/**
 * Words of drug names that are never stemmed: every word of a generic, synonym, salt or
 * abbreviation name, and one-word brands that are not everyday words in the text.
 */
export function drugNameWords(
  names: Iterable<{ norm: string; kinds: string[] }>,
  frequency: (word: string) => number,
): Set<string> {
  const out = new Set<string>();
  for (const { norm, kinds } of names) {
    const words = norm.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
    if (kinds.some((k) => k !== 'brand')) words.forEach((w) => out.add(w));
    else if (words.length === 1 && frequency(words[0]!) <= EVERYDAY_WORD) out.add(words[0]!);
  }
  return out;
}
