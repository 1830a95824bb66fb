import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PACK = resolve(ROOT, 'build/out/pack/wardbook.sqlite');
export const RENDERER = resolve(ROOT, 'build/out/renderer');
