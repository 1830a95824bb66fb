// search <query>: names and full text; nothing found exits 1.
import { snippetWithGuillemets } from '../../common/snippet.ts';
import { need } from '../args.ts';
import { formatSearch } from '../format.ts';
import { call, type PackCommand } from './onPack.ts';

export function search({ args, table, print }: PackCommand): number {
  need(args, 1);
  const r = call(table, 'search', { query: args.positional.join(' ') });
  // Everything the app's search answers, as the README documents it; matches in «» instead of markers.
  const out = {
    ...r,
    answer: r.answer && { ...r.answer, sentences: r.answer.sentences.map(snippetWithGuillemets) },
    results: r.results.map((t) => ({ ...t, snippet: snippetWithGuillemets(t.snippet) })),
  };
  print(formatSearch(r), out);
  if (r.names.length === 0 && r.results.length === 0) {
    process.stderr.write(`nothing found for "${r.query}"\n`);
    return 1;
  }
  return 0;
}
