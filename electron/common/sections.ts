// The monograph layout shared by the compiler, the logic, the CLI and the renderer:
// each label section key belongs to one tab, in the order a nurse reads it.

export const TABS = [
  { key: 'overview', title: 'Overview' },
  { key: 'before', title: 'Before using' },
  { key: 'interactions', title: 'Interactions' },
  { key: 'proper-use', title: 'Proper use' },
  { key: 'precautions', title: 'Precautions' },
  { key: 'side-effects', title: 'Side effects' },
  { key: 'sources', title: 'Sources' },
] as const;

export type TabKey = (typeof TABS)[number]['key'];

interface SectionDef {
  readonly title: string;
  readonly tab: TabKey;
  /** Which kind of source would supply this section when the pack has none. */
  readonly suppliedBy: string;
  /** Written for patients (Medication Guide, counselling): used by the patient handout. */
  readonly patientFacing?: true;
}

const LABEL = 'an FDA prescribing label (openFDA / DailyMed)';

export const SECTIONS = {
  boxed_warning: { title: 'Boxed warning', tab: 'overview', suppliedBy: LABEL },
  indications: { title: 'Uses (indications)', tab: 'overview', suppliedBy: LABEL },
  description: { title: 'Description', tab: 'overview', suppliedBy: LABEL },
  dosage_forms: { title: 'Dosage forms and strengths', tab: 'overview', suppliedBy: LABEL },
  clinical_pharmacology: { title: 'How it works', tab: 'overview', suppliedBy: LABEL },
  contraindications: { title: 'Contraindications', tab: 'before', suppliedBy: LABEL },
  allergies: { title: 'Allergies', tab: 'before', suppliedBy: 'a local (hospital) monograph' },
  pregnancy: { title: 'Pregnancy', tab: 'before', suppliedBy: LABEL },
  lactation: { title: 'Breastfeeding', tab: 'before', suppliedBy: LABEL },
  breastfeeding_lactmed: {
    title: 'Breastfeeding (LactMed)',
    tab: 'before',
    suppliedBy: 'a LactMed record (NLM Drugs and Lactation Database)',
  },
  pediatric: { title: 'Children (pediatric use)', tab: 'before', suppliedBy: LABEL },
  geriatric: { title: 'Older adults (geriatric use)', tab: 'before', suppliedBy: LABEL },
  other_conditions: {
    title: 'Other medical problems',
    tab: 'before',
    suppliedBy: LABEL + ' (renal/hepatic impairment) or a local monograph',
  },
  drug_interactions: { title: 'Drug interactions (label text)', tab: 'interactions', suppliedBy: LABEL },
  other_interactions: {
    title: 'Food, alcohol and tobacco',
    tab: 'interactions',
    suppliedBy: 'a local (hospital) monograph',
  },
  dosage_administration: { title: 'Dosage and administration', tab: 'proper-use', suppliedBy: LABEL },
  overdosage: { title: 'Overdose', tab: 'proper-use', suppliedBy: LABEL },
  storage: { title: 'Storage and handling', tab: 'proper-use', suppliedBy: LABEL },
  patient_counseling: {
    title: 'Patient counselling information',
    tab: 'proper-use',
    suppliedBy: LABEL,
    patientFacing: true,
  },
  medication_guide: {
    title: 'Medication Guide',
    tab: 'proper-use',
    suppliedBy: 'an FDA Medication Guide',
    patientFacing: true,
  },
  warnings_precautions: { title: 'Warnings and precautions', tab: 'precautions', suppliedBy: LABEL },
  adverse_reactions: {
    title: 'Side effects (adverse reactions)',
    tab: 'side-effects',
    suppliedBy: LABEL + ' or the NLM TAC-2017 ADR corpus',
  },
} as const satisfies Record<string, SectionDef>;

export type SectionKey = keyof typeof SECTIONS;

export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];

export function isSectionKey(key: string): key is SectionKey {
  return Object.prototype.hasOwnProperty.call(SECTIONS, key);
}

/** Sections every monograph tab is expected to show, so a missing one says "not in this data pack". */
export const CORE_SECTIONS_BY_TAB: Record<Exclude<TabKey, 'sources' | 'interactions'>, SectionKey[]> = {
  overview: ['boxed_warning', 'indications'],
  before: ['contraindications', 'pregnancy', 'lactation', 'pediatric', 'geriatric'],
  'proper-use': ['dosage_administration', 'storage'],
  precautions: ['warnings_precautions'],
  'side-effects': ['adverse_reactions'],
};
