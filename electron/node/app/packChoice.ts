// Which data pack the app opens. In development: WARDBOOK_PACK, else the pack the build wrote. A
// packaged app never reads an environment variable for this (any user could point it at any file): it
// opens the pack the user installed (Import data pack…), else the one inside its own resources.
import { join } from 'node:path';

export type PackOrigin = 'development' | 'installed' | 'built-in';

export interface PackCandidate {
  path: string;
  origin: PackOrigin;
}

export function packCandidates(o: {
  isPackaged: boolean;
  envPack: string | undefined;
  resourcesPath: string;
  outDir: string;
  installed: string | null;
}): PackCandidate[] {
  if (!o.isPackaged)
    return [{ path: o.envPack?.trim() ? o.envPack : join(o.outDir, 'pack', 'wardbook.sqlite'), origin: 'development' }];
  const builtIn: PackCandidate = { path: join(o.resourcesPath, 'pack', 'wardbook.sqlite'), origin: 'built-in' };
  return o.installed ? [{ path: o.installed, origin: 'installed' }, builtIn] : [builtIn];
}
