// The compiler as a hospital runs it: the CLI with full-download inputs and local monographs, on
// small files in the real formats; and reproducibility of the embedded pack.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPack, type Pack } from '../../electron/node/pack/openPack.ts';
import { verifyPack } from '../../electron/node/pack/verify.ts';
import { monograph } from '../../electron/node/monograph/monograph.ts';
import { all } from '../../electron/node/queries/rows.ts';
import { PACK, ROOT } from '../support/paths.ts';

const fixtures = resolve(ROOT, 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'wardbook-build-'));

function buildData(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'data/compiler/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('build:data with full-download inputs and local monographs', () => {
  let pack: Pack;
  beforeAll(async () => {
    const zipped = join(work, 'drug-label-0002-of-0002.json.zip');
    writeFileSync(
      zipped,
      zipSync({
        'drug-label-0002-of-0002.json': readFileSync(join(fixtures, 'labels/openfda/drug-label-0002-of-0002.json')),
      }),
    );
    const out = join(work, 'extended.sqlite');
    const r = buildData(
      '--out',
      out,
      '--openfda',
      join(fixtures, 'labels/openfda/drug-label-0001-of-0002.json'),
      zipped,
      '--spl',
      join(fixtures, 'labels/spl'),
      '--local',
      join(fixtures, 'local-monographs'),
    );
    expect(r.status, r.stderr).toBe(0);
    pack = await openPack(out);
  }, 180_000);

  it('is a sound pack', () => {
    expect(verifyPack(pack.db)).toEqual([]);
  });

  it('records the downloads as sources of their own', () => {
    const ids = all<{ id: string }>(pack.db, 'SELECT id FROM source').map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['openfda-bulk', 'dailymed-spl', 'local']));
  });

  it('adds a drug that only the SPL folder knows, with its label set id and date', () => {
    const m = monograph(pack.db, pack.meta, 'tinystatin');
    const sourced = m.tabs.flatMap((t) => t.sections).filter((s) => s.source?.id === 'dailymed-spl');
    expect(sourced.length).toBeGreaterThan(0);
    expect(sourced[0]!.source!.setId).toBeTruthy();
    expect(sourced[0]!.source!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('labels local monograph content as local and keeps its structured rows', () => {
    const m = monograph(pack.db, pack.meta, 'warfarin');
    const local = m.tabs.flatMap((t) => t.sections).filter((s) => s.source?.local);
    expect(local.length).toBeGreaterThan(0);
    expect(local.every((s) => s.title.includes('(local monograph)'))).toBe(true);
    const rows = all<{ kind: string; n: number }>(
      pack.db,
      "SELECT kind, count(*) AS n FROM local_row WHERE drug_id = 'warfarin' GROUP BY kind ORDER BY kind",
    );
    expect(rows.map((r) => r.kind)).toEqual(['condition', 'interaction', 'side-effect']);
  });
});

describe('build:data refuses bad input without leaving a broken pack', () => {
  it('exits 2 for a missing input and writes nothing', () => {
    const out = join(work, 'never.sqlite');
    const r = buildData('--out', out, '--openfda', join(work, 'no-such-file.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/not found: .*no-such-file\.json/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 for an unreadable download and writes nothing', () => {
    const broken = join(work, 'drug-label-0001-of-0001.json');
    writeFileSync(broken, '{"results": [ {"set_id": ');
    const out = join(work, 'broken.sqlite');
    const r = buildData('--out', out, '--openfda', broken);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/build:data failed: .*drug-label-0001-of-0001\.json: the file ends inside/);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 for an unknown option', () => {
    expect(buildData('--frobnicate').status).toBe(2);
  });
});

describe('reproducible builds', () => {
  it('gives the same content hash and the same bytes from the same inputs', async () => {
    const out = join(work, 'again.sqlite');
    const r = buildData('--out', out);
    expect(r.status, r.stderr).toBe(0);
    const [a, b] = await Promise.all([openPack(PACK), openPack(out)]);
    expect(b.meta.contentHash).toBe(a.meta.contentHash);
    expect(readFileSync(out).equals(readFileSync(PACK))).toBe(true);
  }, 180_000);
});
