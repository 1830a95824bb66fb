// The sections of a drug the question names, ranked in memory: a drug has a few dozen sections,
// so reading them and scoring every word costs less than a full-text query and allows "most of
// the words" ranking without requiring all of them.
import type { Database } from 'sql.js';
import { isSectionKey, type SectionKey } from '../../common/sections.ts';
import { sectionsWithText, type TextRow } from '../queries/searchData.ts';
import { occurrenceCounter, scoreCounts, type Bm25Context, type Scored } from './matching.ts';
import type { Group } from './question.ts';
import { tokens } from './sentences.ts';

export interface DrugSection {
  row: TextRow & { key: SectionKey };
  scored: Scored;
  /** The section is one the question asks about. */
  asked: boolean;
}

/**
 * Sections asked about lead when they hold one of the words, or when every word of the question
 * only names a section ("metoprolol black box"); then more words matched, then BM25.
 */
export function rankDrugSections(
  db: Database,
  drugId: string,
  groups: Group[],
  intents: SectionKey[],
  onlyIntentWords: boolean,
  ctx: Bm25Context,
): DrugSection[] {
  const asked = (key: SectionKey) => intents.indexOf(key);
  const count = occurrenceCounter(groups);
  return sectionsWithText(db, drugId)
    .filter((r): r is TextRow & { key: SectionKey } => isSectionKey(r.key))
    .map((row) => {
      const words = tokens(row.text);
      const scored = scoreCounts(ctx, groups, count(words), words.length);
      return { row, scored, asked: asked(row.key) >= 0 && (scored.matched.size > 0 || onlyIntentWords) };
    })
    .sort(
      (x, y) =>
        Number(y.asked) - Number(x.asked) ||
        (x.asked && y.asked ? asked(x.row.key) - asked(y.row.key) : 0) ||
        y.scored.matched.size - x.scored.matched.size ||
        y.scored.exact - x.scored.exact ||
        y.scored.score - x.scored.score,
    );
}
