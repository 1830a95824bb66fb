// parse-monograph <file.md>: a hospital's Markdown monograph as the pack build would read it.
import { resolve } from 'node:path';
import { NotMonographError, parseMonographFile } from '../../../shared/markdownMonograph/parseMonograph.ts';
import { InputError, UsageError, type Args, type Print } from '../args.ts';

export function parseMonograph(args: Args, print: Print): number {
  if (args.positional.length !== 1) throw new UsageError('parse-monograph needs one file');
  let parsed;
  try {
    parsed = parseMonographFile(resolve(args.positional[0]!));
  } catch (error) {
    if (error instanceof NotMonographError) throw new InputError(error.message);
    throw error;
  }
  print(JSON.stringify(parsed, null, 2), parsed);
  return 0;
}
