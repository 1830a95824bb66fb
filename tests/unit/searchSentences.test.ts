import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bestSentences } from '../../electron/node/search/bestSentences.ts';
import { idf, occurrences, type Bm25Context } from '../../electron/node/search/matching.ts';
import type { Group } from '../../electron/node/search/question.ts';
import {
  isSpace,
  markedSentence,
  sentenceAt,
  sentences,
  tokens,
  type Token,
} from '../../electron/node/search/sentences.ts';

// Text made of the characters that decide sentence boundaries: stops, capitals, digits, bullets,
// brackets, quotes, spaces of every kind and line breaks.
const pieces = [
  'a',
  'b',
  'Z',
  '7',
  '.',
  '!',
  '?',
  ' ',
  '  ',
  '\n',
  ' \n ',
  '\t',
  '\u00a0',
  '•',
  '(',
  '"',
  '“',
  "'",
  '[',
  'e.g.',
  '2.5',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''));

describe('finding a sentence from a position inside it', () => {
  it('gives the span the whole-text split gives, for every character that is not a space', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const s of sentences(t))
          for (let at = s.start; at < s.end; at++) if (!/\s/.test(t[at]!)) expect(sentenceAt(t, at)).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('splits label prose as the whole-text split does', () => {
    const label = 'Take 2.5 mg daily, e.g. with food. Do not crush.\n• Store at 20°C (68°F). "Keep dry." [See 5.1]';
    const spans = [...sentences(label)];
    expect(spans.map((s) => label.slice(s.start, s.end))).toEqual([
      'Take 2.5 mg daily, e.g. with food.',
      'Do not crush.',
      '• Store at 20°C (68°F).',
      // A closing quote is not a stop: the sentence runs on.
      '"Keep dry." [See 5.1]',
    ]);
    for (const s of spans) expect(sentenceAt(label, s.start)).toEqual(s);
  });
});

describe('white space by character code', () => {
  it('is exactly what /\\s/ matches, for every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

// Words as the index sees them, the plain way: every letter-and-digit run, folded, split at what
// folding leaves. tokens() reads ASCII runs without the Unicode classes and must agree.
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
function referenceTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = fold(m[0]);
    if (/^[a-z0-9]+$/.test(word)) out.push({ word, start: m.index, end: m.index + m[0].length });
    else
      for (const part of word.match(/[a-z0-9]+/g) ?? [])
        out.push({ word: part, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Label-like text with what folding changes: accents, ligatures, superscripts, Greek, a dotted
// capital I, letters outside the BMP, combining marks, symbols and odd spaces.
const letters = [
  'dose',
  'Dose',
  'DOSING',
  'naïve',
  'naive',
  'créatinine',
  'creatinine',
  'clearance',
  'renal',
  'adrenal',
  'iv',
  'give',
  '30',
  '300',
  'mg',
  'µg',
  'm²',
  'ﬁbrosis',
  'İ',
  'ß',
  'e\u0301',
  '𝐀dose',
  'αdose',
  'dose–response',
  '≥',
  '•',
  '°C',
  '®',
  '.',
  ',',
  '-',
  '(',
  ')',
  ' ',
  ' ',
  ' ',
  '\n',
  '\u00a0',
  'Stop.',
  'e.g.',
];
const labelText = fc.array(fc.constantFrom(...letters), { maxLength: 80 }).map((xs) => xs.join(''));

describe('tokens', () => {
  it('are the letter-and-digit runs, folded, with their offsets', () => {
    fc.assert(
      fc.property(labelText, (t) => {
        expect(tokens(t)).toEqual(referenceTokens(t));
      }),
      { numRuns: 3000 },
    );
  });
});

// The best sentences the plain way: score every sentence, keep the best `count` (the earlier on a
// tie), drop those under 40 % of the best. bestSentences reads only sentences that can win.
const ctx: Bm25Context = { sections: 1000, averageLength: 300 };
function referenceBest(text: string, groups: Group[], count: number): string[] {
  const scored = [...sentences(text)].flatMap((s) => {
    const words = tokens(text.slice(s.start, s.end)).map((t) => ({
      ...t,
      start: t.start + s.start,
      end: t.end + s.start,
    }));
    const best = new Map<number, number>();
    const marks: Token[] = [];
    for (const o of occurrences(words, groups)) {
      const alt = groups[o.group]!.alts[o.alt]!;
      best.set(o.group, Math.max(best.get(o.group) ?? 0, alt.weight * idf(ctx, alt.documents)));
      for (let k = o.at; k < o.at + o.length; k++) marks.push(words[k]!);
    }
    let sum = 0;
    for (const g of [...best.keys()].sort((a, b) => a - b)) sum += best.get(g)!;
    const score = sum * (1 + best.size / Math.max(groups.length, 1));
    return score > 0 ? [{ s, score, marks: marks.sort((a, b) => a.start - b.start) }] : [];
  });
  scored.sort((x, y) => y.score - x.score);
  const top = scored[0]?.score ?? 0;
  return scored
    .slice(0, count)
    .filter((x) => x.score >= top * 0.4)
    .sort((a, b) => a.s.start - b.s.start)
    .map((x) => markedSentence(text, x.s, x.marks));
}

const alternative = fc.record({
  tokens: fc.array(
    fc.constantFrom('dose', 'dos', 'naive', 'creatinine', 'clearance', 'renal', 'iv', '30', 'mg', 'fibrosis', 'g', 'i'),
    {
      minLength: 1,
      maxLength: 2,
    },
  ),
  weight: fc.constantFrom(1, 0.7, 0.6),
  kind: fc.constantFrom('exact' as const, 'form' as const, 'synonym' as const),
  prefix: fc.boolean(),
  documents: fc.integer({ min: 1, max: 999 }),
});
const groups = fc.array(
  fc.record({
    label: fc.constant('w'),
    alts: fc.array(alternative, { minLength: 1, maxLength: 3 }),
    drugId: fc.constant(null),
    sections: fc.constant<Group['sections']>([]),
  }),
  { minLength: 1, maxLength: 4 },
);
const sentenceText = fc
  .array(fc.oneof(fc.constantFrom(...letters), fc.constantFrom('. ', '. The ', '.\n', ' • ')), { maxLength: 120 })
  .map((xs) => xs.join(''));

describe('best sentences', () => {
  it('read on past a sentence where a word runs on, to one where it stands alone', () => {
    // "g" as a prefix (one group) and as a whole word (another): the first sentence holds it only run
    // on ("gdose"), the second alone, and is the better one (found by the property below).
    const g = (prefix: boolean): Group => ({
      label: 'w',
      alts: [
        { tokens: ['g'], weight: 1, kind: 'exact', prefix, documents: 1 },
        { tokens: ['dose'], weight: 1, kind: 'exact', prefix: false, documents: 1 },
      ],
      drugId: null,
      sections: [],
    });
    for (const t of ['gdose. The g', 'µgdose. The µg'])
      expect(bestSentences(t, [g(true), g(false)], ctx, 1)).toEqual(referenceBest(t, [g(true), g(false)], 1));
  });

  it('are the ones scoring every sentence would choose', () => {
    fc.assert(
      fc.property(sentenceText, groups, fc.constantFrom(1, 3), (t, g, count) => {
        expect(bestSentences(t, g, ctx, count)).toEqual(referenceBest(t, g, count));
      }),
      { numRuns: 3000 },
    );
  });
});
