// Offline packaging: electron-builder --dir against a stand-in Electron folder this test writes (a file
// carrying the fuse sentinel and a fuse wire, so the fuse step runs), then the result is read back:
// the asar holds exactly what the app loads, the pack and its manifest sit in resources, fuses are set.
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// A fuse's state is an ASCII digit in the wire.
const OFF = '0'.charCodeAt(0);
const ON = '1'.charCodeAt(0);
const work = mkdtempSync(join(tmpdir(), 'wardbook-dist-'));
const electronDist = join(work, 'electron');
const output = join(work, 'out');
const unpacked = join(output, 'linux-unpacked');

beforeAll(() => {
  for (const built of [
    'build/out/app/main.cjs',
    'build/out/renderer/index.html',
    'build/out/pack/wardbook.sqlite.manifest.json',
  ])
    expect(existsSync(join(ROOT, built)), `${built}: run npm run build first`).toBe(true);
  mkdirSync(electronDist, { recursive: true });
  // Every fuse starts enabled (ASCII '1'), as in a stock Electron binary the packager must change.
  writeFileSync(
    join(electronDist, 'electron'),
    Buffer.concat([
      Buffer.from('#!/bin/sh\nexit 1\n'),
      Buffer.from(SENTINEL),
      Buffer.from([1, 8]),
      Buffer.from('11111111'),
    ]),
  );
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'LICENSE'), 'stand-in');
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--config',
      'build/electron-builder.json',
      '--linux',
      '--dir',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
      '-c.electronVersion=45.4.1',
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ELECTRON_BUILDER_OFFLINE: 'true' } },
  );
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
}, 600_000);

describe('packaged app (linux --dir, stand-in Electron)', () => {
  it('holds exactly the bundles, the renderer and the sql.js files the app loads in its asar', () => {
    const entries = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false })
      .map((f) => f.split('\\').join('/'))
      .sort();
    // Files only: an entry that is the folder of another entry is left out.
    const files = entries.filter((f) => !entries.some((o) => o.startsWith(`${f}/`)));
    const renderer = files.filter((f) => f.startsWith('/build/out/renderer/'));
    expect(renderer).toContain('/build/out/renderer/index.html');
    expect(renderer.some((f) => f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => !f.startsWith('/build/out/renderer/'))).toEqual([
      '/build/out/app/installWorker.cjs',
      '/build/out/app/main.cjs',
      '/build/out/app/packWorker.cjs',
      '/build/out/app/preload.cjs',
      '/node_modules/sql.js/dist/sql-wasm.js',
      '/node_modules/sql.js/dist/sql-wasm.wasm',
      '/node_modules/sql.js/package.json',
      '/package.json',
    ]);
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
  });

  it('puts the data pack and its manifest in resources, byte for byte', () => {
    for (const name of ['wardbook.sqlite', 'wardbook.sqlite.manifest.json'])
      expect(
        readFileSync(join(unpacked, 'resources', 'pack', name)).equals(
          readFileSync(join(ROOT, 'build/out/pack', name)),
        ),
      ).toBe(true);
  });

  it('writes the fuses: no RunAsNode, NODE_OPTIONS or inspect, asar only, asar integrity on', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'wardbook'));
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(OFF);
  });
});
