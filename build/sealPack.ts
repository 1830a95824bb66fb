// Writes the manifest beside a data pack (size, SHA-256, version, content hash), signed with the
// Ed25519 key in WARDBOOK_PACK_SIGNING_KEY when one is given (release builds), unsigned otherwise.
// Usage: tsx build/sealPack.ts [pack]   (default: build/out/pack/wardbook.sqlite)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atomicWrite } from '../electron/node/files/atomicWrite.ts';
import { createManifest, manifestPathFor, SIGNING_KEY_ENV, signingKeyFrom } from '../electron/node/pack/manifest.ts';
import { openPackBytes } from '../electron/node/pack/openPack.ts';

export async function sealPack(path: string, keyText = process.env[SIGNING_KEY_ENV]): Promise<string> {
  const bytes = readFileSync(path);
  const pack = await openPackBytes(bytes, path);
  pack.db.close();
  const manifest = createManifest(bytes, path, pack.meta, signingKeyFrom(keyText));
  atomicWrite(manifestPathFor(path), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest.signature ? 'signed' : 'unsigned';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const path = resolve(process.argv[2] ?? resolve(root, 'build/out/pack/wardbook.sqlite'));
  console.log(`${path}: manifest written (${await sealPack(path)})`);
}
