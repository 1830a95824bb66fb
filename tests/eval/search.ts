// npm run eval:search [-- --json]: the ward-question evaluation of full-text search on the built pack.
import { openPack } from '../../electron/node/pack/openPack.ts';
import { PACK } from '../support/paths.ts';
import { evaluateSearch } from './search/evaluateSearch.ts';

const pack = await openPack(PACK);
const e = evaluateSearch(pack.db);
if (process.argv.includes('--json')) {
  process.stdout.write(
    `${JSON.stringify({ ...e, results: e.results.map((r) => ({ q: r.question.q, kind: r.question.kind, rank: r.rank, drugs: r.drugs, nothing: r.nothing, section: r.question.section ?? null, sectionShown: r.sectionShown })) }, null, 2)}\n`,
  );
} else {
  const misses = e.results.filter((r) => r.rank === null || r.rank > 5);
  const wrongSection = e.results.filter(
    (r) => r.question.section && r.rank !== null && r.sectionShown !== r.question.section,
  );
  process.stdout.write(
    [
      `Ward questions: ${e.n}`,
      `accepted drug first: ${e.top1} %`,
      `accepted drug in the first 5: ${e.top5} %`,
      `"nothing found": ${e.nothingFound} %`,
      `section that answers shown first (${e.withSection} questions with a section): ${e.sectionRight} %`,
      '',
      ...(misses.length
        ? ['Not in the first 5:', ...misses.map((r) => `  ${r.question.q} → ${r.drugs.join(', ') || '(nothing)'}`)]
        : []),
      ...(wrongSection.length
        ? [
            'Another section first:',
            ...wrongSection.map((r) => `  ${r.question.q} → ${r.sectionShown} (wanted ${r.question.section})`),
          ]
        : []),
    ].join('\n') + '\n',
  );
}
