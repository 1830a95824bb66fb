// One open pack per test file: the real pack, through the real sql.js engine.
import { createHandlers } from '../../electron/node/ipc/handlers.ts';
import { openPack, type Pack } from '../../electron/node/pack/openPack.ts';
import { PACK } from './paths.ts';

let opened: Promise<Pack> | null = null;

export function realPack(): Promise<Pack> {
  opened ??= openPack(PACK);
  return opened;
}

export async function realHandlers() {
  return createHandlers(await realPack());
}
