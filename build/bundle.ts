// Bundles the main process and the preload into CommonJS files Electron loads directly.
// sql.js stays external so its WASM file is read from node_modules (inside the asar when packaged).
import { build, type BuildOptions } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sealPack } from './sealPack.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron'],
};

// import.meta.url has no meaning in CommonJS; give it the file's own URL.
const ownUrl: BuildOptions = {
  define: { 'import.meta.url': '__wardbookFileUrl' },
  banner: { js: "const __wardbookFileUrl = require('node:url').pathToFileURL(__filename).href;" },
};
await build({
  ...common,
  ...ownUrl,
  entryPoints: [resolve(root, 'electron/main/index.ts')],
  outfile: resolve(root, 'build/out/app/main.cjs'),
  external: ['electron', 'sql.js'],
});
// The data engine's thread (electron/node/worker/packWorker.ts), started by main beside itself.
await build({
  ...common,
  ...ownUrl,
  entryPoints: [resolve(root, 'electron/node/worker/packWorker.ts')],
  outfile: resolve(root, 'build/out/app/packWorker.cjs'),
  external: ['sql.js'],
});
// Importing a data pack (electron/node/worker/installWorker.ts), also off the main event loop.
await build({
  ...common,
  ...ownUrl,
  entryPoints: [resolve(root, 'electron/node/worker/installWorker.ts')],
  outfile: resolve(root, 'build/out/app/installWorker.cjs'),
  external: ['sql.js'],
});
// A sandboxed preload may require only 'electron' (and a few built-ins): it gets nothing else.
await build({
  ...common,
  entryPoints: [resolve(root, 'electron/preload/index.ts')],
  outfile: resolve(root, 'build/out/app/preload.cjs'),
});

// The pack the app opens at start must have its manifest beside it (signed when the release key is set).
const pack = resolve(root, 'build/out/pack/wardbook.sqlite');
if (existsSync(pack)) console.log(`data pack manifest: ${await sealPack(pack)}`);
