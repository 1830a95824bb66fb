// npm run eval:search [-- --json]: the ward-question evaluation of full-text search on the built pack,
// on the tuning set (questions.ts) and on the held-out set (heldOutQuestions.ts), each its own row.
import type { SectionKey } from '../../electron/common/sections.ts';
import { openPack } from '../../electron/node/pack/openPack.ts';
import { PACK } from '../support/paths.ts';
import { acceptedSections, evaluateSearch, type SearchEvaluation } from './search/evaluateSearch.ts';
import { HELD_OUT_QUESTIONS } from './search/heldOutQuestions.ts';
import { WARD_QUESTIONS } from './search/questions.ts';

const pack = await openPack(PACK);
const sets: [string, SearchEvaluation][] = [
  ['tuning set (questions.ts)', evaluateSearch(pack.db, WARD_QUESTIONS)],
  ['held-out set (heldOutQuestions.ts)', evaluateSearch(pack.db, HELD_OUT_QUESTIONS)],
];

if (process.argv.includes('--json')) {
  const json = Object.fromEntries(
    sets.map(([name, e]) => [
      name.split(' ')[0],
      {
        ...e,
        results: e.results.map((r) => ({
          q: r.question.q,
          kind: r.question.kind,
          rank: r.rank,
          drugs: r.drugs,
          nothing: r.nothing,
          section: r.question.section ?? null,
          sectionShown: r.sectionShown,
          sectionInPack: r.sectionInPack,
          missingSaid: r.missingSaid,
        })),
      },
    ]),
  );
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
} else {
  const lines: string[] = [];
  for (const [name, e] of sets) {
    const misses = e.results.filter((r) => r.rank === null || r.rank > 5);
    const wrongSection = e.results.filter(
      (r) =>
        r.sectionInPack &&
        r.rank !== null &&
        !acceptedSections(r.question).includes((r.sectionShown ?? '') as SectionKey),
    );
    const unsaid = e.results.filter((r) => r.missingSaid === false);
    lines.push(
      `${name}: ${e.n} ward questions`,
      `  accepted drug first: ${e.top1} %`,
      `  accepted drug in the first 5: ${e.top5} %`,
      `  "nothing found": ${e.nothingFound} %`,
      `  section that answers shown first (${e.withSection} questions whose drug has it): ${e.sectionRight} %`,
      `  section not in the pack said so (${e.withoutSection} questions): ${e.withoutSection ? `${e.missingSaid} %` : 'n/a'}`,
      ...(misses.length
        ? ['  Not in the first 5:', ...misses.map((r) => `    ${r.question.q} → ${r.drugs.join(', ') || '(nothing)'}`)]
        : []),
      ...(wrongSection.length
        ? [
            '  Another section first:',
            ...wrongSection.map(
              (r) => `    ${r.question.q} → ${r.sectionShown} (wanted ${acceptedSections(r.question).join(' or ')})`,
            ),
          ]
        : []),
      ...(unsaid.length
        ? ['  Section not in the pack, not said:', ...unsaid.map((r) => `    ${r.question.q} (${r.drugs[0] ?? '-'})`)]
        : []),
      '',
    );
  }
  process.stdout.write(lines.join('\n'));
}
