// The pairwise lists we ship (NDF-RT, ONC). They grade severity but say nothing about what happens
// or what to do, so each row says so honestly and points at the list; the knowledge base supplies
// the clinical text for the pairs it covers.
import { join } from 'node:path';
import type { PackContent, Severity, SourceInfo } from '../../shared/pack/content.ts';
import { readCsv, streamCsv } from './delimited.ts';
import { moietyKey } from '../../electron/common/normalize.ts';
import { NDFRT, ONC_HIGH, ONC_NON_INTERRUPTIVE } from './sources.ts';

/**
 * NDF-RT grades pairs "Critical" or "Significant". Critical pairs are ones the VA wanted
 * interrupted, but NDF-RT never states a contraindication, so Critical → major and
 * Significant → moderate.
 */
export const NDFRT_SEVERITY: Record<string, Severity> = { Critical: 'major', Significant: 'moderate' };

const LIST_MANAGEMENT: Record<Severity, string> = {
  contraindicated: 'Do not combine unless the prescribing information of both drugs allows it.',
  major: 'Check the prescribing information of both drugs; avoid the combination or monitor closely if it is needed.',
  moderate: 'Check the prescribing information of both drugs; monitor the patient and adjust doses if needed.',
  minor: 'Usually no action is needed; be aware of the interaction.',
};

function addPair(
  content: PackContent,
  a: string,
  b: string,
  row: Omit<Parameters<PackContent['interactions']['push']>[0], 'drugA' | 'drugB' | 'whyA' | 'whyB'> & {
    whyA: string;
    whyB: string;
  },
): void {
  if (a === b) return;
  const [drugA, drugB, whyA, whyB] = a < b ? [a, b, row.whyA, row.whyB] : [b, a, row.whyB, row.whyA];
  content.interactions.push({ ...row, drugA, drugB, whyA, whyB });
}

/** A few rows lack one drug's name; the concept label "A/B" still holds it. */
function otherName(label: string, known: string): string {
  if (!known) return '';
  if (label.startsWith(`${known}/`)) return label.slice(known.length + 1);
  if (label.endsWith(`/${known}`)) return label.slice(0, -known.length - 1);
  return '';
}

export async function readNdfrt(dir: string, content: PackContent): Promise<void> {
  const src = NDFRT.id;
  content.addSource(NDFRT);
  for await (const row of streamCsv(join(dir, 'ndfrt_va_drug_interactions.csv.gz'))) {
    const severity = NDFRT_SEVERITY[row.severity ?? ''];
    const keyA = moietyKey(row.drug1_name || otherName(row.label ?? '', row.drug2_name ?? ''));
    const keyB = moietyKey(row.drug2_name || otherName(row.label ?? '', row.drug1_name ?? ''));
    if (!severity || !keyA || !keyB) {
      content.warnings.push(`ndfrt: skipped ${row.interaction_nui} (${row.label}, ${row.severity})`);
      continue;
    }
    const a = content.ensureDrug(keyA, src);
    const b = content.ensureDrug(keyB, src);
    addPair(content, a, b, {
      severity,
      evidence: 'unspecified',
      onset: 'unspecified',
      effect: `Listed by the VA National Drug File (NDF-RT, 2014) as a ${row.severity?.toLowerCase()} interaction (${row.label}); NDF-RT gives no description of the effect.`,
      mechanism: 'Not stated by NDF-RT.',
      management: LIST_MANAGEMENT[severity],
      whyA: `${keyA}: listed by the VA National Drug File as interacting with ${keyB}`,
      whyB: `${keyB}: listed by the VA National Drug File as interacting with ${keyA}`,
      ruleId: `ndfrt:${row.interaction_nui}`,
      cites: 'ndfrt-2014',
      sourceId: src,
    });
  }
}

// Spelling slips in the ONC spreadsheet, corrected so the drugs match.
// "NSAID" in group 23 names a class, not a drug, and is dropped.
const ONC_FIXES: Record<string, string> = {
  esmoprazole: 'esomeprazole',
  voreconazole: 'voriconazole',
  lisdexamefetamine: 'lisdexamfetamine',
  demecariuim: 'demecarium',
  nsaid: '',
};

