// openFDA drug label records (api.fda.gov/drug/label, bulk download) → LabelDoc. Also reads the
// medguard copies, which keep the same fields under {drug_name, sections, openfda_meta}.
import type { SectionKey } from '../../../electron/common/sections.ts';
import type { LabelDoc } from '../model.ts';
import { paragraphise, spliceTables } from './flatText.ts';
import { SectionCollector } from './sectionCollector.ts';
import { keyForHeading } from './sectionMap.ts';
import { isoDate } from './titles.ts';
import { foldName } from '../../../electron/common/normalize.ts';
import { decodeReferences } from './labelHtml.ts';

// Field order is the order parts are joined when several fields feed one key.
const FIELDS: ReadonlyArray<readonly [string, SectionKey]> = [
  ['boxed_warning', 'boxed_warning'],
  ['indications_and_usage', 'indications'],
  ['purpose', 'indications'],
  ['dosage_and_administration', 'dosage_administration'],
  ['dosage_forms_and_strengths', 'dosage_forms'],
  ['contraindications', 'contraindications'],
  ['do_not_use', 'contraindications'],
  ['warnings_and_cautions', 'warnings_precautions'],
  ['warnings', 'warnings_precautions'],
  ['precautions', 'warnings_precautions'],
  ['general_precautions', 'warnings_precautions'],
  ['ask_doctor', 'warnings_precautions'],
  ['ask_doctor_or_pharmacist', 'warnings_precautions'],
  ['when_using', 'warnings_precautions'],
  ['stop_use', 'warnings_precautions'],
  ['keep_out_of_reach_of_children', 'warnings_precautions'],
  ['adverse_reactions', 'adverse_reactions'],
  ['drug_interactions', 'drug_interactions'],
  ['pregnancy', 'pregnancy'],
  ['teratogenic_effects', 'pregnancy'],
  ['nonteratogenic_effects', 'pregnancy'],
  ['labor_and_delivery', 'pregnancy'],
  ['pregnancy_or_breast_feeding', 'pregnancy'],
  ['lactation', 'lactation'],
  ['nursing_mothers', 'lactation'],
  ['pediatric_use', 'pediatric'],
  ['geriatric_use', 'geriatric'],
  ['overdosage', 'overdosage'],
  ['description', 'description'],
  ['clinical_pharmacology', 'clinical_pharmacology'],
  ['mechanism_of_action', 'clinical_pharmacology'],
  ['how_supplied', 'storage'],
  ['storage_and_handling', 'storage'],
  ['information_for_patients', 'patient_counseling'],
  ['patient_counseling_information', 'patient_counseling'],
  ['spl_medguide', 'medication_guide'],
  ['patient_medication_information', 'medication_guide'],
  ['spl_patient_package_insert', 'medication_guide'],
];

type Fields = Record<string, unknown>;

function asObject(value: unknown): Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : {};
}

/** openFDA fields are arrays of strings; the medguard copies flattened them to strings. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return [];
}

// "7 DRUG INTERACTIONS Concomitant use…" → heading "7 DRUG INTERACTIONS"; the heading must read as one
// (a table paragraph, opening with its mark, may follow it).
const LEADING_HEADING =
  /^((?:\d{1,2}(?:\.\d{1,2})?\s+)?[A-Z][A-Z0-9 &/,()\-:]*[A-Z)])(?=\s+(?:[A-Z][a-z]|[a-z0-9(•"“\uFFFC])|$)/;

function splitHeading(text: string, expected: SectionKey): { title: string; body: string } {
  const m = LEADING_HEADING.exec(text);
  if (m && keyForHeading(m[1]!) !== undefined) return { title: m[1]!.trim(), body: text.slice(m[0].length).trim() };
  // Mixed-case headings ("8.3 Nursing Mothers Warfarin was…"): the shortest leading run of words naming this section.
  const words = text.slice(0, 200).split(' ');
  for (let n = 1; n <= Math.min(8, words.length - 1); n++) {
    const prefix = words.slice(0, n).join(' ');
    if (keyForHeading(prefix) === expected) {
      // A boxed warning's title runs on past the words that name the section ("WARNING: SERIOUS AND
      // LIFE‑THREATENING RISKS FROM USE OF …", hyphens of any kind): every following upper-case word
      // belongs to it. (Other headings are short; their body may open with an upper-case name.)
      let end = n;
      if (expected === 'boxed_warning') while (end < words.length - 1 && !/[a-z]/.test(words[end]!)) end++;
      const title = words.slice(0, end).join(' ');
      // Some labels print the title twice in a row: show it once.
      const half = title.slice(0, (title.length - 1) / 2);
      const shown = title === `${half} ${half}` ? half : title;
      return { title: shown.replace(/:$/, ''), body: text.slice(title.length).trim() };
    }
  }
  const uses =
    /^(Uses|Purposes?|Directions|Do not use|Ask a doctor(?: or pharmacist)?(?: before use)?(?: if you (?:have|are))?|When using this product|Stop use and ask a doctor if|Keep out of reach of children\.?|Warnings?)\b:?\s*/i.exec(
      text,
    );
  if (uses && expected !== 'description') return { title: uses[1]!, body: text.slice(uses[0].length).trim() };
  return { title: '', body: text };
}

