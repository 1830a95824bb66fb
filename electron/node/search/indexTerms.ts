// The full-text index's words, for correcting a misspelled search word: built once per open pack,
// on the first search that needs it (drug names have their own index, nameIndex.ts).
import type { Database } from 'sql.js';
import { frequentTerms } from '../queries/sections.ts';
import { Lexicon } from './lexicon.ts';

const terms = new WeakMap<Database, Lexicon>();

/** Full-text index words found in at least two sections. */
export function termsFor(db: Database): Lexicon {
  let lexicon = terms.get(db);
  if (!lexicon) {
    lexicon = new Lexicon(frequentTerms(db));
    terms.set(db, lexicon);
  }
  return lexicon;
}
