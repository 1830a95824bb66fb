// Pack-wide facts: counts for `info`, sources for the Sources/About view, rules and terms for the checker.
import type { Database } from 'sql.js';
import type { Reference, SourceEntry } from '../../common/contract.ts';
import { all, one } from './rows.ts';

const count = (db: Database, sql: string) => one<{ n: number }>(db, sql)?.n ?? 0;

export const countDrugs = (db: Database) => count(db, 'SELECT count(*) AS n FROM drug');
export const countNames = (db: Database) => count(db, 'SELECT count(*) AS n FROM drug_name');
export const countProducts = (db: Database) => count(db, 'SELECT count(*) AS n FROM product');
export const countMonographs = (db: Database) => count(db, 'SELECT count(DISTINCT drug_id) AS n FROM section');

export const sectionCounts = (db: Database) =>
  all<{ key: string; n: number }>(
    db,
    'SELECT key, count(DISTINCT drug_id) AS n FROM section GROUP BY key ORDER BY key',
  );

/** Distinct interacting pairs by their highest severity across sources. */
export const interactionCounts = (db: Database) =>
  all<{ severity: string; n: number }>(
    db,
    `SELECT severity, count(*) AS n FROM (
      SELECT max(CASE severity WHEN 'contraindicated' THEN 4 WHEN 'major' THEN 3 WHEN 'moderate' THEN 2 ELSE 1 END) AS rank,
        CASE max(CASE severity WHEN 'contraindicated' THEN 4 WHEN 'major' THEN 3 WHEN 'moderate' THEN 2 ELSE 1 END)
          WHEN 4 THEN 'contraindicated' WHEN 3 THEN 'major' WHEN 2 THEN 'moderate' ELSE 'minor' END AS severity
      FROM interaction GROUP BY drug_a, drug_b) GROUP BY severity`,
  );

export const allSources = (db: Database) =>
  all<SourceEntry>(db, 'SELECT id, name, kind, origin, licence, attribution, retrieved FROM source ORDER BY kind, id');

export const listRules = (db: Database) =>
  all<{ id: string; kind: string; body: string }>(db, 'SELECT id, kind, body FROM list_rule ORDER BY id');

export const terms = (db: Database) =>
  all<{ kind: 'condition' | 'allergy'; id: string; label: string; synonyms: string }>(
    db,
    'SELECT kind, id, label, synonyms FROM term ORDER BY kind, label',
  );

export const citations = (db: Database) =>
  all<Reference>(db, 'SELECT id, title, url, year FROM citation ORDER BY title COLLATE NOCASE');
