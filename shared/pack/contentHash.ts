// A hash over every row of every content table in a fixed order: equal for equal content, whatever
// the page layout, and recomputed by verify to catch a damaged or hand-edited pack.
import { createHash } from 'node:crypto';
import type { Database } from 'sql.js';
import { SOURCED_TABLES } from './schema.ts';

// Every sourced table (so a table added to the schema is hashed as soon as verify requires its source),
// plus the tables that carry no source column.
const HASHED_TABLES = ['source', ...SOURCED_TABLES, 'citation', 'tallman', 'term_df', 'term_hits'];

export function contentHash(db: Database): string {
  const hash = createHash('sha256');
  for (const table of HASHED_TABLES) {
    hash.update(`\u0000${table}\u0000`);
    // Table names come from the constant list above, never from input; rows sort by every column.
    const columns = db.exec(`PRAGMA table_info(${table})`)[0]?.values.length ?? 1;
    const stmt = db.prepare(
      `SELECT * FROM ${table} ORDER BY ${Array.from({ length: columns }, (_, i) => i + 1).join(', ')}`,
    );
    try {
      while (stmt.step()) {
        const row = stmt.get();
        // A blob is hashed as its bytes (JSON would spell out every byte as a key).
        hash.update(JSON.stringify(row, (_, v: unknown) => (v instanceof Uint8Array ? { bytes: v.length } : v)));
        for (const v of row) if (v instanceof Uint8Array) hash.update(v);
      }
    } finally {
      stmt.free();
    }
  }
  const meta = db.exec("SELECT value FROM meta WHERE key IN ('version', 'builtAt', 'schemaVersion') ORDER BY key");
  hash.update(JSON.stringify(meta[0]?.values ?? []));
  return hash.digest('hex');
}
