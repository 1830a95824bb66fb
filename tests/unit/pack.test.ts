import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPackBytes, PackError } from '../../electron/node/pack/openPack.ts';
import { loadSqlJs } from '../../shared/pack/sqljs.ts';
import { verifyPack } from '../../electron/node/pack/verify.ts';
import { SCHEMA_VERSION } from '../../shared/pack/schema.ts';
import { resolve } from 'node:path';
import { PACK, ROOT } from '../support/paths.ts';

const bytes = () => new Uint8Array(readFileSync(PACK));

/** A copy of the real pack changed by `sql`, for the refusal paths. */
async function altered(sql: string): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(bytes());
  db.run(sql);
  const out = db.export();
  db.close();
  return out;
}

describe('the data pack', () => {
  it('opens read-only with its version, date and schema version', async () => {
    const pack = await openPackBytes(bytes(), PACK);
    expect(pack.meta.schemaVersion).toBe(SCHEMA_VERSION);
    expect(pack.meta.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(pack.meta.builtAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(() => pack.db.run("DELETE FROM drug WHERE id = 'warfarin'")).toThrow(
      /readonly|query_only|attempt to write/i,
    );
  });

  it('holds every NDF-RT interaction concept and every ONC high-priority pair', async () => {
    const { parseCsv, readText } = await import('../../data/compiler/delimited.ts');
    const pack = await openPackBytes(bytes(), PACK);
    const n = (sql: string) => Number(pack.db.exec(sql)[0]?.values[0]?.[0]);
    const ndfrt = parseCsv(readText(resolve(ROOT, 'data/sources/ndfrt-2014/ndfrt_va_drug_interactions.csv.gz')));
    expect(n("SELECT count(DISTINCT rule_id) FROM interaction WHERE source_id = 'ndfrt-2014'")).toBe(ndfrt.length);
    const onc = parseCsv(readText(resolve(ROOT, 'data/sources/onc-ddi/onc_high_priority_class_members.csv')));
    expect(n("SELECT count(DISTINCT rule_id) FROM interaction WHERE source_id = 'onc-high-priority-2012'")).toBe(
      new Set(onc.map((r) => r.onc_ddi_id)).size,
    );
  });

  it('passes verify', async () => {
    const pack = await openPackBytes(bytes(), PACK);
    expect(verifyPack(pack.db)).toEqual([]);
  });

  it('refuses a pack of another schema version with a clear message', async () => {
    await expect(openPackBytes(await altered('PRAGMA user_version = 999'), 'old.sqlite')).rejects.toThrow(
      /schema version 999.*reads schema version/,
    );
  });

  it('refuses a file that is not a database', async () => {
    await expect(
      openPackBytes(new TextEncoder().encode('not a database at all'.repeat(100)), 'x.sqlite'),
    ).rejects.toBeInstanceOf(PackError);
  });

  it('verify notices content changed after the build', async () => {
    const pack = await openPackBytes(
      await altered("UPDATE interaction SET severity = 'minor' WHERE rowid = 1"),
      'edited.sqlite',
    );
    expect(verifyPack(pack.db).join()).toMatch(/content hash does not match/);
  });

  it('verify notices rows without a source', async () => {
    const pack = await openPackBytes(
      await altered("PRAGMA foreign_keys = OFF; UPDATE section SET source_id = 'nowhere' WHERE rowid = 1"),
      'orphan.sqlite',
    );
    expect(verifyPack(pack.db).join()).toMatch(/section: 1 rows without a known source/);
  });
});
