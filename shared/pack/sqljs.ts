// Loads sql.js from local files only. The WASM binary is read with fs (which Electron also routes
// into an asar archive) and handed over as bytes, so nothing is ever fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SqlJsStatic } from 'sql.js';

const require = createRequire(import.meta.url);

let engine: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!engine) {
    const initSqlJs = require('sql.js') as (config: { wasmBinary: ArrayBuffer }) => Promise<SqlJsStatic>;
    const wasm = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
    engine = initSqlJs({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  }
  return engine;
}
