// The command line as the CLI reads it: the command, its arguments and the options every command shares.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultUserDataDir, packStoreDir } from '../node/pack/packStore.ts';

const DEFAULT_PACK = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/out/pack/wardbook.sqlite');

export const USAGE = `usage: npm run --silent cli -- <command> [arguments] [--json] [--pack FILE]
commands:
  info                                   pack version, counts and sources
  search <query>                         names and full text
  show <drug>                            the drug's monograph
  interactions <drug>…                   every partner of each drug
  check <drug>… [--condition T]… [--allergy T]… [--min-severity S]
                                         check a medication list
  verify [FILE]                          check a pack file (default: the pack): every problem on a line, exit 1
  install-pack <file> [--store DIR]      verify a pack and make it the one the app opens
  restore-pack [--store DIR]             go back to the pack installed before
  parse-monograph <file.md>              parse a local Markdown monograph`;

/** Exit 2 with the usage. */
export class UsageError extends Error {}
/** Exit 1 with the message: bad input, or nothing found. */
export class InputError extends Error {}

export interface Args {
  command: string;
  positional: string[];
  json: boolean;
  pack: string;
  conditions: string[];
  allergies: string[];
  minSeverity: string | undefined;
  store: string;
}

/** Prints `text`, or `value` as JSON under --json. */
export type Print = (text: string, value: unknown) => void;

export function parseArgs(argv: string[]): Args {
  const args: Args = {
    command: '',
    positional: [],
    json: false,
    pack: DEFAULT_PACK,
    conditions: [],
    allergies: [],
    minSeverity: undefined,
    store: packStoreDir(defaultUserDataDir()),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--pack') args.pack = resolve(value());
    else if (arg === '--store') args.store = resolve(value());
    else if (arg === '--condition') args.conditions.push(value());
    else if (arg === '--allergy') args.allergies.push(value());
    else if (arg === '--min-severity') args.minSeverity = value();
    else if (arg === '--help' || arg === '-h') throw new UsageError('');
    // A misspelt option is refused; anything else starting with "-" ("--", "- warfarin 5 mg") is a list line.
    else if (/^--[a-z][a-z-]*$/.test(arg)) throw new UsageError(`unknown option ${arg}`);
    else if (!args.command) args.command = arg;
    else args.positional.push(arg);
  }
  if (!args.command) throw new UsageError('no command given');
  return args;
}

/** Refuses a command given fewer than `n` arguments. */
export function need(args: Args, n: number): void {
  if (args.positional.length < n)
    throw new UsageError(`${args.command} needs ${n === 1 ? 'an argument' : `${n} arguments`}`);
}

/** Refuses arguments a command does not take: an ignored one would answer a question the user did not ask. */
export function atMost(args: Args, n: number): void {
  if (args.positional.length > n)
    throw new UsageError(
      `${args.command} takes ${n === 0 ? 'no arguments' : n === 1 ? 'one argument' : `${n} arguments`}; got "${args.positional.join(' ')}"`,
    );
}
