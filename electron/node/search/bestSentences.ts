// The sentences of a section that answer the question best: scored by the rarity of the groups
// they hold (typed words over other forms and synonyms), returned whole and in text order. Only
// sentences holding one of the words are read, found from the words' positions, and reading stops
// once enough sentences hold every group at its best: a long section costs what its matches cost.
import { idf, occurrences, type Bm25Context } from './matching.ts';
import type { Group } from './question.ts';
import { markedSentence, sentenceAt, sentences, tokens, type Sentence, type Token } from './sentences.ts';

/** How much a group adds to a sentence's score: its best alternative's weighted rarity. */
const altValue = (ctx: Bm25Context, weight: number, documents: number) => weight * idf(ctx, documents);

function sentenceScore(ctx: Bm25Context, groups: Group[], words: Token[]): { score: number; marks: Token[] } {
  const found = occurrences(words, groups);
  const best = new Map<number, number>();
  const marks: Token[] = [];
  for (const o of found) {
    const alt = groups[o.group]!.alts[o.alt]!;
    best.set(o.group, Math.max(best.get(o.group) ?? 0, altValue(ctx, alt.weight, alt.documents)));
    for (let k = o.at; k < o.at + o.length; k++) marks.push(words[k]!);
  }
  // Summed in group order, so equal sentences score exactly equal and the earlier one wins.
  let score = 0;
  for (const g of [...best.keys()].sort((a, b) => a - b)) score += best.get(g)!;
  // A sentence holding more of the question's words beats one repeating a single word.
  return {
    score: score * (1 + best.size / Math.max(groups.length, 1)),
    marks: marks.sort((a, b) => a.start - b.start),
  };
}

/** The highest score a sentence can reach: every group by its best alternative. */
function bestPossible(ctx: Bm25Context, groups: Group[]): number {
  let sum = 0;
  let held = 0;
  for (const g of groups) {
    if (g.alts.length === 0) continue;
    sum += Math.max(...g.alts.map((a) => altValue(ctx, a.weight, a.documents)));
    held++;
  }
  return sum * (1 + held / Math.max(groups.length, 1));
}

/** Sentences holding one of the needles, in text order, each found from the needle's position. */
function* sentencesHolding(text: string, lower: string, needles: string[]): Generator<Sentence> {
  const next = needles.map((n) => lower.indexOf(n));
  let from = 0;
  for (;;) {
    let at = -1;
    next.forEach((p, i) => {
      const q = p >= 0 && p < from ? lower.indexOf(needles[i]!, from) : p;
      next[i] = q;
      if (q >= 0 && (at < 0 || q < at)) at = q;
    });
    if (at < 0) return;
    const s = sentenceAt(text, at);
    yield s;
    from = s.end;
  }
}

/** Up to `count` marked sentences; a sentence scoring under 40 % of the best is left out. */
export function bestSentences(text: string, groups: Group[], ctx: Bm25Context, count: number): string[] {
  const lower = text.toLowerCase();
  const needles = [...new Set(groups.flatMap((g) => g.alts.map((a) => a.tokens[0]!)))].filter((n) => n.length > 0);
  // Folding that changes the text's length (rare letters) would shift offsets: then every sentence is read.
  const candidates = lower.length === text.length ? sentencesHolding(text, lower, needles) : sentences(text);
  const ceiling = bestPossible(ctx, groups);
  const scored: ({ s: Sentence } & ReturnType<typeof sentenceScore>)[] = [];
  let atCeiling = 0;
  for (const s of candidates) {
    const words = tokens(text.slice(s.start, s.end)).map((t) => ({
      ...t,
      start: t.start + s.start,
      end: t.end + s.start,
    }));
    const x = { s, ...sentenceScore(ctx, groups, words) };
    if (x.score <= 0) continue;
    scored.push(x);
    // Ties keep text order, so the first `count` sentences at the ceiling are the answer.
    if (x.score >= ceiling && ++atCeiling >= count) break;
  }
  scored.sort((a, b) => b.score - a.score);
  const top = scored[0]?.score ?? 0;
  return scored
    .slice(0, count)
    .filter((x) => x.score >= top * 0.4)
    .sort((a, b) => a.s.start - b.s.start)
    .map((x) => markedSentence(text, x.s, x.marks));
}

/** The opening sentences, for a section asked about by name whose words are not the question's. */
export function openingSentences(text: string, count: number): string[] {
  const out: string[] = [];
  for (const s of sentences(text)) {
    if (out.length >= count) break;
    out.push(markedSentence(text, s, []));
  }
  return out;
}
