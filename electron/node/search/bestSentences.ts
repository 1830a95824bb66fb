// The sentences of a section that answer the question best: scored by the rarity of the groups
// they hold (typed words over other forms and synonyms), returned whole and in text order.
import { idf, occurrences, type Bm25Context } from './matching.ts';
import type { Group } from './question.ts';
import { markedSentence, sentences, tokens, type Token } from './sentences.ts';

function sentenceScore(ctx: Bm25Context, groups: Group[], words: Token[]): { score: number; marks: Token[] } {
  const found = occurrences(words, groups);
  const best = new Map<number, number>();
  const marks: Token[] = [];
  for (const o of found) {
    const alt = groups[o.group]!.alts[o.alt]!;
    best.set(o.group, Math.max(best.get(o.group) ?? 0, alt.weight * idf(ctx, alt.documents)));
    for (let k = o.at; k < o.at + o.length; k++) marks.push(words[k]!);
  }
  let score = 0;
  for (const v of best.values()) score += v;
  // A sentence holding more of the question's words beats one repeating a single word.
  return {
    score: score * (1 + best.size / Math.max(groups.length, 1)),
    marks: marks.sort((a, b) => a.start - b.start),
  };
}

/** Up to `count` marked sentences; a sentence scoring under 40 % of the best is left out. */
export function bestSentences(text: string, groups: Group[], ctx: Bm25Context, count: number): string[] {
  // Only sentences containing one of the words' first letters-run are tokenised: a section can be long.
  const lower = text.toLowerCase();
  const sameOffsets = lower.length === text.length;
  const needles = groups.flatMap((g) => g.alts.map((a) => a.tokens[0]!));
  const scored = sentences(text)
    .filter((s) => !sameOffsets || needles.some((n) => lower.slice(s.start, s.end).includes(n)))
    .map((s) => {
      const words = tokens(text.slice(s.start, s.end)).map((t) => ({
        ...t,
        start: t.start + s.start,
        end: t.end + s.start,
      }));
      return { s, ...sentenceScore(ctx, groups, words) };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score);
  const top = scored[0]?.score ?? 0;
  return scored
    .slice(0, count)
    .filter((x) => x.score >= top * 0.4)
    .sort((a, b) => a.s.start - b.s.start)
    .map((x) => markedSentence(text, x.s, x.marks));
}

/** The opening sentences, for a section asked about by name whose words are not the question's. */
export function openingSentences(text: string, count: number): string[] {
  return sentences(text)
    .slice(0, count)
    .map((s) => markedSentence(text, s, []));
}
