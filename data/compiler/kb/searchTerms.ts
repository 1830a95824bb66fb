// data/kb/search-synonyms.json into the pack's search_term table: one row per typed phrase, folded
// into the words the search engine compares, with what it also searches and the sections it targets.
import { searchWords } from '../../../electron/common/searchWords.ts';
import { isSectionKey } from '../../../electron/common/sections.ts';
import type { PackContent } from '../../../shared/pack/content.ts';

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

export function compileSearchTerms(file: SearchSynonyms, content: PackContent, sourceId: string): void {
  for (const entry of file.entries) {
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
        sourceId,
      });
    }
  }
}
