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

  it('names MeSH and the Meta-Inventory as the sources of the search synonyms, with their attribution', async () => {
    const pack = await openPackBytes(bytes(), PACK);
    const rows = (sql: string) => pack.db.exec(sql)[0]?.values ?? [];
    const sources = new Map(rows('SELECT id, licence, attribution FROM source').map(([id, ...rest]) => [id, rest]));
    expect(String(sources.get('mesh-2024'))).toMatch(/U\.S\. National Library of Medicine.*not the current edition/);
    expect(String(sources.get('meta-inventory-2021'))).toMatch(/CC BY 4\.0/);
    const bySource = new Map(
      rows('SELECT source_id, count(*) FROM search_term GROUP BY source_id').map(([id, n]) => [id, Number(n)]),
    );
    expect(bySource.get('mesh-2024')).toBeGreaterThan(100);
    expect(bySource.get('meta-inventory-2021')).toBeGreaterThan(10);
    // A reason that cites MeSH first names MeSH.
    expect(rows("SELECT source_id FROM search_term WHERE typed = 'black box'")).toEqual([['mesh-2024']]);
    // The list they were reviewed from ships with the repository, with its licence notes.
    const dir = resolve(ROOT, 'data/sources/clinical-synonyms');
    expect(readFileSync(resolve(dir, 'SOURCE.md'), 'utf8')).toMatch(/Terms and Conditions MeSH[\s\S]*CC BY 4\.0/);
    expect(readFileSync(resolve(dir, 'synonyms.tsv.gz')).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  });

  it('verify notices a changed search synonym or word-form row (both are hashed)', async () => {
    for (const sql of [
      "UPDATE search_term SET search = '[\"x\"]' WHERE typed = 'black box'",
      "UPDATE term_df SET documents = documents + 1 WHERE term = 'warfarin'",
    ]) {
      const pack = await openPackBytes(await altered(sql), 'edited.sqlite');
      expect(verifyPack(pack.db).join()).toMatch(/content hash does not match/);
    }
  });
});
