// Recognises the conditions and allergies a user types ("long QT", "PCN allergy", "CKD stage 4").
import type { Database } from 'sql.js';
import { foldName } from '../../common/normalize.ts';
import { terms } from '../queries/packInfo.ts';

export interface TermMatch {
  input: string;
  id: string | null;
  label: string | null;
}

export function matchTerms(db: Database, kind: 'condition' | 'allergy', inputs: string[]): TermMatch[] {
  const known = terms(db)
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
