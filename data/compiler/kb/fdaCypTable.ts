// FDA's CYP table (substrates, inhibitors, inducers with strength) as knowledge-base properties, so
// every drug FDA classifies carries its class even where no hand-written entry names it. A drug the
// hand-written files already grade for a property keeps that grade (they encode label restrictions
// the table does not, e.g. a narrow-therapeutic-index substrate).
import { join } from 'node:path';
import { readTsv } from '../delimited.ts';
import type { SourceInfo } from '../../../shared/pack/content.ts';
import type { PropertyEntry } from './domainFile.ts';
import { byText } from '../../../electron/common/order.ts';

export const FDA_CYP_TABLE: SourceInfo = {
  id: 'fda-ddi-cyp-table',
  name: "FDA's Examples of Drugs that Interact with CYP Enzymes and Transporter Systems (content current as of 05/29/2026) and Drug Development and Drug Interactions: Table of Substrates, Inhibitors and Inducers (content current as of 06/05/2023)",
  origin:
    'https://www.fda.gov/drugs/drug-interactions-labeling/healthcare-professionals-fdas-examples-drugs-interact-cyp-enzymes-and-transporter-systems and https://www.fda.gov/drugs/drug-interactions-labeling/drug-development-and-drug-interactions-table-substrates-inhibitors-and-inducers (transcribed copies; see data/sources/fda-ddi-cyp-table/SOURCE.md)',
  licence: 'US public domain (FDA work, 17 U.S.C. § 105)',
  attribution:
    "Source: U.S. FDA, FDA's Examples of Drugs that Interact with CYP Enzymes and Transporter Systems (content current as of 05/29/2026) and Drug Development and Drug Interactions: Table of Substrates, Inhibitors and Inducers (content current as of 06/05/2023).",
  retrieved: '2026-05-29',
  kind: 'classes',
};

/** The citation id every table-derived property cites (defined in data/kb/citations.json). */
export const FDA_CYP_CITATION = 'fda-ddi-examples-2026';

const ENZYME: Record<string, string> = {
  CYP3A: 'cyp3a4',
  CYP2D6: 'cyp2d6',
  CYP2C9: 'cyp2c9',
  CYP2C19: 'cyp2c19',
  CYP1A2: 'cyp1a2',
  CYP2C8: 'cyp2c8',
};
const STRENGTH: Record<string, string> = {
  strong: 'strong',
  moderate: 'moderate',
  weak: 'weak',
  sensitive: 'sensitive',
  moderate_sensitive: 'moderate',
};
// FDA names that are not one drug: foods, smoking, a class, probes, regimens ("X and ritonavir").
const NOT_A_DRUG = /\band\b|grapefruit|tobacco|oral contraceptives|piperine|curcumin|diosmin|^s-mephenytoin$/;
const NAME: Record<string, string> = {
  'r-venlafaxine': 'venlafaxine',
  's-venlafaxine': 'venlafaxine',
  isavuconazole: 'isavuconazonium',
};

/** In vivo CYP rows of the table, one property entry per (property, value), drugs sorted. */
export function readFdaCypTable(sourcesDir: string): PropertyEntry[] {
  const groups = new Map<string, Set<string>>();
  for (const row of readTsv(join(sourcesDir, 'fda-ddi-cyp-table/cyp_transporter_roles.tsv.gz'))) {
    const enzyme = ENZYME[row.enzyme_or_transporter ?? ''];
    const strength = STRENGTH[row.strength ?? ''];
    const drug = row.drug ?? '';
    if (row.in_vivo_or_in_vitro !== 'in_vivo' || !enzyme || !strength || NOT_A_DRUG.test(drug)) continue;
    // CYP2C8 has rules for inhibitors and substrates only (FDA lists one inducer, rifampin).
    if (enzyme === 'cyp2c8' && row.role === 'inducer') continue;
    const key = `${enzyme}_${row.role}|${strength}`;
    groups.set(key, (groups.get(key) ?? new Set()).add(NAME[drug] ?? drug));
  }
  return [...groups].sort(byText(([key]) => key)).map(([key, drugs]) => {
    const [property = '', value = ''] = key.split('|');
    return { property, value, drugs: [...drugs].sort(), cite: [FDA_CYP_CITATION] };
  });
}
