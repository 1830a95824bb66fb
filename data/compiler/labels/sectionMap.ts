// Which monograph section a label section feeds: by LOINC section code for SPL, by heading for
// plain-text sources and for SPL sections coded "unclassified".
import type { SectionKey } from '../../../electron/common/sections.ts';

/** LOINC section codes of SPL (FDA "Section Headings (LOINC)" list) that carry monograph content. */
export const LOINC_SECTIONS: Readonly<Record<string, SectionKey>> = {
  '34066-1': 'boxed_warning',
  '34067-9': 'indications',
  '55105-1': 'indications', // OTC "Purpose"
  '34068-7': 'dosage_administration',
  '43678-2': 'dosage_forms',
  '34070-3': 'contraindications',
  '50570-1': 'contraindications', // OTC "Do not use"
  '43685-7': 'warnings_precautions',
  '34071-1': 'warnings_precautions',
  '42232-9': 'warnings_precautions',
  '50569-3': 'warnings_precautions', // OTC "Ask a doctor before use"
  '50568-5': 'warnings_precautions', // OTC "Ask a doctor or pharmacist"
  '50567-7': 'warnings_precautions', // OTC "When using this product"
  '50566-9': 'warnings_precautions', // OTC "Stop use and ask a doctor"
  '50565-1': 'warnings_precautions', // OTC "Keep out of reach of children"
  '34084-4': 'adverse_reactions',
  '34073-7': 'drug_interactions',
  '42228-7': 'pregnancy',
  '34077-8': 'pregnancy', // teratogenic effects
  '34078-6': 'pregnancy', // nonteratogenic effects
  '34079-4': 'pregnancy', // labor and delivery
  '77290-5': 'pregnancy', // females and males of reproductive potential
  '53414-9': 'pregnancy', // OTC "Pregnancy or breast feeding"
  '77291-3': 'lactation',
  '34080-2': 'lactation',
  '34081-0': 'pediatric',
  '34082-8': 'geriatric',
  '34089-3': 'description',
  '34090-1': 'clinical_pharmacology',
  '43679-0': 'clinical_pharmacology',
  '34088-5': 'overdosage',
  '34069-5': 'storage',
  '44425-7': 'storage',
  '34076-0': 'patient_counseling',
  '88436-1': 'patient_counseling',
  '42231-1': 'medication_guide',
  '42230-3': 'medication_guide', // patient package insert
};

const SPECIFIC_POPULATIONS = new Set<SectionKey>([
  'pregnancy',
  'lactation',
  'pediatric',
  'geriatric',
  'other_conditions',
]);

// Ordered: the first heading pattern that matches wins ("WARNINGS AND PRECAUTIONS" before "PRECAUTIONS").
const HEADING_RULES: ReadonlyArray<readonly [RegExp, SectionKey]> = [
  [/^(boxed warning|warning:)/, 'boxed_warning'],
  [/^indications?( and | & | - |\s+)usage|^indications?$|^uses?$/, 'indications'],
  [/^dosage forms?( and | & )strengths?/, 'dosage_forms'],
  [/^dosage( and | & | - )administration|^directions$|^dosage$/, 'dosage_administration'],
  [/^contraindications?$|^do not use$/, 'contraindications'],
  [/^warnings?( and | & )precautions$|^warnings?$|^precautions$|^general precautions$/, 'warnings_precautions'],
  [/^adverse (reactions|effects|events)$|^side effects$/, 'adverse_reactions'],
  [/^drug(-| )?(drug )?interactions$/, 'drug_interactions'],
  [/^pregnancy|^females and males of reproductive potential|^labor and delivery/, 'pregnancy'],
  [/^nursing mothers|^lactation|^breast-?feeding/, 'lactation'],
  [/^pediatric use|^use in pediatric/, 'pediatric'],
  [/^geriatric use|^use in (the )?(elderly|geriatric)/, 'geriatric'],
  [/^(use in patients with )?(renal|hepatic|kidney|liver) (impairment|insufficiency|disease)/, 'other_conditions'],
  [/^overdos(age|e)$/, 'overdosage'],
  [/^description$/, 'description'],
  [/^clinical pharmacology$|^mechanism of action$/, 'clinical_pharmacology'],
  [/^how supplied|^storage( and handling)?$/, 'storage'],
  [/^(information for patients|patient counseling information|patient counselling information)$/, 'patient_counseling'],
  [/^(medication guide|patient information)$/, 'medication_guide'],
];

/** "5.1 WARNINGS AND PRECAUTIONS SECTION:" → "warnings and precautions". */
export function normaliseHeading(title: string): string {
  return title
    .toLowerCase()
    .replace(/^\s*(section\s+)?\d+(\.\d+)*\.?\s*/, '')
    .replace(/\s+section\b/g, '')
    .replace(/[\s:.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function keyForHeading(title: string): SectionKey | undefined {
  const heading = normaliseHeading(title);
  if (!heading || heading.length > 80) return undefined;
  for (const [pattern, key] of HEADING_RULES) if (pattern.test(heading)) return key;
  return undefined;
}

/**
 * Key for an SPL section. Titles decide for unclassified sections, and also override the code among the
 * specific-population keys, where labels are often mis-coded (a "8.4 Pediatric Use" coded as nursing mothers).
 */
export function keyForSplSection(code: string, title: string, parentKept: boolean): SectionKey | undefined {
  const byCode = LOINC_SECTIONS[code];
  if (byCode) {
    const byTitle = keyForHeading(title);
    if (byTitle && byTitle !== byCode && SPECIFIC_POPULATIONS.has(byCode) && SPECIFIC_POPULATIONS.has(byTitle))
      return byTitle;
    return byCode;
  }
  // Inside a kept section an unclassified subsection is part of the parent ("17.3 Pregnancy" in counselling).
  if ((code === '42229-5' || code === '') && !parentKept) return keyForHeading(title);
  return undefined;
}
