// `npm run eval:interactions [-- --json]`: measures the interaction checker against the test sets
// built from what we ship (see RESULTS.md for how each set is built).
import { openPack } from '../../electron/node/pack/openPack.ts';
import { PACK } from '../support/paths.ts';
import { evaluateAll } from './evaluate.ts';
import { formatReport } from './report.ts';

const pack = await openPack(process.env.WARDBOOK_PACK ?? PACK);
const result = evaluateAll(pack.db, pack.meta);
if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ pack: pack.meta, ...result }, null, 2)}\n`);
} else {
  process.stdout.write(
    `Data pack ${pack.meta.version} (${pack.meta.contentHash.slice(0, 12)})\n\n${formatReport(result)}\n`,
  );
}
