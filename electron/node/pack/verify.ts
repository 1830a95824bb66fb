// A pack is sound when SQLite says so, every reference resolves, every row names a source and the
// content still hashes to the value sealed in at build time.
import type { Database } from 'sql.js';
import { contentHash } from '../../../shared/pack/contentHash.ts';
import { SCHEMA_VERSION, SOURCED_TABLES } from '../../../shared/pack/schema.ts';

export function verifyPack(db: Database): string[] {
  const problems: string[] = [];
  const version = Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
  if (version !== SCHEMA_VERSION) problems.push(`schema version ${version}, expected ${SCHEMA_VERSION}`);
  const integrity = db.exec('PRAGMA integrity_check')[0]?.values.map((r) => String(r[0])) ?? [];
  if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.slice(0, 5).join('; ')}`);
  const fk = db.exec('PRAGMA foreign_key_check')[0]?.values ?? [];
  if (fk.length > 0) problems.push(`${fk.length} rows reference missing rows (first: ${fk[0]?.join(' ')})`);
  for (const table of SOURCED_TABLES) {
    // Table names come from the schema's own constant list.
    const n = Number(
      db.exec(`SELECT count(*) FROM ${table} WHERE source_id IS NULL OR source_id NOT IN (SELECT id FROM source)`)[0]
        ?.values[0]?.[0] ?? 0,
    );
    if (n > 0) problems.push(`${table}: ${n} rows without a known source`);
  }
  for (const key of ['version', 'builtAt', 'contentHash']) {
    if (!db.exec('SELECT 1 FROM meta WHERE key = ?', [key])[0]) problems.push(`meta.${key} is missing`);
  }
  const sealed = String(db.exec("SELECT value FROM meta WHERE key = 'contentHash'")[0]?.values[0]?.[0] ?? '');
  if (sealed && sealed !== contentHash(db))
    problems.push('content hash does not match: the pack was changed after it was built');
  return problems;
}
