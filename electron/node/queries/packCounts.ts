// How much the open pack holds, for `info` and the About view.
import type { Database } from 'sql.js';
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
