// The bundles Electron loads: a sandboxed preload can require nothing but 'electron', and the main
// bundle must reach sql.js (and its WASM file) through node_modules, not inline it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const requires = (file: string) =>
  [
    ...new Set([...readFileSync(resolve(ROOT, file), 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!)),
  ].sort();

describe('Electron bundles', () => {
  beforeAll(() => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'build/bundle.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
  });

  it('gives the sandboxed preload nothing but electron', () => {
    expect(requires('build/out/app/preload.cjs')).toEqual(['electron']);
  });

  it('keeps electron and sql.js out of the main bundle, and no import.meta in CommonJS', () => {
    const main = readFileSync(resolve(ROOT, 'build/out/app/main.cjs'), 'utf8');
    const required = requires('build/out/app/main.cjs');
    expect(required).toContain('electron');
    expect(required.filter((r) => r !== 'electron' && !r.startsWith('node:'))).toEqual([]);
    expect(main).not.toContain('import.meta');
  });

  it('answers calls in the data engine thread, which reaches sql.js through node_modules', () => {
    const worker = readFileSync(resolve(ROOT, 'build/out/app/packWorker.cjs'), 'utf8');
    expect(requires('build/out/app/packWorker.cjs').filter((r) => !r.startsWith('node:'))).toEqual([]);
    expect(worker).not.toContain('import.meta');
    expect(worker).toContain('resolve("sql.js/dist/sql-wasm.wasm")');
    // Main opens the pack once, for the start-up check, and hands it to the worker thread.
    expect(readFileSync(resolve(ROOT, 'build/out/app/main.cjs'), 'utf8')).toContain('packWorker.cjs');
  });
});
