// The full-text index's words, for correcting a misspelled search word: built once per open pack,
// on the first search that needs it (drug names have their own index, nameIndex.ts).
import { frequentTerms } from '../queries/sections.ts';
import { Lexicon } from './lexicon.ts';
import { perPack } from '../pack/perPack.ts';

/** Full-text index words found in at least two sections. */
export const termsFor = perPack((db) => new Lexicon(frequentTerms(db)));
