// `verify` on a file: everything the start-up check looks at (SQLite header, the manifest, its
// signature) and everything verifyPack looks at (integrity, references, sources, content hash), each
// problem as one line. Never throws on a bad file: a truncated, random or foreign file is a problem.
import { existsSync, readFileSync } from 'node:fs';
import type { PackMeta, PackSignature } from '../../common/contract.ts';
import { manifestPathFor } from './manifest.ts';
import { openPackBytes } from './openPack.ts';
import { checkPackFile } from './startCheck.ts';
import { verifyPack } from './verify.ts';

export interface FileVerification {
  problems: string[];
  /** Facts worth saying that are not problems (no manifest beside a pack built elsewhere). */
  notes: string[];
  meta: PackMeta | null;
  signature: PackSignature;
}

export async function verifyPackFile(path: string, publicKeyPem: string): Promise<FileVerification> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return {
      problems: [`cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`],
      notes: [],
      meta: null,
      signature: 'not checked',
    };
  }
  const manifestPath = manifestPathFor(path);
  const manifestText = existsSync(manifestPath) ? readFileSync(manifestPath, 'utf8') : null;
  const file = checkPackFile(bytes, manifestText, publicKeyPem);
  const notes: string[] = [];
  let problems = file.problems;
  if (manifestText === null) {
    problems = problems.filter((p) => !p.startsWith('no manifest'));
    notes.push('no manifest beside the pack: the app will not open it until it is imported (install-pack) or sealed');
  } else if (file.signature === 'unsigned') notes.push('the manifest is unsigned (development build)');
  let meta: PackMeta | null = null;
  try {
    const pack = await openPackBytes(bytes, path);
    meta = pack.meta;
    try {
      problems = [...problems, ...verifyPack(pack.db)];
    } finally {
      pack.db.close();
    }
  } catch (error) {
    problems = [...problems, (error as Error).message];
  }
  return {
    problems: [...new Set(problems)],
    notes,
    meta,
    signature: manifestText === null ? 'not checked' : file.signature,
  };
}
