// The logic tests run against the real pack that `npm test` builds first; run alone, vitest builds it.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildPack } from '../../data/compiler/buildPack.ts';
import { PACK, ROOT } from '../support/paths.ts';

export default async function setup(): Promise<void> {
  if (existsSync(PACK)) return;
  const { bytes } = await buildPack({ dataDir: resolve(ROOT, 'data'), openFda: [], splDirs: [], localDirs: [] });
  mkdirSync(dirname(PACK), { recursive: true });
  writeFileSync(PACK, bytes);
}