function oncDrug(name: string): string {
  const key = moietyKey(name);
  return ONC_FIXES[key] ?? key;
}

type Groups = Map<string, { objects: Map<string, string>; precipitants: Map<string, string> }>;

interface OncList {
  source: SourceInfo;
  severity: Severity;
  listName: string;
  groupName: string;
  rulePrefix: string;
  cite: string;
}

/** Every object × precipitant of each ONC group is one interacting pair. */
function addGroups(content: PackContent, groups: Groups, list: OncList): void {
  content.addSource(list.source);
  for (const [id, group] of groups) {
    for (const [objKey, rawObjClass] of group.objects) {
      // The ONC spreadsheets pad class names with runs of spaces.
      const objClass = rawObjClass.replace(/\s+/g, ' ').trim();
      for (const [preKey, rawPreClass] of group.precipitants) {
        const preClass = rawPreClass.replace(/\s+/g, ' ').trim();
        addPair(content, content.ensureDrug(objKey, list.source.id), content.ensureDrug(preKey, list.source.id), {
          severity: list.severity,
          evidence: 'established',
          onset: 'unspecified',
          effect: `On the ONC list of ${list.listName} (group ${id}: ${objClass} with ${preClass}).`,
          mechanism: 'Not stated by the ONC list.',
          management: LIST_MANAGEMENT[list.severity],
          whyA: `${objKey}: ${objClass} (${list.groupName} ${id})`,
          whyB: `${preKey}: ${preClass} (${list.groupName} ${id})`,
          ruleId: `${list.rulePrefix}:${id}`,
          cites: list.cite,
          sourceId: list.source.id,
        });
      }
    }
  }
}

export function readOnc(dir: string, content: PackContent): void {
  const high: Groups = new Map();
  for (const row of readCsv(join(dir, 'onc_high_priority_class_members.csv'))) {
    const id = row.onc_ddi_id ?? '';
    const group = high.get(id) ?? { objects: new Map(), precipitants: new Map() };
    const key = oncDrug(row.drug ?? '');
    if (key) (row.role === 'object' ? group.objects : group.precipitants).set(key, row.class || key);
    high.set(id, group);
  }
  addGroups(content, high, {
    source: ONC_HIGH,
    severity: 'major',
    listName: 'high-priority interactions that should always alert',
    groupName: 'ONC group',
    rulePrefix: 'onc-high',
    cite: 'phansalkar-2012',
  });

  // The non-interruptive sheet leaves a class cell blank under its first member: carry it down.
  let objectClass = '';
  let precipitantClass = '';
  const ni: Groups = new Map();
  let lastId = '';
  for (const row of readCsv(join(dir, 'onc_non_interruptive_class_members.csv'))) {
    const id = row.onc_ni_id || lastId;
    if (id !== lastId) {
      objectClass = '';
      precipitantClass = '';
      lastId = id;
    }
    objectClass = row.object_class || objectClass;
    precipitantClass = row.precipitant_class || precipitantClass;
    const group = ni.get(id) ?? { objects: new Map(), precipitants: new Map() };
    // A class cell with no member under it ("Niacin") names the drug itself.
    const obj = oncDrug(row.object_drug || (row.object_class && !group.objects.size ? row.object_class : ''));
    const pre = oncDrug(
      row.precipitant_drug || (row.precipitant_class && !group.precipitants.size ? row.precipitant_class : ''),
    );
    if (obj) group.objects.set(obj, objectClass || obj);
    if (pre) group.precipitants.set(pre, precipitantClass || pre);
    ni.set(id, group);
  }
  addGroups(content, ni, {
    source: ONC_NON_INTERRUPTIVE,
    severity: 'minor',
    listName: 'interactions judged not worth interrupting the prescriber for',
    groupName: 'ONC non-interruptive group',
    rulePrefix: 'onc-ni',
    cite: 'phansalkar-2013',
  });
}
