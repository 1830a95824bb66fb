// info: the pack's version, counts and sources.
import { formatInfo } from '../format.ts';
import { call, type PackCommand } from './onPack.ts';

export function info({ table, print }: PackCommand): number {
  const value = call(table, 'packInfo', null);
  print(formatInfo(value), value);
  return 0;
}
