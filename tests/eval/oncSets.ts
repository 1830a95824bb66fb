// Test sets from the two ONC class-member sheets we ship: every object × precipitant within a group.
// Read here independently of data/compiler/interactionLists.ts, so a slip in the compiler's reading
// of the sheets shows up as a miss rather than being copied into the test set.
import { join } from 'node:path';
import { parseCsv, readText } from '../../data/compiler/delimited.ts';
import { ROOT } from '../support/paths.ts';

export interface ListPair {
  group: string;
  object: string;
  precipitant: string;
  objectClass: string;
  precipitantClass: string;
}

const DIR = join(ROOT, 'data/sources/onc-ddi');

/**
 * Misspellings in the sheets, mapped to the US generic a prescriber would type. The checker is
 * measured on the corrected name: a clinician never types "voreconazole".
 */
export const SHEET_SPELLING: Record<string, string> = {
  esmoprazole: 'esomeprazole',
  voreconazole: 'voriconazole',
  lisdexamefetamine: 'lisdexamfetamine',
  demecariuim: 'demecarium',
};

/** Cells that name a class rather than a drug ("NSAID" as a protease-inhibitor object in group 23). */
export const NOT_A_DRUG = new Set(['nsaid']);

function clean(cell: string | undefined): string {
  const name = (cell ?? '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
  return SHEET_SPELLING[name.toLowerCase()] ?? name;
}

function crossProduct(
  groups: Map<string, { objects: Map<string, string>; precipitants: Map<string, string> }>,
): ListPair[] {
  const pairs: ListPair[] = [];
  const seen = new Set<string>();
  for (const [group, g] of groups) {
    for (const [object, objectClass] of g.objects) {
      for (const [precipitant, precipitantClass] of g.precipitants) {
        const key = [object.toLowerCase(), precipitant.toLowerCase()].sort().join('|');
        if (object.toLowerCase() === precipitant.toLowerCase() || seen.has(key)) continue;
        seen.add(key);
        pairs.push({ group, object, precipitant, objectClass, precipitantClass });
      }
    }
  }
  return pairs.sort(
    (x, y) =>
      Number(x.group) - Number(y.group) ||
      x.object.localeCompare(y.object) ||
      x.precipitant.localeCompare(y.precipitant),
  );
}

const groupOf = <T>(map: Map<string, T>, id: string, make: () => T): T => {
  const found = map.get(id);
  if (found) return found;
  const made = make();
  map.set(id, made);
  return made;
};
const emptyGroup = () => ({ objects: new Map<string, string>(), precipitants: new Map<string, string>() });

/** High-priority sheet: one row per member, `role` says object or precipitant. */
export function oncHighPairs(): ListPair[] {
  const groups = new Map<string, ReturnType<typeof emptyGroup>>();
  for (const row of parseCsv(readText(join(DIR, 'onc_high_priority_class_members.csv')))) {
    const drug = clean(row.drug);
    if (!row.onc_ddi_id || !drug || NOT_A_DRUG.has(drug.toLowerCase())) continue;
    const g = groupOf(groups, row.onc_ddi_id, emptyGroup);
    (row.role === 'object' ? g.objects : g.precipitants).set(drug, row.class?.trim() || drug);
  }
  return crossProduct(groups);
}

/**
 * Non-interruptive sheet: the group id and class cells are written only on a group's first row;
 * a class cell with no member under it names a single drug ("Niacin", "Clopidogrel", "Vitamin E").
 */
export function oncNonInterruptivePairs(): ListPair[] {
  const groups = new Map<string, ReturnType<typeof emptyGroup>>();
  let id = '';
  let objectClass = '';
  let precipitantClass = '';
  for (const row of parseCsv(readText(join(DIR, 'onc_non_interruptive_class_members.csv')))) {
    if (row.onc_ni_id && row.onc_ni_id !== id) {
      id = row.onc_ni_id;
      objectClass = '';
      precipitantClass = '';
    }
    if (!id) continue;
    const g = groupOf(groups, id, emptyGroup);
    if (row.object_class?.trim()) objectClass = clean(row.object_class);
    if (row.precipitant_class?.trim()) precipitantClass = clean(row.precipitant_class);
    const object = clean(row.object_drug) || (row.object_class?.trim() && g.objects.size === 0 ? objectClass : '');
    const precipitant =
      clean(row.precipitant_drug) ||
      (row.precipitant_class?.trim() && g.precipitants.size === 0 ? precipitantClass : '');
    if (object && !NOT_A_DRUG.has(object.toLowerCase())) g.objects.set(object, objectClass || object);
    if (precipitant && !NOT_A_DRUG.has(precipitant.toLowerCase()))
      g.precipitants.set(precipitant, precipitantClass || precipitant);
  }
  return crossProduct(groups);
}
