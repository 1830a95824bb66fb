// info: the pack's version, counts and sources.
import { atMost } from '../args.ts';
import { formatInfo } from '../format.ts';
import { call, type PackCommand } from './onPack.ts';

export function info({ args, table, print }: PackCommand): number {
  atMost(args, 0);
  const value = call(table, 'packInfo', null);
  print(formatInfo(value), value);
  return 0;
}
