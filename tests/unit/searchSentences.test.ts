import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentenceAt, sentences } from '../../electron/node/search/sentences.ts';

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
