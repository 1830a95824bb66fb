// The data pack is checked at every start against its manifest, verify names every problem of a bad
// file on its own line, and install-pack switches packs atomically (a failed import changes nothing).
import { generateKeyPairSync } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../shared/pack/contentHash.ts';
import { createManifest, manifestPathFor, signingKeyFrom } from '../../electron/node/pack/manifest.ts';
import { installPack, readPointer, restorePreviousPack } from '../../electron/node/pack/packStore.ts';
import { PACK_PUBLIC_KEY } from '../../electron/node/pack/publicKey.ts';
import { SCHEMA_VERSION } from '../../shared/pack/schema.ts';
import { loadSqlJs } from '../../shared/pack/sqljs.ts';
import {
  checkPackFile,
  openCheckedPack,
  PackMissingError,
  PackRefusedError,
} from '../../electron/node/pack/startCheck.ts';
import { sealPack } from '../../build/sealPack.ts';
import { PACK, ROOT } from '../support/paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'wardbook-packs-'));
const at = (name: string) => join(dir, name);
let good: Buffer;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'electron/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A small SQLite file that is not our schema, with user_version set. */
async function foreignDb(userVersion: number): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); PRAGMA user_version = ${userVersion};`);
  const bytes = db.export();
  db.close();
  return bytes;
}

/** A sound pack of another version: same content, meta.version changed and the content hash resealed. */
async function otherVersion(version: string): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(good);
  db.run("UPDATE meta SET value = ? WHERE key = 'version'", [version]);
  db.run("UPDATE meta SET value = ? WHERE key = 'contentHash'", [contentHash(db)]);
  const bytes = db.export();
  db.close();
  return bytes;
}

const flipped = () => {
  const b = Buffer.from(good);
  b[Math.floor(b.length * 0.6)]! ^= 0x10;
  return b;
};

beforeAll(async () => {
  good = readFileSync(PACK);
  writeFileSync(at('good.sqlite'), good);
  await sealPack(at('good.sqlite'), '');
  writeFileSync(at('flipped.sqlite'), flipped());
  copyFileSync(manifestPathFor(at('good.sqlite')), manifestPathFor(at('flipped.sqlite')));
  writeFileSync(at('truncated.sqlite'), good.subarray(0, Math.floor(good.length / 3)));
  copyFileSync(manifestPathFor(at('good.sqlite')), manifestPathFor(at('truncated.sqlite')));
  writeFileSync(at('random.sqlite'), Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 2654435761) >>> 24)));
  writeFileSync(at('wrong-schema.sqlite'), await foreignDb(0));
  writeFileSync(at('newer-schema.sqlite'), await foreignDb(SCHEMA_VERSION + 1));
}, 120_000);

describe('start-up check', () => {
  it('opens a sound pack with its manifest, marked unsigned in a development build', async () => {
    const { pack, signature } = await openCheckedPack(at('good.sqlite'), PACK_PUBLIC_KEY);
    expect(signature).toBe('unsigned');
    expect(pack.signature).toBe('unsigned');
    pack.db.close();
  });

  it('refuses a pack with one flipped bit, a truncated one, and one without a manifest', async () => {
    await expect(openCheckedPack(at('flipped.sqlite'), PACK_PUBLIC_KEY)).rejects.toThrow(/SHA-256/);
    await expect(openCheckedPack(at('truncated.sqlite'), PACK_PUBLIC_KEY)).rejects.toThrow(/truncated/);
    await expect(openCheckedPack(at('random.sqlite'), PACK_PUBLIC_KEY)).rejects.toThrow(/no SQLite header/);
    await expect(openCheckedPack(at('missing.sqlite'), PACK_PUBLIC_KEY)).rejects.toBeInstanceOf(PackMissingError);
    const refused = await openCheckedPack(at('wrong-schema.sqlite'), PACK_PUBLIC_KEY).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PackRefusedError);
    expect((refused as PackRefusedError).problems.join()).toMatch(/no manifest/);
  });

  it('refuses a pack made for a newer Wardbook by its manifest, before reading it', () => {
    const manifest = {
      ...createManifest(
        good,
        'x.sqlite',
        { version: 'x', builtAt: 'x', schemaVersion: SCHEMA_VERSION + 1, contentHash: 'x' },
        null,
      ),
    };
    expect(checkPackFile(good, JSON.stringify(manifest), PACK_PUBLIC_KEY).problems.join()).toMatch(/newer Wardbook/);
  });

  it('accepts a manifest signed with the release key, and refuses a forged or altered one', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const key = signingKeyFrom(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    const meta = { version: '2026.11.0', builtAt: '2026-11-24', schemaVersion: SCHEMA_VERSION, contentHash: 'abc' };
    const signed = createManifest(good, 'wardbook.sqlite', meta, key);
    expect(checkPackFile(good, JSON.stringify(signed), pem)).toMatchObject({ problems: [], signature: 'signed' });
    // Signed by someone else: the app's own key does not verify it.
    expect(checkPackFile(good, JSON.stringify(signed), PACK_PUBLIC_KEY).signature).toBe('invalid');
    const altered = { ...signed, version: '2099.1.0' };
    const r = checkPackFile(good, JSON.stringify(altered), pem);
    expect(r.signature).toBe('invalid');
    expect(r.problems.join()).toMatch(/signature does not verify/);
    expect(checkPackFile(good, '{"format":1', pem).problems).toEqual(['manifest: not valid JSON']);
    expect(checkPackFile(good, JSON.stringify({ ...signed, extra: 1 }), pem).problems).toContain(
      'manifest: unknown field extra',
    );
  });
});

describe('cli verify', () => {
  it('exits 0 on the sound pack', () => {
    const r = cli('verify', '--pack', at('good.sqlite'));
    expect(r.code, r.err).toBe(0);
  });

  for (const [file, expected] of [
    ['truncated', /truncated/],
    ['flipped', /SHA-256/],
    ['random', /no SQLite header/],
    ['wrong-schema', /schema version 0/],
    ['newer-schema', new RegExp(`schema version ${SCHEMA_VERSION + 1}`)],
  ] as const) {
    it(`reports every problem of a ${file} file as a line and exits 1, never a stack`, () => {
      const r = cli('verify', '--pack', at(`${file}.sqlite`));
      expect(r.code).toBe(1);
      expect(r.err).toMatch(expected);
      expect(r.err).not.toMatch(/\n\s+at |internal error/);
      for (const line of r.err.trim().split('\n')) expect(line.length).toBeGreaterThan(5);
    });
  }
});

describe('install-pack', () => {
  it('verifies, copies and switches; a failed import changes nothing; restore goes back', async () => {
    const store = mkdtempSync(join(tmpdir(), 'wardbook-store-'));
    writeFileSync(at('next.sqlite'), await otherVersion('2099.1.0'));

    const first = cli('install-pack', at('good.sqlite'), '--store', store, '--json');
    expect(first.code, first.err).toBe(0);
    const before = readPointer(store);
    expect(before.current).toMatch(/^wardbook-[0-9a-f]{16}\.sqlite$/);
    const files = readdirSync(store).sort();

    for (const bad of ['flipped', 'truncated', 'random', 'wrong-schema', 'newer-schema', 'missing']) {
      const r = cli('install-pack', at(`${bad}.sqlite`), '--store', store);
      expect(r.code, bad).toBe(1);
      expect(r.err).toMatch(/nothing was changed/);
      expect(r.err).not.toMatch(/\n\s+at /);
      expect(readPointer(store), bad).toEqual(before);
      expect(readdirSync(store).sort(), bad).toEqual(files);
    }

    // A pack without a manifest is verified in full and stored with an unsigned one.
    const second = await installPack(at('next.sqlite'), store, PACK_PUBLIC_KEY);
    expect(second.previous).toBe(before.current);
    expect(existsSync(manifestPathFor(second.path))).toBe(true);
    const opened = await openCheckedPack(second.path, PACK_PUBLIC_KEY);
    expect(opened.pack.meta.version).toBe('2099.1.0');
    opened.pack.db.close();

    expect(restorePreviousPack(store).current).toBe(before.current);
    const restored = cli('restore-pack', '--store', store);
    expect(restored.code, restored.err).toBe(0);
    expect(readPointer(store).current).toBe(second.path.split(/[\\/]/).pop());
  }, 180_000);

  it('ignores a damaged pointer file: the app falls back to its built-in pack', () => {
    const store = mkdtempSync(join(tmpdir(), 'wardbook-store-'));
    for (const text of ['{', '{"current":"../../etc/passwd"}', '{"current":"wardbook-0000000000000000.sqlite"}']) {
      writeFileSync(join(store, 'current.json'), text);
      expect(readPointer(store)).toEqual({ current: null, previous: null });
    }
  });
});
