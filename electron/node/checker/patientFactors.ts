// Recognises the patient factors a user types: conditions and allergies ("long QT", "PCN allergy", "CKD stage 4").
import type { Database } from 'sql.js';
import { foldName } from '../../common/normalize.ts';
import { patientFactors } from '../queries/knowledgeBase.ts';
import { allowedEdits, editDistance } from '../search/editDistance.ts';

export interface PatientFactorMatch {
  input: string;
  id: string | null;
  label: string | null;
}

export function matchPatientFactors(
  db: Database,
  kind: 'condition' | 'allergy',
  inputs: string[],
): PatientFactorMatch[] {
  const known = patientFactors(db)
    .filter((t) => t.kind === kind)
    .map((t) => ({ ...t, words: (JSON.parse(t.synonyms) as string[]).map(plain).filter(Boolean) }));
  return inputs.map((input) => {
    const typed = plain(foldName(input));
    const padded = ` ${typed} `;
    const hit =
      known.find((t) => foldName(t.id) === typed || foldName(t.label) === typed) ??
      known.find((t) => t.words.some((w) => padded.includes(` ${w} `))) ??
      misspelt(known, typed);
    return { input, id: hit?.id ?? null, label: hit?.label ?? null };
  });
}

const plain = (text: string) => text.replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The one factor whose name, synonym or one of their words the input (or one of its words) misspells:
 * the same first five letters and few edits after them ("penicilin", "pregnacy", "sulfonamids"). The
 * first letters must agree so that "hypokalemia" never reads as hyperkalemia. The chip and the report
 * show the factor's own label beside what was typed, so the reading is visible; two candidates, or none,
 * leave the input not checked.
 */
function misspelt<T extends { label: string; words: string[] }>(known: T[], typed: string): T | undefined {
  const words = (text: string) => text.split(' ').filter((w) => w.length >= 5);
  const near = (a: string, b: string) => {
    const max = Math.min(2, allowedEdits(a.length));
    return a.slice(0, 5) === b.slice(0, 5) && editDistance(a, b, max) <= max;
  };
  // The whole input against whole names first ("renal impairmnet" is renal, not hepatic, impairment),
  // then its words against their words.
  const tiers: [string[], (names: string[]) => string[]][] = [
    [typed.length >= 5 ? [typed] : [], (names) => names],
    [words(typed), (names) => names.flatMap(words)],
  ];
  for (const [inputs, spell] of tiers) {
    const hits = known.filter((t) =>
      spell([plain(foldName(t.label)), ...t.words]).some((w) => inputs.some((i) => near(i, w))),
    );
    if (hits.length > 0) return hits.length === 1 ? hits[0] : undefined;
  }
  return undefined;
}
