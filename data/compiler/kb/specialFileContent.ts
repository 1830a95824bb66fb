// The knowledge base's special files (data/kb/FORMAT.md): citations, the patient factors (conditions
// and allergy classes), synonyms and abbreviations as drug names, and tall-man spellings.
import type { PackContent } from '../../../shared/pack/content.ts';
import { foldName, moietyKey } from '../../../electron/common/normalize.ts';
import { readOptional } from './readKb.ts';
import type { Citation, PatientFactorEntry, Synonyms, TallmanEntry } from './types.ts';

/**
 * The knowledge base's synonyms (INN and British names, not ward abbreviations, which are too short
 * to trust in source data) as aliases, read before any other source so that a name in DrugCentral,
 * NDF-RT or a label lands on the US drug ("rifampicin" on rifampin).
 */
export function readAliases(dir: string, content: PackContent): void {
  for (const [word, generic] of Object.entries(readOptional<Synonyms>(dir, 'synonyms.json', {}).synonyms ?? {})) {
    const from = moietyKey(word);
    const to = moietyKey(generic);
    if (from && to && from !== to) content.aliases.set(from, to);
  }
}

export function compileCitations(dir: string, content: PackContent): void {
  for (const c of readOptional<Citation[]>(dir, 'citations.json', [])) {
    content.citations.set(c.id, { id: c.id, title: c.title, url: c.url ?? '', year: String(c.year ?? '') });
  }
}

export function compilePatientFactors(dir: string, content: PackContent, src: string): void {
  for (const [kind, file] of [
    ['condition', 'conditions.json'],
    ['allergy', 'allergies.json'],
  ] as const) {
    for (const t of readOptional<PatientFactorEntry[]>(dir, file, [])) {
      content.patientFactors.push({
        kind,
        id: t.id,
        label: t.label,
        synonyms: JSON.stringify(t.synonyms.map(foldName)),
        sourceId: src,
      });
    }
  }
}

/** Abbreviations and synonyms become names of the drug they stand for. */
export function compileSynonymNames(dir: string, content: PackContent, src: string): void {
  const synonyms = readOptional<Synonyms>(dir, 'synonyms.json', {});
  for (const [kind, map] of [
    ['abbreviation', synonyms.abbreviations ?? {}],
    ['synonym', synonyms.synonyms ?? {}],
  ] as const) {
    for (const [word, generic] of Object.entries(map)) {
      const key = moietyKey(generic);
      if (key) content.addName(content.ensureDrug(key, src), word, kind, src);
    }
  }
}

export function compileTallman(dir: string, content: PackContent): void {
  for (const entry of readOptional<TallmanEntry[]>(dir, 'tallman.json', [])) {
    for (const display of entry.names) {
      const others = entry.names.filter((n) => n !== display);
      const norm = foldName(display);
      const prior = content.tallman.get(norm);
      const confusable = [...new Set([...(prior ? (JSON.parse(prior.confusable) as string[]) : []), ...others])];
      content.tallman.set(norm, {
        norm,
        display,
        confusable: JSON.stringify(confusable),
        list: prior && prior.list !== entry.list ? `${prior.list}, ${entry.list}` : entry.list,
      });
    }
  }
}
