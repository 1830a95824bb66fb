// Commands on pack files rather than on the open pack: verify, install-pack, restore-pack.
import { resolve } from 'node:path';
import { installPack, restorePreviousPack } from '../../node/pack/packStore.ts';
import { PACK_PUBLIC_KEY } from '../../node/pack/publicKey.ts';
import { PackRefusedError } from '../../node/pack/startCheck.ts';
import { verifyPackFile } from '../../node/pack/verifyFile.ts';
import { atMost, InputError, UsageError, type Args, type Print } from '../args.ts';

/** verify [FILE]: every problem of the pack file (FILE, else --pack) on its own line; exit 1 if there is any. */
export async function verify(args: Args, print: Print): Promise<number> {
  atMost(args, 1);
  const file = args.positional[0] !== undefined ? resolve(args.positional[0]) : args.pack;
  const v = await verifyPackFile(file, PACK_PUBLIC_KEY);
  const ok = v.problems.length === 0;
  print(
    [
      ok ? `ok: ${file} is a sound data pack ${v.meta?.version ?? ''}` : `${file} is not a sound data pack`,
      ...v.notes,
    ].join('\n'),
    { ok, problems: v.problems, notes: v.notes, signature: v.signature, pack: v.meta },
  );
  for (const problem of v.problems) process.stderr.write(`${problem}\n`);
  return ok ? 0 : 1;
}

/** install-pack <file>: verified, then made the pack the app opens; a refused pack changes nothing. */
export async function install(args: Args, print: Print): Promise<number> {
  if (args.positional.length !== 1) throw new UsageError('install-pack needs one pack file');
  try {
    const r = await installPack(resolve(args.positional[0]!), args.store, PACK_PUBLIC_KEY);
    print(
      `installed: data pack ${r.manifest.version} (${r.signature}) as ${r.path}; Wardbook opens it from its next start`,
      { path: r.path, previous: r.previous, signature: r.signature, manifest: r.manifest },
    );
    return 0;
  } catch (error) {
    if (!(error instanceof PackRefusedError)) throw error;
    for (const problem of error.problems) process.stderr.write(`${problem}\n`);
    process.stderr.write('not installed: nothing was changed\n');
    return 1;
  }
}

/** restore-pack: the pack installed before becomes current again. */
export function restore(args: Args, print: Print): number {
  atMost(args, 0);
  try {
    const pointer = restorePreviousPack(args.store);
    print(`restored: ${pointer.current ?? ''} is current again`, pointer);
    return 0;
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}
