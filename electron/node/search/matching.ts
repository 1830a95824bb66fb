// Where a question's words occur in a section's tokens, and BM25 over the groups present: the
// word as typed counts fully, another form or a synonym less, so exact matches rank first.
import type { MatchReason } from '../../common/contract.ts';
import type { Alternative, Group } from './question.ts';
import type { Token } from './sentences.ts';

const keys: string[][] = [];
/** The key of a group's alternative in a counts map, "group:alternative", made once: sections are scored by the thousand. */
export function countKey(group: number, alt: number): string {
  const row = (keys[group] ??= []);
  return (row[alt] ??= `${group}:${alt}`);
}

export interface Occurrence {
  group: number;
  alt: number;
  /** Index of the first token and how many tokens the phrase spans. */
  at: number;
  length: number;
}

function occursAt(words: Token[], i: number, alt: Alternative): boolean {
  const last = alt.tokens.length - 1;
  for (let k = 0; k <= last; k++) {
    const w = words[i + k]?.word;
    if (w === undefined) return false;
    const t = alt.tokens[k]!;
    if (alt.prefix && k === last ? !w.startsWith(t) : w !== t) return false;
  }
  return true;
}

/** Every occurrence of every group's alternatives in the tokens. */
export function occurrences(words: Token[], groups: Group[]): Occurrence[] {
  const firsts = new Map<string, { group: number; alt: number }[]>();
  const prefixes: { group: number; alt: number }[] = [];
  groups.forEach((g, gi) => {
    g.alts.forEach((a, ai) => {
      if (a.prefix && a.tokens.length === 1) prefixes.push({ group: gi, alt: ai });
      else firsts.set(a.tokens[0]!, [...(firsts.get(a.tokens[0]!) ?? []), { group: gi, alt: ai }]);
    });
  });
  const out: Occurrence[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.word;
    for (const c of firsts.get(w) ?? []) {
      const alt = groups[c.group]!.alts[c.alt]!;
      if (occursAt(words, i, alt)) out.push({ ...c, at: i, length: alt.tokens.length });
    }
    for (const c of prefixes) {
      if (w.startsWith(groups[c.group]!.alts[c.alt]!.tokens[0]!)) out.push({ ...c, at: i, length: 1 });
    }
  }
  return out;
}

/**
 * How often each group's alternatives occur in a text's tokens, keyed "group:alternative" in the
 * order occurrences(…) finds them, without listing the occurrences: the alternatives are
 * indexed by first word once, for every section of a named drug.
 */
export function occurrenceCounter(groups: Group[]): (words: Token[]) => Map<string, number> {
  const firsts = new Map<string, { alt: Alternative; key: string }[]>();
  const prefixes: { word: string; key: string }[] = [];
  groups.forEach((g, gi) => {
    g.alts.forEach((a, ai) => {
      const key = countKey(gi, ai);
      if (a.prefix && a.tokens.length === 1) prefixes.push({ word: a.tokens[0]!, key });
      else firsts.set(a.tokens[0]!, [...(firsts.get(a.tokens[0]!) ?? []), { alt: a, key }]);
    });
  });
  return (words) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.word;
      const starting = firsts.get(w);
      if (starting)
        for (const c of starting) if (occursAt(words, i, c.alt)) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
      for (const p of prefixes) if (w.startsWith(p.word)) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
    }
    return counts;
  };
}

export interface Bm25Context {
  sections: number;
  averageLength: number;
}

export function idf(ctx: Bm25Context, documents: number): number {
  return Math.log(1 + (ctx.sections - documents + 0.5) / (documents + 0.5));
}

/** BM25 (k1 1.2, b 0.75) of one word or phrase seen tf times in a section of this length. */
export function termScore(ctx: Bm25Context, tf: number, documents: number, length: number): number {
  if (tf === 0) return 0;
  return (idf(ctx, documents) * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * length) / Math.max(ctx.averageLength, 1)));
}

export interface Scored {
  score: number;
  /** Groups with at least one occurrence. */
  matched: Set<number>;
  /** Groups found as typed (not only by another form or a synonym). */
  exact: number;
  /** Per group and alternative: how often it occurs. */
  counts: Map<string, number>;
}

/**
 * BM25 summed over groups. Within a group the best alternative counts fully and the others a
 * quarter, each weighted (typed 1, form 0.7, synonym 0.6): a section saying the word as typed ranks
 * above one piling up its synonyms.
 */
export function scoreCounts(ctx: Bm25Context, groups: Group[], counts: Map<string, number>, length: number): Scored {
  let score = 0;
  let exact = 0;
  const matched = new Set<number>();
  groups.forEach((g, gi) => {
    if (g.alts.some((a, ai) => a.kind === 'exact' && (counts.get(countKey(gi, ai)) ?? 0) > 0)) exact++;
    let best = 0;
    let sum = 0;
    g.alts.forEach((a, ai) => {
      const tf = counts.get(countKey(gi, ai)) ?? 0;
      if (tf === 0) return;
      matched.add(gi);
      const s = a.weight * termScore(ctx, tf, a.documents, length);
      best = Math.max(best, s);
      sum += s;
    });
    score += best + 0.25 * (sum - best);
  });
  return { score, matched, exact, counts };
}

/** Why a section matched, in the question's words. */
export function reasonFor(
  groups: Group[],
  counts: Map<string, number>,
  drugNamed: string | null,
  sectionAsked: boolean,
): MatchReason {
  const words: string[] = [];
  const forms: string[] = [];
  const synonyms: string[] = [];
  groups.forEach((g, gi) => {
    const hit = g.alts.some((_, ai) => (counts.get(countKey(gi, ai)) ?? 0) > 0);
    g.alts.forEach((a, ai) => {
      if (!counts.get(countKey(gi, ai))) return;
      const text = a.tokens.join(' ') + (a.prefix ? '…' : '');
      if (a.kind === 'form' && !forms.includes(text)) forms.push(text);
      if (a.kind === 'synonym' && g.drugId === null && !synonyms.includes(text)) synonyms.push(text);
    });
    if (hit && !words.includes(g.label)) words.push(g.label);
  });
  return { drugNamed, words, forms, synonyms, sectionAsked };
}

/** The matched words as they read in the text, for highlighting where the section opens. */
export function matchedTerms(groups: Group[], counts: Map<string, number>): string[] {
  const out = new Set<string>();
  groups.forEach((g, gi) => {
    g.alts.forEach((a, ai) => {
      if (counts.get(countKey(gi, ai))) a.tokens.forEach((t) => out.add(t));
    });
  });
  return [...out];
}
