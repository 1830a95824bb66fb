// data/kb/search-synonyms.json into the pack's search_term table: one row per typed phrase, folded
// into the words the search engine compares, with what it also searches and the sections it targets.
import { searchWords } from '../../../electron/common/searchWords.ts';
import { isSectionKey } from '../../../electron/common/sections.ts';
import type { PackContent, SourceInfo } from '../../../shared/pack/content.ts';
import { MESH_2024, META_INVENTORY } from '../sources.ts';

export interface SearchSynonymEntry {
  typed: string[];
  search?: string[];
  sections?: string[];
  onlyWith?: string[];
  reason: string;
}
export interface SearchSynonyms {
  entries: SearchSynonymEntry[];
}

const phrase = (text: string) => searchWords(text).join(' ');

// The reference lists a reason may cite, by the words it cites them with.
const CITED: [string, SourceInfo][] = [
  ['MeSH', MESH_2024],
  ['Meta-Inventory', META_INVENTORY],
];

/** The list a reason cites first, or null for our own reading of label wording. */
function citedSource(reason: string): SourceInfo | null {
  const found = CITED.map(([words, source]) => ({ at: reason.indexOf(words), source })).filter((c) => c.at >= 0);
  return found.sort((x, y) => x.at - y.at)[0]?.source ?? null;
}

/** Each row names the list its reason cites first (MeSH, the Meta-Inventory), else the knowledge base. */
export function compileSearchTerms(file: SearchSynonyms, content: PackContent, kbSourceId: string): void {
  for (const entry of file.entries) {
    const cited = citedSource(entry.reason);
    if (cited) content.addSource(cited);
    const sourceId = cited?.id ?? kbSourceId;
    const sections = (entry.sections ?? []).filter((s) => isSectionKey(s));
    if (sections.length !== (entry.sections ?? []).length)
      throw new Error(`search-synonyms.json: unknown section in ${JSON.stringify(entry.sections)}`);
    const search = [...new Set((entry.search ?? []).map(phrase).filter(Boolean))];
    for (const typed of entry.typed.map(phrase).filter(Boolean)) {
      // A phrase typed in two entries searches what both say; the first entry's reason leads.
      const prior = content.searchTerms.get(typed);
      const merged = (a: string | undefined, b: string[]) =>
        JSON.stringify([...new Set([...(a ? (JSON.parse(a) as string[]) : []), ...b])]);
      content.searchTerms.set(typed, {
        typed,
        search: merged(
          prior?.search,
          search.filter((s) => s !== typed),
        ),
        sections: merged(prior?.sections, sections),
        onlyWith: merged(prior?.onlyWith, (entry.onlyWith ?? []).map(phrase)),
        reason: prior ? `${prior.reason} ${entry.reason}` : entry.reason,
        sourceId: prior?.sourceId ?? sourceId,
      });
    }
  }
}
