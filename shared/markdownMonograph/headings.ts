// What each heading a hospital writer might use means: a section, the brand list, a container
// ("Before Using" only groups subsections) or a side-effect frequency band.
import { SECTIONS, SECTION_KEYS, type SectionKey } from '../../electron/common/sections.ts';
import { normKey } from './text.ts';
import type { Frequency } from './types.ts';

export type KnownHeading =
  /** labelled: the heading is a sub-part of its section, so its name stays in the section text. */
  { kind: 'section'; key: SectionKey; labelled: boolean } | { kind: 'brands' } | { kind: 'container' };

const SECTION_NAMES: [SectionKey, string[]][] = [
  ['description', ['description', 'about this medicine', 'overview']],
  ['indications', ['uses', 'indications', 'what it is used for']],
  ['allergies', ['allergies', 'allergy']],
  ['pediatric', ['pediatric', 'paediatric', 'pediatrics', 'paediatrics', 'children', 'use in children']],
  ['geriatric', ['geriatric', 'geriatrics', 'older adults', 'elderly', 'use in older adults', 'use in the elderly']],
  ['pregnancy', ['pregnancy', 'use in pregnancy']],
  ['lactation', ['breastfeeding', 'breast feeding', 'lactation', 'nursing mothers']],
  ['drug_interactions', ['drug interactions', 'interactions with medicines', 'medicine interactions', 'interactions']],
  [
    'other_interactions',
    ['other interactions', 'food interactions', 'interactions with food tobacco alcohol', 'food alcohol tobacco'],
  ],
  ['other_conditions', ['other medical problems', 'other medical conditions', 'other conditions', 'medical problems']],
  ['dosage_administration', ['proper use', 'how to use', 'how to take']],
  ['storage', ['storage', 'how to store']],
  ['overdosage', ['overdose', 'overdosage']],
  ['warnings_precautions', ['precautions', 'warnings', 'precautions while using']],
  ['adverse_reactions', ['side effects', 'adverse effects', 'adverse reactions', 'unwanted effects']],
];

// Sub-parts of "Proper Use": they land in its section but keep their own name in the text.
const LABELLED_DOSAGE_NAMES = ['dosing', 'dose', 'doses', 'dosage', 'missed dose', 'administration'];

const BRAND_NAMES = [
  'brand name',
  'brand names',
  'brands',
  'us brand name',
  'us brand names',
  'canadian brand name',
  'canadian brand names',
  'uk brand name',
  'trade name',
  'trade names',
];
const CONTAINER_NAMES = [
  'before using',
  'before you use',
  'before taking',
  'before you take',
  'before using this medicine',
  'before use',
];

const KNOWN = new Map<string, KnownHeading>();
for (const key of SECTION_KEYS) {
  KNOWN.set(normKey(key.replace(/_/g, ' ')), { kind: 'section', key, labelled: false });
  KNOWN.set(normKey(SECTIONS[key].title), { kind: 'section', key, labelled: false });
}
for (const [key, names] of SECTION_NAMES)
  for (const name of names) KNOWN.set(name, { kind: 'section', key, labelled: false });
for (const name of LABELLED_DOSAGE_NAMES)
  KNOWN.set(name, { kind: 'section', key: 'dosage_administration', labelled: true });
for (const name of BRAND_NAMES) KNOWN.set(name, { kind: 'brands' });
for (const name of CONTAINER_NAMES) KNOWN.set(name, { kind: 'container' });

export function knownHeading(text: string): KnownHeading | null {
  return KNOWN.get(normKey(text)) ?? null;
}

export function isBrandLabel(text: string): boolean {
  return KNOWN.get(normKey(text))?.kind === 'brands';
}

const FREQUENCY_NAMES: [Frequency, string[]][] = [
  ['more common', ['more common', 'common', 'very common', 'frequent', 'more frequent']],
  // "Less common or rare" is one band on consumer pages; its upper bound is the honest label.
  ['less common', ['less common', 'uncommon', 'less frequent', 'occasional', 'less common or rare']],
  ['rare', ['rare', 'very rare', 'rare or very rare']],
  [
    'incidence not known',
    [
      'incidence not known',
      'frequency not known',
      'not known',
      'incidence unknown',
      'frequency unknown',
      'unknown frequency',
    ],
  ],
];
const FREQUENCY = new Map(FREQUENCY_NAMES.flatMap(([band, names]) => names.map((name) => [name, band] as const)));

/** "### Less common", "**Rare:**", "Incidence not known" and "More common side effects" all name a band. */
export function frequencyOf(text: string): Frequency | null {
  const key = normKey(text)
    .replace(/\b(side )?effects?\b/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return FREQUENCY.get(key) ?? null;
}
