// Measures list-line matching against tests/eval/matching/lines.tsv: every line goes through the real
// checker (checkList, on the built pack) as a one-line list, and the ingredient set it is checked as
// is compared with the expected set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'sql.js';
import type { PackMeta } from '../../../electron/common/contract.ts';
import { checkList } from '../../../electron/node/checker/check.ts';

export interface LineCase {
  kind: string;
  line: string;
  /** Expected ingredient names; null for a line that is not a medicine; [] for one the pack cannot know. */
  expected: string[] | null;
}

export interface LineOutcome extends LineCase {
  got: string[] | null;
  how: 'exact' | 'fuzzy' | 'not checked' | 'note';
  verdict: 'right' | 'wrong' | 'fuzzy right' | 'missed' | 'note';
}

export interface MatchingEvaluation {
  lines: number;
  medicineLines: number;
  nonMedicineLines: number;
  /** Right ingredient set, recognised without asking. */
  exactRecall: number;
  /** Right ingredient set, counting a spelling correction the user is asked to confirm. */
  recallWithConfirmed: number;
  confidentWrong: number;
  confidentWrongRate: number;
  nonMedicineMatched: number;
  byKind: Record<string, { n: number; right: number }>;
  outcomes: LineOutcome[];
}

export function readCases(file = join(import.meta.dirname, 'lines.tsv')): LineCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [kind = '', line = '', expected = ''] = l.split('\t');
      return {
        kind,
        line,
        expected:
          expected === '-' ? null : expected === '?' ? [] : expected.split(';').map((s) => s.trim().toLowerCase()),
      };
    });
}

const same = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

export function evaluateMatching(db: Database, meta: PackMeta, cases = readCases()): MatchingEvaluation {
  const outcomes: LineOutcome[] = cases.map((c) => {
    const r = checkList(db, meta, { lines: [c.line], conditions: [], allergies: [] });
    const hit = r.recognized[0];
    const got = hit ? (hit.components.length ? hit.components.map((x) => x.name) : [hit.name]) : null;
    const how = hit ? (hit.matchedBy === 'fuzzy' ? 'fuzzy' : 'exact') : r.notes.length ? 'note' : 'not checked';
    let verdict: LineOutcome['verdict'];
    if (c.expected === null) verdict = hit ? 'wrong' : 'note';
    else if (!got) verdict = 'missed';
    else if (same(got, c.expected)) verdict = how === 'fuzzy' ? 'fuzzy right' : 'right';
    else verdict = how === 'fuzzy' ? 'missed' : 'wrong';
    return { ...c, got, how, verdict };
  });
  const medicine = outcomes.filter((o) => o.expected !== null);
  // A line the pack cannot know is right when it stays "not checked".
  const right = (o: LineOutcome) => o.verdict === 'right' || (o.expected?.length === 0 && o.how === 'not checked');
  const byKind: MatchingEvaluation['byKind'] = {};
  for (const o of outcomes) {
    const k = (byKind[o.kind] ??= { n: 0, right: 0 });
    k.n++;
    if (right(o) || (o.expected === null && o.verdict === 'note')) k.right++;
  }
  const confidentWrong = medicine.filter((o) => o.verdict === 'wrong').length;
  return {
    lines: outcomes.length,
    medicineLines: medicine.length,
    nonMedicineLines: outcomes.length - medicine.length,
    exactRecall: medicine.filter(right).length / medicine.length,
    recallWithConfirmed: medicine.filter((o) => right(o) || o.verdict === 'fuzzy right').length / medicine.length,
    confidentWrong,
    confidentWrongRate: confidentWrong / medicine.length,
    nonMedicineMatched: outcomes.filter((o) => o.expected === null && o.verdict === 'wrong').length,
    byKind,
    outcomes,
  };
}
