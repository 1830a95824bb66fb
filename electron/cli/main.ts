// npm run --silent cli -- <command> … [--json] [--pack FILE]
// Exit codes: 0 success, 1 nothing found or bad input (message on stderr), 2 usage error.
import { createHandlers } from '../node/ipc/handlers.ts';
import { openPack, PackError } from '../node/pack/openPack.ts';
import { InputError, parseArgs, USAGE, UsageError, type Args, type Print } from './args.ts';
import { check } from './commands/check.ts';
import { info } from './commands/info.ts';
import { interactions } from './commands/interactions.ts';
import type { PackCommand } from './commands/onPack.ts';
import { install, restore, verify } from './commands/packFile.ts';
import { parseMonograph } from './commands/parseMonograph.ts';
import { search } from './commands/search.ts';
import { show } from './commands/show.ts';

/** Commands that work on files, without opening the pack. */
const ON_FILES: Record<string, (args: Args, print: Print) => number | Promise<number>> = {
  'parse-monograph': parseMonograph,
  verify,
  'install-pack': install,
  'restore-pack': restore,
};

/** Commands that read the open pack through the handler table. */
const ON_PACK: Record<string, (command: PackCommand) => number> = { info, search, show, interactions, check };

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message ? `${(error as Error).message}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const print = (text: string, value: unknown) =>
    process.stdout.write(`${args.json ? JSON.stringify(value, null, 2) : text}\n`);
  try {
    const onFiles = Object.hasOwn(ON_FILES, args.command) ? ON_FILES[args.command] : undefined;
    if (onFiles) return await onFiles(args, print);
    const pack = await openPack(args.pack);
    const onPack = Object.hasOwn(ON_PACK, args.command) ? ON_PACK[args.command] : undefined;
    if (!onPack) throw new UsageError(`unknown command "${args.command}"`);
    return onPack({ args, pack, table: createHandlers(pack), print });
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof PackError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      process.stderr.write(`${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
