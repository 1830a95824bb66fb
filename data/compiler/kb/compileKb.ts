// Compiles data/kb/ into the pack, one named step after another: the special files, then every
// domain file's properties (with FDA's CYP table), then its rules, which select drugs by those properties.
import type { PackContent } from '../../../shared/pack/content.ts';
import { KNOWLEDGE_BASE } from '../sources.ts';
import { readDomainFiles } from './domainRecords.ts';
import { FDA_CYP_TABLE } from './fdaCypTable.ts';
import { compileProperties } from './properties.ts';
import { readOptional } from './readKb.ts';
import { compileRules } from './rules.ts';
import { compileSearchTerms, type SearchSynonyms } from './searchTerms.ts';
import { selector } from './selector.ts';
import { compileCitations, compilePatientFactors, compileSynonymNames, compileTallman } from './specialFileContent.ts';

export function compileKnowledgeBase(dir: string, content: PackContent, sourcesDir: string): void {
  const src = KNOWLEDGE_BASE.id;
  content.addSource(KNOWLEDGE_BASE);
  content.addSource(FDA_CYP_TABLE);
  compileCitations(dir, content);
  compilePatientFactors(dir, content, src);
  compileSynonymNames(dir, content, src);
  compileSearchTerms(readOptional<SearchSynonyms>(dir, 'search-synonyms.json', { entries: [] }), content, src);
  compileTallman(dir, content);
  const domains = readDomainFiles(dir);
  const properties = compileProperties(domains, content, sourcesDir, src);
  compileRules(domains, content, selector(content, properties, src), properties, src);
}
