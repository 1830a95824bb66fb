// The sentences of a section that answer the question best: scored by the rarity of the groups
// they hold (typed words over other forms and synonyms), returned whole and in text order. Only
// sentences holding one of the words are read, found from the words' positions, and reading stops
// once enough sentences reach the best score the section allows: a long section costs what its
// matches cost.
import { numeric } from '../../common/order.ts';
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
  for (const g of [...best.keys()].sort(numeric)) score += best.get(g)!;
  // A sentence holding more of the question's words beats one repeating a single word.
  return {
    score: score * (1 + best.size / Math.max(groups.length, 1)),
    marks: marks.sort((a, b) => a.start - b.start),
  };
}

/**
 * The highest score a sentence of this section can reach: every group by its best alternative, or,
 * when the section's occurrences were counted from its own words (`held`), only the groups and
 * alternatives it holds. (FTS4's match counts are not used for this: a prefix phrase may count 0 in a
 * row that holds it.)
 */
function ceiling(ctx: Bm25Context, groups: Group[], held: Map<string, number> | null): number {
  let sum = 0;
  let present = 0;
  groups.forEach((g, gi) => {
    const possible = held ? g.alts.filter((_, ai) => (held.get(`${gi}:${ai}`) ?? 0) > 0) : g.alts;
    if (possible.length === 0) return;
    sum += Math.max(...possible.map((a) => altValue(ctx, a.weight, a.documents)));
    present++;
  });
  return sum * (1 + present / Math.max(groups.length, 1));
}

const NOT_ASCII = /[^\t-~]/;

/**
 * The most a sentence can score, from which alternatives' first words occur in it as text. Words
 * are folded (accents removed) before they are compared, so a sentence with a non-ASCII character
 * is not bounded.
 */
function bound(ctx: Bm25Context, groups: Group[], lower: string, s: Sentence): number {
  const text = lower.slice(s.start, s.end);
  if (NOT_ASCII.test(text)) return Infinity;
  let sum = 0;
  let present = 0;
  for (const g of groups) {
    let top = -1;
    for (const a of g.alts) if (text.includes(a.tokens[0]!)) top = Math.max(top, altValue(ctx, a.weight, a.documents));
    if (top < 0) continue;
    sum += top;
    present++;
  }
  return sum * (1 + present / Math.max(groups.length, 1));
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
export function bestSentences(
  text: string,
  groups: Group[],
  ctx: Bm25Context,
  count: number,
  held: Map<string, number> | null = null,
): string[] {
  const lower = text.toLowerCase();
  const needles = [...new Set(groups.flatMap((g) => g.alts.map((a) => a.tokens[0]!)))].filter((n) => n.length > 0);
  // Folding that changes the text's length (rare letters) would shift offsets: then every sentence is read.
  const candidates = lower.length === text.length ? sentencesHolding(text, lower, needles) : sentences(text);
  const best = ceiling(ctx, groups, held);
  const scored: ({ s: Sentence } & ReturnType<typeof sentenceScore>)[] = [];
  const leaders: number[] = [];
  let atCeiling = 0;
  for (const s of candidates) {
    // A sentence that cannot beat the `count` best so far (an earlier one wins a tie) is not read.
    if (leaders.length >= count && bound(ctx, groups, lower, s) <= leaders[count - 1]!) continue;
    const words = tokens(text.slice(s.start, s.end)).map((t) => ({
      ...t,
      start: t.start + s.start,
      end: t.end + s.start,
    }));
    const x = { s, ...sentenceScore(ctx, groups, words) };
    if (x.score <= 0) continue;
    scored.push(x);
    leaders.push(x.score);
    leaders.sort((a, b) => b - a).splice(count);
    // Ties keep text order, so the first `count` sentences at the ceiling are the answer.
    if (x.score >= best && ++atCeiling >= count) break;
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
