// LactMed (NLM Drugs and Lactation Database), the edition of about January 2016: one "Breastfeeding
// (LactMed)" section per drug that has a record. NLM's terms ask that a copy which is not kept current
// says so, so every section opens with that notice, and the source row carries it too.
import { join } from 'node:path';
import type { PackContent, SourceInfo } from '../../shared/pack/content.ts';
import { readJsonLines } from './labels/corpora.ts';
import { moietyKey } from '../../electron/common/normalize.ts';
import { labelKeyResolver } from './labelKeys.ts';

export const LACTMED_NOTICE =
  'LactMed® 2016 edition (about January 2016), not the current LactMed: advice may have changed since. ' +
  'Check the current LactMed (ncbi.nlm.nih.gov/books/NBK501922) before relying on it.';

export const LACTMED: SourceInfo = {
  id: 'lactmed-2016',
  name: 'LactMed® Drugs and Lactation Database, 2016 edition (not current)',
  origin:
    'github.com/emilydowdle/lactation-station @ 96824699 (lib/assets/final_lact_med_data.yml, a text export of NLM LactMed, about January 2016)',
  licence: 'US public domain (NLM / NICHD); NLM terms for downloaded data apply',
  attribution:
    'Courtesy of the U.S. National Library of Medicine. LactMed® is a registered trademark of the U.S. Department of Health and Human Services. ' +
    'This is the 2016 edition, not the most current version; no endorsement by NLM is implied.',
  retrieved: '2016-01-11',
  kind: 'label',
};

export interface LactMedRecord {
  recordNo: string;
  substance: string;
  summary: string;
  infantEffects: string;
  lactationEffects: string;
  alternatives: string;
  drugLevels: string;
}

function field(record: unknown, name: string): string {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The export keeps citation markers whose reference lists were dropped, <br> tags and run-together headings. */
export function tidyLactMed(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\s*(\[\d+(?:[-–,]\d+)*\])+/g, '')
    .replace(/\s*(Maternal Levels:|Infant Levels:)\s*/g, '\n\n$1 ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function readLactMed(dir: string): LactMedRecord[] {
  return readJsonLines(join(dir, 'lactmed_2016_records.jsonl.gz')).map((r) => ({
    recordNo: field(r, 'record_no'),
    substance: field(r, 'substance_name').trim(),
    summary: tidyLactMed(field(r, 'summary_of_use_during_lactation')),
    infantEffects: tidyLactMed(field(r, 'effects_in_breastfed_infants')),
    lactationEffects: tidyLactMed(field(r, 'effects_on_lactation_and_breastmilk')),
    alternatives: tidyLactMed(field(r, 'alternate_drugs_to_consider')),
    drugLevels: tidyLactMed(field(r, 'drug_levels')),
  }));
}

/** The section text: the currency notice, then LactMed's parts under their own headings. */
export function lactMedText(record: LactMedRecord): string {
  const parts: [string, string][] = [
    ['Summary of use during lactation', record.summary],
    ['Effects in breastfed infants', record.infantEffects],
    ['Effects on lactation and breastmilk', record.lactationEffects],
    ['Alternate drugs to consider', record.alternatives],
    ['Drug levels', record.drugLevels],
  ];
  return [LACTMED_NOTICE, ...parts.filter(([, text]) => text).map(([heading, text]) => `${heading}\n\n${text}`)].join(
    '\n\n',
  );
}

/** A record's drug: "Amoxicillin and Clavulanic Acid" → the combination; only drugs the pack already knows. */
export function addLactMed(content: PackContent, dir: string): number {
  content.addSource(LACTMED);
  const resolve = labelKeyResolver(content);
  let added = 0;
  const done = new Set<string>();
  for (const record of readLactMed(dir)) {
    const parts = record.substance.split(/\s+and\s+|\s*\/\s*|\s*,\s*/i).filter(Boolean);
    const key = moietyKey(parts.join('; '));
    const resolved = key ? resolve(key) : null;
    const drugId = resolved ? content.drugIdIfKnown(resolved) : undefined;
    if (!drugId || done.has(drugId)) continue;
    done.add(drugId);
    const labelId = `${LACTMED.id}:${record.recordNo}`;
    content.labels.set(labelId, {
      id: labelId,
      title: `LactMed record: ${record.substance}`,
      versionDate: '',
      sourceId: LACTMED.id,
    });
    content.sections.push({
      drugId,
      key: 'breastfeeding_lactmed',
      title: 'Breastfeeding (LactMed)',
      text: lactMedText(record),
      labelId,
      sourceId: LACTMED.id,
    });
    added++;
  }
  return added;
}
