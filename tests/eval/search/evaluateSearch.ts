// Types each ward question into the real search on the built pack and scores what a user sees:
// the drugs in display order (named drugs and name matches, then text results by drug), whether an
// accepted drug is among the first five, whether the section that answers leads for it, whether the
// page says "nothing found", and, where the pack lacks that section for the drug, whether the page
// says which section is not in the pack.
import type { Database } from 'sql.js';
import type { SectionKey } from '../../../electron/common/sections.ts';
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
  /** For a question with a section: whether the accepted drug shown first (else the first accepted) has it in the pack. */
  sectionInPack: boolean | null;
  /** For a section the pack lacks for that drug: whether the page says so (missing section, or no label text). */
  missingSaid: boolean | null;
}

export interface SearchEvaluation {
  n: number;
  top1: number;
  top5: number;
  nothingFound: number;
  /** Questions with a section whose drug has one of those sections in the pack. */
  withSection: number;
  sectionRight: number;
  /** Questions with a section the pack lacks for the drug, and the share of those where the page says so. */
  withoutSection: number;
  missingSaid: number;
  results: QuestionResult[];
}

export const acceptedSections = (q: WardQuestion): SectionKey[] =>
  q.section === undefined ? [] : Array.isArray(q.section) ? q.section : [q.section];

interface Shown {
  drugs: string[];
  nothing: boolean;
  firstSection: Map<string, string>;
  missing: { drugId: string; section: string }[];
  withoutLabel: string[];
}

export function drugsShown(db: Database, text: string): Shown {
  const r = search(db, text, 30);
  const order = [
    ...(r.answer ? [r.answer.drugId] : []),
    ...r.names.map((n) => n.drugId),
    ...r.results.map((h) => h.drugId),
  ];
  const firstSection = new Map<string, string>();
  if (r.answer) firstSection.set(r.answer.drugId, r.answer.section);
  for (const h of r.results) if (!firstSection.has(h.drugId)) firstSection.set(h.drugId, h.section);
  return {
    drugs: [...new Set(order)],
    nothing: r.names.length === 0 && r.results.length === 0,
    firstSection,
    missing: r.missingSections.map((m) => ({ drugId: m.drugId, section: m.section })),
    withoutLabel: r.withoutLabel.map((d) => d.id),
  };
}

function hasSection(db: Database, drugId: string, keys: SectionKey[]): boolean {
  const stmt = db.prepare(
    `SELECT 1 FROM section WHERE drug_id = ? AND key IN (${keys.map(() => '?').join(', ')}) LIMIT 1`,
  );
  try {
    stmt.bind([drugId, ...keys]);
    return stmt.step();
  } finally {
    stmt.free();
  }
}

const percent = (n: number, of: number) => Math.round((n / Math.max(of, 1)) * 1000) / 10;

export function evaluateSearch(db: Database, questions = WARD_QUESTIONS): SearchEvaluation {
  const results = questions.map((question): QuestionResult => {
    const shown = drugsShown(db, question.q);
    const at = shown.drugs.findIndex((d) => question.drugs.includes(d));
    const accepted = at >= 0 ? shown.drugs[at]! : null;
    const sections = acceptedSections(question);
    const judged = accepted ?? question.drugs[0]!;
    const inPack = sections.length ? hasSection(db, judged, sections) : null;
    return {
      question,
      drugs: shown.drugs.slice(0, 5),
      rank: at >= 0 ? at + 1 : null,
      nothing: shown.nothing,
      sectionShown: accepted ? (shown.firstSection.get(accepted) ?? null) : null,
      sectionInPack: inPack,
      missingSaid:
        inPack === false
          ? shown.withoutLabel.includes(judged) ||
            shown.missing.some((m) => m.drugId === judged && (sections as string[]).includes(m.section))
          : null,
    };
  });
  const withSection = results.filter((r) => r.sectionInPack === true);
  const withoutSection = results.filter((r) => r.sectionInPack === false);
  return {
    n: results.length,
    top1: percent(results.filter((r) => r.rank === 1).length, results.length),
    top5: percent(results.filter((r) => r.rank !== null && r.rank <= 5).length, results.length),
    nothingFound: percent(results.filter((r) => r.nothing).length, results.length),
    withSection: withSection.length,
    sectionRight: percent(
      withSection.filter(
        (r) => r.sectionShown !== null && acceptedSections(r.question).includes(r.sectionShown as SectionKey),
      ).length,
      withSection.length,
    ),
    withoutSection: withoutSection.length,
    missingSaid: percent(withoutSection.filter((r) => r.missingSaid).length, withoutSection.length),
    results,
  };
}
