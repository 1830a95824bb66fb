// Spelling correction compares a word only with index words near its length, and skips most of
// those by letter counts: it must find what comparing the word with every word finds.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareText } from '../../electron/common/order.ts';
import { allowedEdits, editDistance } from '../../electron/node/search/editDistance.ts';
import { termsFor } from '../../electron/node/search/indexTerms.ts';
import { Lexicon } from '../../electron/node/search/lexicon.ts';
import { nameIndex } from '../../electron/node/search/nameIndex.ts';
import { realPack } from '../support/pack.ts';

let lexicons: Lexicon[];
beforeAll(async () => {
  const { db } = await realPack();
  lexicons = [nameIndex(db).lexicon, termsFor(db)];
});

function everyWord(lexicon: Lexicon, word: string, limit: number, maxEdits: number): string[] {
  if (maxEdits === 0) return [];
  return lexicon.words
    .filter((w) => w !== word)
    .map((w) => [w, editDistance(word, w, maxEdits)] as const)
    .filter(([, d]) => d <= maxEdits)
    .sort((x, y) => x[1] - y[1] || compareText(x[0], y[0]))
    .slice(0, limit)
    .map(([w]) => w);
}

describe('the lexicon', () => {
  it('finds the closest words that comparing with every word finds', () => {
    // Words of the lexicon with a few random edits, whole questions, and short and long strings.
    const edited = fc
      .tuple(
        fc.integer({ min: 0, max: 1 }),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...'abcdeilmnorstuxz '.split(''))), { maxLength: 3 }),
      )
      .map(([which, pick, edits]) => {
        const words = lexicons[which]!.words;
        let w = words[pick % words.length]!;
        for (const [at, ch] of edits) {
          const i = at % (w.length + 1);
          w = at % 3 === 0 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + ch + w.slice(i + (at % 3 === 1 ? 1 : 0));
        }
        return w;
      });
    const word = fc.oneof(
      edited,
      fc.constantFrom('lovenox dosing crcl under 30', 'sertraline pediatric', 'amoxicilin', 'metforman', 'x'),
      fc.stringMatching(/^[a-z ]{1,30}$/),
    );
    fc.assert(
      fc.property(word, fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 5 }), (w, which, limit) => {
        const lexicon = lexicons[which]!;
        for (const maxEdits of [allowedEdits(w.length), 3])
          expect(lexicon.closest(w, limit, maxEdits)).toEqual(everyWord(lexicon, w, limit, maxEdits));
      }),
      { numRuns: 60, seed: 17 },
    );
  });
});
