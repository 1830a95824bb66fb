// Vaccines: each is one drug with its type ("live attenuated" or "inactivated") as a class and a
// `vaccine` property, so a rule can select live vaccines. Concepts in data/kb/shorthand/vaccines.json
// gather the CDC CVX codes and the FDA Purple Book products of one vaccine under one drug.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackContent } from '../../shared/pack/content.ts';
import { parseCsv, readText } from './delimited.ts';
import { foldName } from '../../electron/common/normalize.ts';
import { CDC_CVX, KNOWLEDGE_BASE } from './sources.ts';

export type VaccineType = 'live attenuated' | 'inactivated';
interface Concept {
  name: string;
  type: VaccineType;
  match: string;
  names: string[];
}
export interface VaccineConcepts {
  /** The concept a vaccine name belongs to, if any. */
  conceptFor(name: string): Concept | undefined;
  /** The drug of a vaccine name: its concept's drug, or one of its own, typed from its name. */
  drugFor(name: string, sourceId: string): string;
}

export const VACCINE_CLASS_TYPE = 'Vaccine type (CDC CVX / FDA Purple Book)';
const LIVE_WORDS = /\blive\b(?!.*non-replicating)|\blive attenuated\b/;
// A name without "live" may still be a live vaccine: these organisms are only given live (CDC's list of
// live vaccines), unless the name says the product is a non-live form.
const LIVE_ORGANISMS =
  /\b(measles|mumps|rubella|varicella|yellow fever|bcg|rotavirus|vaccinia|ebola|junin|tularemia|adenovirus|dengue)\b/;
const NON_LIVE_FORMS = /\b(inactivated|non-replicating|recombinant|subunit|polysaccharide|conjugate|mrna|toxoids?)\b/;
/** Monoclonal antibodies and immune globulins have CVX codes but are not vaccines. */
const NOT_A_VACCINE = /\bmonoclonal antibody\b|\bimmune globulin\b|\bantitoxin\b/;

export function vaccineTypeOf(name: string): VaccineType {
  const words = plain(name);
  if (LIVE_WORDS.test(words)) return 'live attenuated';
  return LIVE_ORGANISMS.test(words) && !NON_LIVE_FORMS.test(words) ? 'live attenuated' : 'inactivated';
}

/** Lower case, punctuation as spaces: what concept patterns run on. */
const plain = (name: string) =>
  foldName(name)
    .replace(/[^a-z0-9 -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A drug key for a vaccine name; "/" would make it a combination, so it becomes "-". */
const vaccineKey = (name: string) => plain(name).replace(/\//g, '-');

export function isVaccineName(name: string): boolean {
  return /\bvaccine\b|\bbcg live\b|\btoxoids?\b/i.test(name);
}

export function readVaccineConcepts(kbDir: string, content: PackContent): VaccineConcepts {
  const file = JSON.parse(readFileSync(join(kbDir, 'shorthand/vaccines.json'), 'utf8')) as { concepts: Concept[] };
  const concepts = file.concepts.map((c) => ({ ...c, re: new RegExp(c.match) }));
  const typed = (drugId: string, type: VaccineType, sourceId: string) => {
    content.addClass({ drugId, type: VACCINE_CLASS_TYPE, cls: `${type} vaccine`, code: '', sourceId });
    content.addProperty({ drugId, property: 'vaccine', value: type, note: '', cite: '', sourceId });
  };
  const conceptFor = (name: string) => concepts.find((c) => c.re.test(plain(name)));
  const conceptDrug = new Map<string, string>();
  for (const c of concepts) {
    const drugId = content.ensureDrug(vaccineKey(c.name), KNOWLEDGE_BASE.id);
    conceptDrug.set(c.name, drugId);
    typed(drugId, c.type, KNOWLEDGE_BASE.id);
    for (const name of c.names)
      content.addName(drugId, name, /^[A-Z][a-z]/.test(name) ? 'brand' : 'synonym', KNOWLEDGE_BASE.id);
  }
  return {
    conceptFor,
    drugFor(name, sourceId) {
      const concept = conceptFor(name);
      if (concept) {
        const drugId = conceptDrug.get(concept.name)!;
        content.addName(drugId, name, 'synonym', sourceId);
        return drugId;
      }
      const drugId = content.ensureDrug(vaccineKey(name), sourceId);
      typed(drugId, vaccineTypeOf(name), sourceId);
      return drugId;
    },
  };
}

/** CDC CVX codes: every vaccine's full name and short name; immune globulins and antibodies are left to the Purple Book. */
export function readCvx(dir: string, vaccines: VaccineConcepts, content: PackContent): void {
  content.addSource(CDC_CVX);
  for (const row of parseCsv(readText(join(dir, 'cvx_codes.csv.gz')))) {
    const name = row.full_vaccine_name ?? '';
    if (row.nonvaccine === 'true' || !name || /unspecified|all formulations|^no vaccine|^unknown/i.test(name)) continue;
    if (['998', '999'].includes(row.cvx_code ?? '')) continue;
    if (NOT_A_VACCINE.test(plain(name))) continue;
    const drugId = vaccines.drugFor(name, CDC_CVX.id);
    const short = (row.short_description ?? '').trim();
    if (short && short.length <= 40) content.addName(drugId, short, 'abbreviation', CDC_CVX.id);
  }
}
