// The layer rules (README, Architecture): electron/common imports nothing; shared/ (pack format,
// Markdown monograph reader) imports only itself and electron/common; the compiler in data/ sees
// shared/ and electron/common but never the app; electron/ never imports data/; the renderer sees
// only itself and electron/common; Electron itself is imported by main and the preload alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*import\s[^'"]*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

const resolved = (file: string, spec: string) =>
  spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : spec;

describe('layer boundaries', () => {
  it('keeps electron out of the logic, the contract, the compiler and the CLI', () => {
    for (const dir of ['electron/node', 'electron/common', 'electron/cli', 'shared', 'data']) {
      for (const file of files(resolve(ROOT, dir), /\.ts$/)) {
        expect(
          imports(file).filter((s) => s === 'electron' || s.startsWith('electron/')),
          relative(ROOT, file),
        ).toEqual([]);
      }
    }
  });

  it('lets the renderer import only itself, the shared contract and browser packages', () => {
    for (const file of files(resolve(ROOT, 'renderer/src'), /\.(ts|vue)$/)) {
      for (const spec of imports(file)) {
        const target = resolved(file, spec);
        const ok =
          target.startsWith('renderer/') || target.startsWith('electron/common/') || ['vue', 'pinia'].includes(spec);
        expect(ok, `${relative(ROOT, file)} imports ${spec}`).toBe(true);
      }
    }
  });

  it('keeps the shared contract free of any import but itself and its schema library', () => {
    for (const file of files(resolve(ROOT, 'electron/common'), /\.ts$/)) {
      for (const spec of imports(file))
        expect(
          spec === 'valibot' || resolved(file, spec).startsWith('electron/common/'),
          `${file} imports ${spec}`,
        ).toBe(true);
    }
  });

  it('keeps each layer to the layers below it', () => {
    const below: [string, string[]][] = [
      ['shared', ['shared/', 'electron/common/']],
      ['data', ['data/', 'shared/', 'electron/common/']],
      ['electron', ['electron/', 'shared/']],
    ];
    for (const [dir, allowed] of below) {
      for (const file of files(resolve(ROOT, dir), /\.ts$/)) {
        for (const spec of imports(file).filter((s) => s.startsWith('.'))) {
          const target = resolved(file, spec);
          expect(
            allowed.some((a) => target.startsWith(a)),
            `${relative(ROOT, file)} imports ${spec}`,
          ).toBe(true);
        }
      }
    }
  });

  it('imports main-process and preload code from nowhere else', () => {
    const outside = [
      ...files(resolve(ROOT, 'electron/node'), /\.ts$/),
      ...files(resolve(ROOT, 'electron/cli'), /\.ts$/),
      ...files(resolve(ROOT, 'renderer/src'), /\.(ts|vue)$/),
    ];
    for (const file of outside) {
      for (const spec of imports(file)) {
        const target = resolved(file, spec);
        expect(
          target.startsWith('electron/main/') || target.startsWith('electron/preload/'),
          `${relative(ROOT, file)} imports ${spec}`,
        ).toBe(false);
      }
    }
  });
});
