// Recognises the patient factors a user types: conditions and allergies ("long QT", "PCN allergy", "CKD stage 4").
import type { Database } from 'sql.js';
import { foldName } from '../../common/normalize.ts';
import { patientFactors } from '../queries/knowledgeBase.ts';

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
    .map((t) => ({ ...t, words: JSON.parse(t.synonyms) as string[] }));
  return inputs.map((input) => {
    const folded = ` ${foldName(input)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `;
    const hit =
      known.find((t) => foldName(t.id) === folded.trim() || foldName(t.label) === folded.trim()) ??
      known.find((t) => t.words.some((w) => w && folded.includes(` ${w.replace(/[^a-z0-9]+/g, ' ').trim()} `)));
    return { input, id: hit?.id ?? null, label: hit?.label ?? null };
  });
}
