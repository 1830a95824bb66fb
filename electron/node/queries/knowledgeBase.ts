// What the knowledge base gives the checker beside interaction rows: list-wide rules and the patient
// factors (conditions and allergy classes; pack table `term`) with the words that name them.
import type { Database } from 'sql.js';
import { all } from './rows.ts';

export const listRules = (db: Database) =>
  all<{ id: string; kind: string; body: string }>(db, 'SELECT id, kind, body FROM list_rule ORDER BY id');

export const patientFactors = (db: Database) =>
  all<{ kind: 'condition' | 'allergy'; id: string; label: string; synonyms: string }>(
    db,
    'SELECT kind, id, label, synonyms FROM term ORDER BY kind, label',
  );
