// The sentences of a section that answer the question best: scored by the rarity of the groups
// they hold (typed words over other forms and synonyms), returned whole and in text order. Only
// sentences holding one of the words as words are considered, found from the words' positions; one
// that cannot beat the best so far is not read, and reading stops once enough sentences reach the best
// score the section allows: a long section costs what its matches cost.
import { numeric } from '../../common/order.ts';
import { idf, occurrences, type Bm25Context } from './matching.ts';
import type { Group } from './question.ts';
import { foldsToWord, markedSentence, sentenceAt, sentences, tokens, type Sentence, type Token } from './sentences.ts';

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

interface Needle {
  word: string;
  /** The groups whose alternatives start with this word, each with its value. */
  entries: { group: number; value: number; open: boolean }[];
  /** Any of them a one-word prefix alternative, which may run on into a longer word. */
  open: boolean;
  /** The next occurrence as a word at or after the reading position, or -1. */
  next: number;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** The next occurrence of the needle at or after `from` that can begin a token the needle's alternatives match. */
function nextWord(lower: string, n: Needle, from: number): number {
  for (let at = lower.indexOf(n.word, from); at >= 0; at = lower.indexOf(n.word, at + 1)) {
    if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
    if (!n.open && isWordChar(lower.charCodeAt(at + n.word.length))) continue;
    return at;
  }
  return -1;
}

/** Positions of the characters outside ASCII that fold to a letter or digit ("é", "²"; not "µ", "•"). */
function foldingLetters(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 9 && c <= 126) continue;
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (foldsToWord(ch)) out.push(i);
    i += ch.length - 1;
  }
  return out;
}

interface Candidate extends Sentence {
  /** The most the sentence can score (Infinity when not known). */
  bound: number;
}

/** The score of a sentence holding these groups at these values: summed in group order, as sentenceScore sums. */
function scoreOf(top: Float64Array): number {
  let sum = 0;
  let present = 0;
  for (const v of top)
    if (v >= 0) {
      sum += v;
      present++;
    }
  return sum * (1 + present / Math.max(top.length, 1));
}

/**
 * The sentences that may score, in text order, each with the most it can score: its groups by their
 * best alternative whose first word occurs in it as a word (a one-word prefix alternative's may run
 * on). Tokens are letter and digit runs, so an occurrence beside an ASCII letter or digit is never one
 * of them. Words are folded before they are compared, so a sentence with a character that folds to a
 * letter or digit ("é") is read and not bounded; other characters outside ASCII ("•", "µ") only
 * separate words. Every occurrence lies inside one sentence (words hold no space, sentences end at
 * spaces).
 */
function* candidates(text: string, lower: string, needles: Needle[], folding: number[], groups: number) {
  const top = new Float64Array(groups);
  let f = 0;
  for (;;) {
    // A sentence with a folded letter may hold a word only as folded: it is read too, unbounded.
    let at = f < folding.length ? folding[f]! : -1;
    for (const n of needles) if (n.next >= 0 && (at < 0 || n.next < at)) at = n.next;
    if (at < 0) return;
    const s = sentenceAt(text, at);
    top.fill(-1);
    for (const n of needles)
      while (n.next >= 0 && n.next < s.end) {
        const closed = !isWordChar(lower.charCodeAt(n.next + n.word.length));
        for (const e of n.entries) if (closed || e.open) top[e.group] = Math.max(top[e.group]!, e.value);
        n.next = nextWord(lower, n, n.next + 1);
      }
    const bounded = f >= folding.length || folding[f]! >= s.end;
    while (f < folding.length && folding[f]! < s.end) f++;
    const c: Candidate = { ...s, bound: bounded ? scoreOf(top) : Infinity };
    yield c;
  }
}

type Scored = { s: Sentence } & ReturnType<typeof sentenceScore>;

function score(ctx: Bm25Context, groups: Group[], text: string, s: Sentence): Scored {
  const words = tokens(text.slice(s.start, s.end)).map((t) => ({
    ...t,
    start: t.start + s.start,
    end: t.end + s.start,
  }));
  return { s, ...sentenceScore(ctx, groups, words) };
}

/** Higher score first, then the earlier sentence. */
const before = (x: Scored, y: Scored) => y.score - x.score || x.s.start - y.s.start;

function needlesOf(ctx: Bm25Context, groups: Group[], lower: string): Needle[] {
  const byWord = new Map<string, Needle>();
  groups.forEach((g, gi) =>
    g.alts.forEach((a) => {
      const word = a.tokens[0]!;
      if (word.length === 0) return;
      const n = byWord.get(word) ?? { word, entries: [], open: false, next: -1 };
      const open = a.prefix && a.tokens.length === 1;
      n.entries.push({ group: gi, value: altValue(ctx, a.weight, a.documents), open });
      n.open ||= open;
      byWord.set(word, n);
    }),
  );
  const needles = [...byWord.values()];
  for (const n of needles) n.next = nextWord(lower, n, 0);
  return needles;
}

/**
 * Up to `count` marked sentences, the best-scoring first and the earlier one on a tie; a sentence
 * scoring under 40 % of the best is left out. A sentence that cannot beat the `count` best so far is
 * not read, and reading stops once `count` sentences score what the best possible sentence would.
 */
export function bestSentences(text: string, groups: Group[], ctx: Bm25Context, count: number): string[] {
  const lower = text.toLowerCase();
  const scored: Scored[] = [];
  const leaders: number[] = [];
  // Folding that changes the text's length (rare letters) would shift offsets: then every sentence is read.
  const aligned = lower.length === text.length;
  const needles = needlesOf(ctx, groups, lower);
  const folding = aligned ? foldingLetters(text) : [];
  const unbounded = !aligned || folding.length > 0;
  // The best a sentence can do: every group whose words occur as words in the text, or, when folded
  // letters could make more words, every group. A needle's first occurrence stands for all of them: a
  // closed needle finds only whole words, and an open one may run on at its first occurrence ("gdose")
  // and stand alone at a later one ("g"), so each of its groups counts.
  const ceiling = new Float64Array(groups.length).fill(-1);
  for (const n of needles)
    for (const e of n.entries) if (unbounded || n.next >= 0) ceiling[e.group] = Math.max(ceiling[e.group]!, e.value);
  const best = scoreOf(ceiling);
  let atCeiling = 0;
  const all = aligned
    ? candidates(text, lower, needles, folding, groups.length)
    : [...sentences(text)].map((s) => ({ ...s, bound: Infinity }));
  for (const c of all) {
    // A sentence that cannot beat the `count` best so far (an earlier one wins a tie) is not read.
    if (leaders.length >= count && c.bound <= leaders[count - 1]!) continue;
    const x = score(ctx, groups, text, c);
    if (x.score <= 0) continue;
    scored.push(x);
    leaders.push(x.score);
    leaders.sort((a, b) => b - a).splice(count);
    // Ties keep text order, so the first `count` sentences at the ceiling are the answer.
    if (x.score >= best && ++atCeiling >= count) break;
  }
  scored.sort(before);
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
