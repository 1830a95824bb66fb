// Types each ward question into the real search on the built pack and scores what a user sees:
// the drugs in display order (named drugs and name matches, then text results by drug), whether an
// accepted drug is among the first five, whether the section that answers leads for it, and
// whether the page says "nothing found".
import type { Database } from 'sql.js';
import { search } from '../../../electron/node/search/search.ts';
import { WARD_QUESTIONS, type WardQuestion } from './questions.ts';

export interface QuestionResult {
  question: WardQuestion;
  drugs: string[];
  /** Rank (1-based) of the first accepted drug among the drugs shown, or null. */
  rank: number | null;
  nothing: boolean;
  /** For a question with a section: the section shown first for the accepted drug (answer card or first hit). */
  sectionShown: string | null;
}

export interface SearchEvaluation {
  n: number;
  top1: number;
  top5: number;
  nothingFound: number;
  withSection: number;
  sectionRight: number;
  results: QuestionResult[];
}

export function drugsShown(
  db: Database,
  text: string,
): { drugs: string[]; nothing: boolean; firstSection: Map<string, string> } {
  const r = search(db, text, 30);
  const order = [
    ...(r.answer ? [r.answer.drugId] : []),
    ...r.names.map((n) => n.drugId),
    ...r.results.map((h) => h.drugId),
  ];
  const firstSection = new Map<string, string>();
  if (r.answer) firstSection.set(r.answer.drugId, r.answer.section);
  for (const h of r.results) if (!firstSection.has(h.drugId)) firstSection.set(h.drugId, h.section);
  return { drugs: [...new Set(order)], nothing: r.names.length === 0 && r.results.length === 0, firstSection };
}

export function evaluateSearch(db: Database, questions = WARD_QUESTIONS): SearchEvaluation {
  const results = questions.map((question): QuestionResult => {
    const shown = drugsShown(db, question.q);
    const at = shown.drugs.findIndex((d) => question.drugs.includes(d));
    const accepted = at >= 0 ? shown.drugs[at]! : null;
    return {
      question,
      drugs: shown.drugs.slice(0, 5),
      rank: at >= 0 ? at + 1 : null,
      nothing: shown.nothing,
      sectionShown: accepted ? (shown.firstSection.get(accepted) ?? null) : null,
    };
  });
  const share = (n: number) => Math.round((n / results.length) * 1000) / 10;
  const withSection = results.filter((r) => r.question.section);
  return {
    n: results.length,
    top1: share(results.filter((r) => r.rank === 1).length),
    top5: share(results.filter((r) => r.rank !== null && r.rank <= 5).length),
    nothingFound: share(results.filter((r) => r.nothing).length),
    withSection: withSection.length,
    sectionRight:
      Math.round(
        (withSection.filter((r) => r.sectionShown === r.question.section).length / Math.max(withSection.length, 1)) *
          1000,
      ) / 10,
    results,
  };
}
