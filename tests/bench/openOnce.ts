// One cold open, in a fresh process: WASM start + reading the file + first answer. Prints ms.
import { performance } from 'node:perf_hooks';
import { openPack } from '../../electron/node/pack/openPack.ts';
import { searchNames } from '../../electron/node/search/search.ts';

const started = performance.now();
const pack = await openPack(process.argv[2]!);
searchNames(pack.db, 'war', 10);
process.stdout.write(String(performance.now() - started));
