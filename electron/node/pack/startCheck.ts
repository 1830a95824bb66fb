// The check every start makes before the pack is used: cheap enough to run each time (one pass of
// SHA-256 over bytes already read for sql.js, plus the SQLite header), strict enough to refuse a
// truncated, bit-flipped, foreign or wrong-version file before any of its text reaches the screen.
import { readFileSync } from 'node:fs';
import type { PackMeta } from '../../common/contract.ts';
import { openPackBytes, PackError, type Pack } from './openPack.ts';
import {
  manifestPathFor,
  parseManifest,
  sha256,
  signatureState,
  type PackManifest,
  type SignatureState,
} from './manifest.ts';
import { SCHEMA_VERSION } from '../../../shared/pack/schema.ts';

export class PackMissingError extends PackError {}

export class PackRefusedError extends PackError {
  constructor(
    readonly path: string,
    readonly problems: string[],
  ) {
    super(`${path} was refused: ${problems.join('; ')}`);
  }
}

const MAGIC = 'SQLite format 3\0';

/** What the SQLite file header says about the file itself (magic, page size, length). */
export function sqliteHeaderProblems(bytes: Uint8Array): string[] {
  if (bytes.byteLength < 100 || Buffer.from(bytes.subarray(0, 16)).toString('latin1') !== MAGIC)
    return ['not a SQLite database (no SQLite header)'];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPage = view.getUint16(16);
  const pageSize = rawPage === 1 ? 65_536 : rawPage;
  if (pageSize < 512 || pageSize > 65_536 || (pageSize & (pageSize - 1)) !== 0)
    return [`damaged SQLite header (page size ${rawPage})`];
  // The in-header page count is valid when the change counter matches "version valid for".
  if (view.getUint32(24) !== view.getUint32(92)) return [];
  const expected = view.getUint32(28) * pageSize;
  if (bytes.byteLength < expected) return [`truncated: ${bytes.byteLength} bytes where the header says ${expected}`];
  if (bytes.byteLength > expected) return [`${bytes.byteLength - expected} unexpected bytes after the database`];
  return [];
}

export interface FileCheck {
  problems: string[];
  manifest: PackManifest | null;
  signature: SignatureState;
}

/** Checks the file against its manifest: size, SHA-256, schema version, signature. */
export function checkPackFile(bytes: Uint8Array, manifestText: string | null, publicKeyPem: string): FileCheck {
  const problems = sqliteHeaderProblems(bytes);
  if (manifestText === null)
    return {
      problems: [
        ...problems,
        'no manifest beside the pack (rebuild it with `npm run build`, or import it with install-pack)',
      ],
      manifest: null,
      signature: 'unsigned',
    };
  const parsed = parseManifest(manifestText);
  if ('problems' in parsed)
    return { problems: [...problems, ...parsed.problems], manifest: null, signature: 'invalid' };
  const { manifest } = parsed;
  if (manifest.schemaVersion > SCHEMA_VERSION)
    problems.push(
      `made for a newer Wardbook (data pack schema ${manifest.schemaVersion}; this version reads ${SCHEMA_VERSION}): update Wardbook`,
    );
  else if (manifest.schemaVersion < SCHEMA_VERSION)
    problems.push(
      `made for an older Wardbook (data pack schema ${manifest.schemaVersion}; this version reads ${SCHEMA_VERSION}): install a current pack`,
    );
  if (bytes.byteLength !== manifest.size)
    problems.push(
      `size ${bytes.byteLength} bytes, the manifest says ${manifest.size}: the file is incomplete or altered`,
    );
  else if (sha256(bytes) !== manifest.sha256)
    problems.push('content does not match the manifest’s SHA-256: the file is damaged or was altered');
  const signature = signatureState(manifest, publicKeyPem);
  if (signature === 'invalid')
    problems.push('the manifest’s signature does not verify: it was not issued for Wardbook');
  return { problems, manifest, signature };
}

/** Reads a pack and its manifest and checks the file alone (no SQLite engine): refused or missing otherwise. */
export function checkPackFileAt(path: string, publicKeyPem: string): FileCheck & { manifest: PackManifest } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PackMissingError(`${path} does not exist`);
    throw new PackRefusedError(path, [`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let manifestText: string | null;
  try {
    manifestText = readFileSync(manifestPathFor(path), 'utf8');
  } catch {
    manifestText = null;
  }
  const file = checkPackFile(bytes, manifestText, publicKeyPem);
  if (file.problems.length || !file.manifest) throw new PackRefusedError(path, file.problems);
  return { ...file, manifest: file.manifest };
}

/** The pack the engine opened must be the one the manifest describes. */
export function manifestMismatch(meta: PackMeta, manifest: PackManifest): string[] {
  return meta.contentHash === manifest.contentHash && meta.version === manifest.version
    ? []
    : ['the pack’s own version or content hash differs from its manifest'];
}

export interface CheckedPack {
  pack: Pack;
  manifest: PackManifest;
  signature: SignatureState;
}

/** Reads, checks and opens a pack; refuses it (PackRefusedError, one line per problem) otherwise. */
export async function openCheckedPack(path: string, publicKeyPem: string): Promise<CheckedPack> {
  const file = checkPackFileAt(path, publicKeyPem);
  let pack: Pack;
  try {
    pack = await openPackBytes(readFileSync(path), path);
  } catch (error) {
    throw new PackRefusedError(path, [(error as Error).message]);
  }
  const mismatch = manifestMismatch(pack.meta, file.manifest);
  if (mismatch.length) {
    pack.db.close();
    throw new PackRefusedError(path, mismatch);
  }
  pack.signature = file.signature;
  return { pack, manifest: file.manifest, signature: file.signature };
}
