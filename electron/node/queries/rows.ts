// Bound-parameter helpers over sql.js: every query in electron/node/queries goes through these.
import type { BindParams, Database, SqlValue, Statement } from 'sql.js';
import { perPack } from '../pack/perPack.ts';

const statements = perPack(() => new Map<string, Statement>());

/** Prepared once per database and reused: preparing is a large share of a small query's cost. */
function statement(db: Database, sql: string): Statement {
  const byDb = statements(db);
  let stmt = byDb.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    byDb.set(sql, stmt);
  }
  return stmt;
}

export function all<T>(db: Database, sql: string, params: SqlValue[] | BindParams = []): T[] {
  const stmt = statement(db, sql);
  stmt.bind(params);
  const out: T[] = [];
  try {
    // get() plus the column names once is markedly cheaper than getAsObject() per row.
    const columns = stmt.getColumnNames();
    while (stmt.step()) {
      const values = stmt.get();
      const row: Record<string, SqlValue> = {};
      for (let i = 0; i < columns.length; i++) row[columns[i]!] = values[i]!;
      out.push(row as T);
    }
  } finally {
    stmt.reset();
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the SQL decides a row's shape; the caller names it
export function one<T>(db: Database, sql: string, params: SqlValue[] | BindParams = []): T | undefined {
  return all<T>(db, sql, params)[0];
}
