// Data packs installed by the user, beside the one shipped inside the app: `<store>/current.json`
// names the pack in use and the one before it. Installing verifies first, copies, then switches the
// pointer in one rename; a failed import leaves every file as it was. Restore swaps the two back.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite } from '../files/atomicWrite.ts';
import { createManifest, manifestPathFor, sha256, type PackManifest, type SignatureState } from './manifest.ts';
import { openPackBytes } from './openPack.ts';
import { checkPackFile, PackRefusedError } from './startCheck.ts';
import { verifyPack } from './verify.ts';

export interface StorePointer {
  current: string | null;
  previous: string | null;
}

const POINTER = 'current.json';
const PACK_FILE = /^wardbook-[0-9a-f]{16}\.sqlite$/;

/** Electron's userData folder for "Wardbook", computed the same way for the CLI. */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Wardbook');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Wardbook');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Wardbook');
}

export const packStoreDir = (userDataDir: string) => join(userDataDir, 'packs');

/** The pointer file, read defensively: anything odd means "no installed pack". */
export function readPointer(store: string): StorePointer {
  try {
    const raw = JSON.parse(readFileSync(join(store, POINTER), 'utf8')) as unknown;
    if (typeof raw !== 'object' || raw === null) return { current: null, previous: null };
    const r = raw as Record<string, unknown>;
    const name = (v: unknown) => (typeof v === 'string' && PACK_FILE.test(v) && existsSync(join(store, v)) ? v : null);
    return { current: name(r.current), previous: name(r.previous) };
  } catch {
    return { current: null, previous: null };
  }
}

export function installedPackPath(store: string): string | null {
  const { current } = readPointer(store);
  return current ? join(store, current) : null;
}

export interface InstallResult {
  path: string;
  manifest: PackManifest;
  signature: SignatureState;
  previous: string | null;
}

/**
 * Verifies `source` completely (file against its manifest when one is beside it, then SQLite integrity,
 * references, sources and content hash), copies it into the store and makes it current.
 */
export async function installPack(source: string, store: string, publicKeyPem: string): Promise<InstallResult> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(source);
  } catch (error) {
    throw new PackRefusedError(source, [`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  const manifestText = existsSync(manifestPathFor(source)) ? readFileSync(manifestPathFor(source), 'utf8') : null;
  const file = checkPackFile(bytes, manifestText, publicKeyPem);
  // A pack without a manifest is accepted on the full verification below, and gets an unsigned one.
  const problems = manifestText === null ? file.problems.filter((p) => !p.startsWith('no manifest')) : file.problems;
  if (problems.length) throw new PackRefusedError(source, problems);
  const pack = await openPackBytes(bytes, source).catch((error: unknown) => {
    throw new PackRefusedError(source, [(error as Error).message]);
  });
  let manifest: PackManifest;
  try {
    const deep = verifyPack(pack.db);
    if (deep.length) throw new PackRefusedError(source, deep);
    manifest = file.manifest ?? createManifest(bytes, source, pack.meta, null);
  } finally {
    pack.db.close();
  }
  const name = `wardbook-${manifest.sha256.slice(0, 16)}.sqlite`;
  const target = join(store, name);
  mkdirSync(store, { recursive: true });
  const before = readPointer(store);
  try {
    atomicWrite(target, bytes);
    // Check the copy, not the source: what sits in the store is what the app will read.
    if (sha256(readFileSync(target)) !== manifest.sha256)
      throw new PackRefusedError(source, ['the copy in the pack store does not match the original']);
    // The manifest travels unchanged (its signature covers the original file name too).
    atomicWrite(manifestPathFor(target), `${JSON.stringify(manifest, null, 2)}\n`);
  } catch (error) {
    if (before.current !== name && before.previous !== name) {
      rmSync(target, { force: true });
      rmSync(manifestPathFor(target), { force: true });
    }
    throw error;
  }
  const previous = before.current === name ? before.previous : before.current;
  atomicWrite(join(store, POINTER), `${JSON.stringify({ current: name, previous })}\n`);
  prune(store, [name, previous]);
  return { path: target, manifest, signature: file.manifest ? file.signature : 'unsigned', previous };
}

/** Makes the previous pack current again (and the current one previous). */
export function restorePreviousPack(store: string): StorePointer {
  const { current, previous } = readPointer(store);
  if (!previous) throw new Error('There is no previous data pack to restore.');
  const next = { current: previous, previous: current };
  atomicWrite(join(store, POINTER), `${JSON.stringify(next)}\n`);
  return next;
}

function prune(store: string, keep: (string | null)[]): void {
  for (const name of readdirSync(store)) {
    const pack = name.replace(/\.manifest\.json$/, '');
    if (PACK_FILE.test(pack) && !keep.includes(pack)) rmSync(join(store, name), { force: true });
  }
}
