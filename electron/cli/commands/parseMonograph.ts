// parse-monograph <file.md>: a hospital's Markdown monograph as the pack build would read it.
import { resolve } from 'node:path';
import { parseMonographFile } from '../../../shared/markdownMonograph/parseMonograph.ts';
import { UsageError, type Args, type Print } from '../args.ts';

export function parseMonograph(args: Args, print: Print): number {
  if (args.positional.length !== 1) throw new UsageError('parse-monograph needs one file');
  const parsed = parseMonographFile(resolve(args.positional[0]!));
  print(JSON.stringify(parsed, null, 2), parsed);
  return 0;
}
