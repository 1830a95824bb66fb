// npm run build:data [-- --out FILE] [--openfda FILE…] [--spl DIR…] [--local DIR…]
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPack } from './buildPack.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_PACK = resolve(root, 'build/out/pack/wardbook.sqlite');

function parseArgs(argv: string[]): { out: string; openFda: string[]; splDirs: string[]; localDirs: string[] } {
  const out = { out: DEFAULT_PACK, openFda: [] as string[], splDirs: [] as string[], localDirs: [] as string[] };
  let list: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      out.out = resolve(argv[++i] ?? '');
      list = null;
    } else if (arg === '--openfda') list = out.openFda;
    else if (arg === '--spl') list = out.splDirs;
    else if (arg === '--local') list = out.localDirs;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (list) list.push(resolve(arg));
    else throw new Error(`unexpected argument ${arg}`);
  }
  for (const path of [...out.openFda, ...out.splDirs, ...out.localDirs]) {
    if (!existsSync(path)) throw new Error(`not found: ${path}`);
  }
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `build:data: ${(error as Error).message}\nusage: npm run build:data -- [--out FILE] [--openfda FILE…] [--spl DIR…] [--local DIR…]\n`,
    );
    process.exit(2);
  }
  const { bytes, warnings } = await buildPack({ dataDir: resolve(root, 'data'), ...args });
  mkdirSync(dirname(args.out), { recursive: true });
  // Write beside and rename, so a failed build never leaves a half-written pack where the app looks.
  writeFileSync(`${args.out}.tmp`, bytes);
  renameSync(`${args.out}.tmp`, args.out);
  for (const w of warnings.slice(0, 20)) process.stderr.write(`warning: ${w}\n`);
  if (warnings.length > 20) process.stderr.write(`… and ${warnings.length - 20} more warnings\n`);
  process.stdout.write(
    `wrote ${args.out} (${(bytes.length / 1e6).toFixed(1)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

main().catch((error: unknown) => {
  // The message names the file and the problem; the stack is for us, only when asked for.
  process.stderr.write(
    `build:data failed: ${error instanceof Error ? (process.env.DEBUG ? error.stack : error.message) : String(error)}\n`,
  );
  process.exit(1);
});
