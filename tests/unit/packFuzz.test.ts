// Random and damaged bytes given to everything that opens a pack: the start-up check, the pack opener
// and verify. Each case ends in an answer or a sentence (never a stack trace), and within two seconds.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../shared/pack/contentHash.ts';
import { SCHEMA_SQL, SCHEMA_VERSION } from '../../shared/pack/schema.ts';
import { loadSqlJs } from '../../shared/pack/sqljs.ts';
import { createManifest, manifestPathFor } from '../../electron/node/pack/manifest.ts';
import { openPackBytes, PackError } from '../../electron/node/pack/openPack.ts';
import { checkPackFile } from '../../electron/node/pack/startCheck.ts';
import { verifyPackFile } from '../../electron/node/pack/verifyFile.ts';

const dir = mkdtempSync(join(tmpdir(), 'wardbook-fuzz-'));
const keys = generateKeyPairSync('ed25519');
const publicPem = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();
/** A small sound pack of our schema (a few rows in every kind of page), sealed and signed. */
let small: Uint8Array;
let manifestText: string;

beforeAll(async () => {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.exec(SCHEMA_SQL);
  db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
  db.run("INSERT INTO source VALUES ('s', 'Test source', 'test', 'here', 'CC0', 'none', '2026-01-01')");
  for (let i = 0; i < 300; i++)
    db.run("INSERT INTO drug VALUES (?, ?, 'ingredient', NULL, 's')", [`d${i}`, `drug ${i}`]);
  db.run("INSERT INTO meta VALUES ('version', '0.0.1'), ('builtAt', '2026-01-01')");
  db.run("INSERT INTO meta VALUES ('contentHash', ?)", [contentHash(db)]);
  small = db.export();
  db.close();
  const meta = { version: '0.0.1', builtAt: '2026-01-01', schemaVersion: SCHEMA_VERSION, contentHash: '' };
  manifestText = JSON.stringify(createManifest(small, join(dir, 'p.sqlite'), meta, keys.privateKey));
});

/** Random bytes; bytes behind a real SQLite header; and the small pack cut, flipped or overwritten. */
const damaged = () =>
  fc.oneof(
    fc.uint8Array({ maxLength: 20_000 }),
    fc
      .uint8Array({ minLength: 84, maxLength: 20_000 })
      .map((tail) => Uint8Array.from([...Buffer.from('SQLite format 3\0'), ...tail])),
    fc.tuple(fc.nat(), fc.nat()).map(([cut]) => small.slice(0, cut % small.length)),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const b = Uint8Array.from(small);
      for (const [at, bits] of flips) b[at % b.length]! ^= bits;
      return b;
    }),
    fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4096 })).map(([at, junk]) => {
      const b = Uint8Array.from(small);
      b.set(junk.subarray(0, b.length - (at % b.length)), at % b.length);
      return b;
    }),
  );

/** A readable sentence: not a stack trace, not an object dump. */
const sentence = (text: string) => {
  expect(text.length).toBeGreaterThan(5);
  expect(text).not.toMatch(/\n\s+at |\[object |undefined/);
};

let n = 0;
const fileOf = (bytes: Uint8Array, manifest: string | null) => {
  const path = join(dir, `case-${n++}.sqlite`);
  writeFileSync(path, bytes);
  if (manifest !== null) writeFileSync(manifestPathFor(path), manifest);
  return path;
};

describe('damaged and random packs', () => {
  it('the small pack itself passes every check', async () => {
    expect(checkPackFile(small, manifestText, publicPem)).toMatchObject({ problems: [], signature: 'signed' });
    expect((await verifyPackFile(fileOf(small, manifestText), publicPem)).problems).toEqual([]);
  });

  it('the start-up check refuses each with sentences, without opening it', () => {
    fc.assert(
      fc.property(damaged(), fc.option(fc.string({ maxLength: 400 }), { nil: null }), (bytes, junkManifest) => {
        for (const manifest of [manifestText, junkManifest]) {
          const check = checkPackFile(bytes, manifest, publicPem);
          if (Buffer.from(bytes).equals(Buffer.from(small)) && manifest === manifestText) continue;
          expect(check.problems.length).toBeGreaterThan(0);
          check.problems.forEach(sentence);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the opener answers a pack or refuses it with a sentence', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(), async (bytes) => {
        try {
          const pack = await openPackBytes(bytes, 'fuzz.sqlite');
          pack.db.close();
        } catch (error) {
          expect(error).toBeInstanceOf(PackError);
          sentence((error as Error).message);
        }
      }),
      { numRuns: 150, plugins: [fc.timeout(2_000)] },
    );
  });

  // Without a manifest a flip in a page SQLite does not use cannot be seen; with one, the hash sees it.
  it('verify names every problem as a line, never a stack, and misses none the manifest can see', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(), fc.boolean(), async (bytes, withManifest) => {
        if (Buffer.from(bytes).equals(Buffer.from(small))) return;
        const result = await verifyPackFile(fileOf(bytes, withManifest ? manifestText : null), publicPem);
        if (withManifest) expect(result.problems.length).toBeGreaterThan(0);
        result.problems.forEach(sentence);
      }),
      { numRuns: 150, plugins: [fc.timeout(2_000)] },
    );
  });
});
