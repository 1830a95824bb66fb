// Opens a data pack read-only in memory and refuses anything that is not a pack of our schema.
import { readFileSync } from 'node:fs';
import type { Database } from 'sql.js';
import type { PackMeta, PackSignature } from '../../common/contract.ts';
import { SCHEMA_VERSION } from '../../../shared/pack/schema.ts';
import { loadSqlJs } from '../../../shared/pack/sqljs.ts';

export class PackError extends Error {}

export interface Pack {
  db: Database;
  meta: PackMeta;
  path: string;
  /** Set by the start-up check from the manifest; a pack opened without it is "not checked". */
  signature: PackSignature;
}

export async function openPackBytes(bytes: Uint8Array, path: string): Promise<Pack> {
  const SQL = await loadSqlJs();
  let db: Database;
  try {
    db = new SQL.Database(bytes);
    db.exec('SELECT count(*) FROM sqlite_master');
  } catch {
    throw new PackError(`${path} is not a Wardbook data pack (not a readable SQLite database).`);
  }
  const version = Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
  if (version !== SCHEMA_VERSION) {
    db.close();
    throw new PackError(
      `${path} has data pack schema version ${version}; this version of Wardbook reads schema version ${SCHEMA_VERSION}. ` +
        'Rebuild the pack with `npm run build:data`, or install the Wardbook version that matches it.',
    );
  }
  // The pack is reference data: nothing the app does may change it, even in memory.
  db.exec('PRAGMA query_only = ON');
  let rows: unknown[][];
  try {
    rows = db.exec('SELECT key, value FROM meta')[0]?.values ?? [];
  } catch (error) {
    // The header read fine but a page behind it did not: the file was damaged after it was built.
    db.close();
    throw new PackError(`${path} is damaged (${(error as Error).message}); install the pack again.`);
  }
  const meta = Object.fromEntries(rows.map(([k, v]) => [String(k), String(v)]));
  return {
    db,
    path,
    signature: 'not checked',
    meta: {
      version: meta.version ?? '?',
      builtAt: meta.builtAt ?? '?',
      schemaVersion: version,
      contentHash: meta.contentHash ?? '',
    },
  };
}

export async function openPack(path: string): Promise<Pack> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new PackError(
      `Cannot read data pack ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}. Build it with \`npm run build:data\`.`,
    );
  }
  return openPackBytes(bytes, path);
}