/**
 * Old-format labels put a short boxed warning before WARNINGS, and openFDA then files it at the start of
 * the warnings field ("WARNING Furosemide is a potent diuretic… WARNINGS In patients with…").
 */
export function boxedAtStartOfWarnings(text: string): { boxed: string; rest: string } | undefined {
  const m = /^WARNINGS?:?\s+(?=[A-Z][a-z])/.exec(text);
  if (!m || /^WARNINGS/.test(text)) return undefined;
  const next = /\s(WARNINGS|PRECAUTIONS)\s+(?=[A-Z])/.exec(text.slice(m[0].length));
  if (!next) return undefined;
  const boxed = text.slice(m[0].length, m[0].length + next.index).trim();
  if (boxed.length < 40 || boxed.length > 3000) return undefined;
  return { boxed, rest: text.slice(m[0].length + next.index).trim() };
}

function compact(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** openFDA marks the original packager's labels; a repackager's carries the original packager's product NDC. */
function repackagedIn(meta: Record<string, unknown>): { repackaged?: boolean } {
  if (strings(meta.original_packager_product_ndc).length > 0) return { repackaged: true };
  const original = [meta.is_original_packager].flat()[0];
  if (original !== undefined) return { repackaged: original !== true && original !== 'true' };
  return {};
}

export function readOpenFdaRecord(record: unknown, sourceId: string): LabelDoc {
  const outer = asObject(record);
  // Medguard shape keeps label fields under "sections" and the openfda block under "openfda_meta".
  const fields = 'sections' in outer ? asObject(outer.sections) : outer;
  const meta = asObject('openfda_meta' in outer ? outer.openfda_meta : outer.openfda);
  const collector = new SectionCollector();
  const seen = new Map<SectionKey, string[]>();
  const hasBoxed = strings(fields.boxed_warning).length > 0;
  for (const [field, key] of FIELDS) {
    for (const raw of strings(fields[field])) {
      let prose = paragraphise(decodeReferences(raw));
      const hidden = !hasBoxed && field === 'warnings' ? boxedAtStartOfWarnings(prose) : undefined;
      if (hidden) {
        collector.add('boxed_warning', 'WARNING', hidden.boxed);
        prose = hidden.rest;
      }
      const { text, tables } = spliceTables(prose, strings(fields[`${field}_table`]));
      // Subsection fields (general_precautions, mechanism_of_action) often repeat text already in their parent.
      const flat = compact(text);
      const already = seen.get(key) ?? [];
      if (already.some((prior) => prior.includes(flat))) continue;
      already.push(flat);
      seen.set(key, already);
      const { title, body } = splitHeading(text, key);
      collector.add(key, title, body, tables);
    }
  }
  const generic = strings(meta.substance_name).length > 0 ? strings(meta.substance_name) : strings(meta.generic_name);
  const ingredients = generic.length > 0 ? generic : strings(outer.drug_name);
  const brands = strings(meta.brand_name);
  const setId =
    strings(outer.set_id)[0] ?? strings(meta.spl_set_id)[0] ?? strings(outer.id)[0] ?? strings(outer.drug_id)[0] ?? '';
  const type = (strings(meta.product_type)[0] ?? '').toUpperCase();
  const brand = brands[0] ?? '';
  const genericName = strings(meta.generic_name)[0] ?? '';
  return {
    sourceId,
    setId,
    versionDate: isoDate(strings(outer.effective_time)[0]),
    title:
      brand && genericName && foldName(brand) !== foldName(genericName)
        ? `${brand} (${genericName})`
        : brand || genericName || ingredients.join(', '),
    ingredients,
    brandNames: brands,
    productType: type.includes('PRESCRIPTION') ? 'rx' : type.includes('OTC') ? 'otc' : 'unknown',
    sections: collector.sections(),
    manufacturer: strings(meta.manufacturer_name)[0] ?? '',
    ...repackagedIn(meta),
    routes: strings(meta.route),
    // openFDA gives the label's boxed_warning field whenever the SPL codes one (832 prescription records: 318 with it,
    // and of the 514 without, 5 mention a boxed warning in their text): those few are not taken as "none".
    boxedStated: hasBoxed || !collector.sections().some((s) => /boxed warning|\bWARNING:/.test(s.text)),
  };
}
