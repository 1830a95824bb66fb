// Readers for the label corpora shipped under data/sources/labels that are not SPL or openFDA records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SectionKey } from '../../../electron/common/sections.ts';
import type { LabelDoc } from '../model.ts';
import { normalisePlain, splitPlainSections } from './plainText.ts';
import { SectionCollector } from './sectionCollector.ts';
import { keyForHeading } from './sectionMap.ts';
import { ingredientsFromTitle, resolveBrand, type BrandLookup } from './titleIngredients.ts';
import { cleanTitle } from './titles.ts';
import { byText } from '../../../electron/common/order.ts';

export interface CorpusResult {
  docs: LabelDoc[];
  /** Records dropped because no active ingredient could be worked out, by their title or id. */
  unresolved: string[];
}

export function readGzipText(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

export function readJsonLines(path: string): unknown[] {
  return readGzipText(path)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

function field(record: unknown, name: string): string {
  const value = typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : '';
}

/** Separates a section text's own first-line heading ("6 ADVERSE REACTIONS") from its body. */
function withHeading(text: string, key: SectionKey): { title: string; body: string } {
  const body = normalisePlain(text);
  const newline = body.indexOf('\n');
  const first = (newline < 0 ? body : body.slice(0, newline)).replace(/:$/, '').trim();
  if (first.length <= 90 && keyForHeading(first) === key)
    return { title: first, body: body.slice(first.length).replace(/^:/, '').trim() };
  return { title: '', body };
}

const TAC_SECTIONS: Record<string, SectionKey> = {
  'adverse reactions': 'adverse_reactions',
  'warnings and precautions': 'warnings_precautions',
  'boxed warnings': 'boxed_warning',
};

/** TAC-2017 ADR corpus: records keyed by brand name, so ingredients come from the brand lookup. */
export function readTac(dir: string, sourceId: string, lookup: BrandLookup): CorpusResult {
  const byBrand = new Map<string, SectionCollector>();
  for (const file of ['demner-fushman-train-labels.json.gz', 'demner-fushman-test-labels.json.gz']) {
    const records = JSON.parse(readGzipText(join(dir, file))) as unknown[];
    for (const record of records) {
      const brand = field(record, 'label_id').trim();
      const key = TAC_SECTIONS[field(record, 'section_name').toLowerCase()];
      if (!brand || !key) continue;
      const collector = byBrand.get(brand) ?? new SectionCollector();
      byBrand.set(brand, collector);
      const { title, body } = withHeading(field(record, 'section_text'), key);
      collector.add(key, title, body);
    }
  }
  const docs: LabelDoc[] = [];
  const unresolved: string[] = [];
  for (const [brand, collector] of [...byBrand].sort(byText(([brand]) => brand))) {
    const ingredients = resolveBrand(lookup, brand);
    if (ingredients.length === 0) {
      unresolved.push(brand);
      continue;
    }
    // The corpus does not carry set ids or dates; the brand is its own stable record id.
    docs.push({
      sourceId,
      // The corpus gives every boxed warning its labels have.
      boxedStated: true,
      setId: `tac2017:${brand}`,
      versionDate: '',
      title: brand,
      ingredients,
      brandNames: [brand],
      productType: 'rx',
      sections: collector.sections(),
    });
  }
  return { docs, unresolved };
}

/** zietzm DDI-extraction data: Drug Interactions (and some Contraindications) text per DailyMed set id. */
export function readZietzm(dir: string, sourceId: string, lookup: BrandLookup): CorpusResult {
  const bySetId = new Map<string, { title: string; collector: SectionCollector }>();
  for (const record of readJsonLines(join(dir, 'ddi-sections.jsonl.gz'))) {
    const setId = field(record, 'set_id');
    const text = field(record, 'label');
    const key: SectionKey | undefined =
      field(record, 'section') === 'DI'
        ? 'drug_interactions'
        : field(record, 'section') === 'CO'
          ? 'contraindications'
          : undefined;
    if (!setId || !key || !text.trim()) continue;
    const entry = bySetId.get(setId) ?? { title: field(record, 'title'), collector: new SectionCollector() };
    bySetId.set(setId, entry);
    const { title, body } = withHeading(text, key);
    entry.collector.add(key, title, body);
  }
  const docs: LabelDoc[] = [];
  const unresolved: string[] = [];
  for (const [setId, { title: rawTitle, collector }] of bySetId) {
    const title = cleanTitle(rawTitle);
    const ingredients = ingredientsFromTitle(title, lookup);
    if (ingredients.length === 0) {
      unresolved.push(title || setId);
      continue;
    }
    docs.push({
      sourceId,
      setId,
      versionDate: '',
      title,
      ingredients,
      brandNames: [],
      productType: 'unknown',
      sections: collector.sections(),
    });
  }
  return { docs, unresolved };
}

// "TIKOSYN (dofetilide) is…", "CORVERT Injection (ibutilide fumarate injection)": a brand with its generic.
const BRAND_WITH_GENERIC =
  /\b([A-Z][A-Za-z-]{2,}(?:\s[A-Z][A-Za-z-]+)?)(?:®|™)?(?:\s+(?:Injection|Tablets?|Capsules?))?\s*\(([A-Za-z][A-Za-z ,-]{2,80})\)/;
const BRAND_IS = /\b([A-Z][A-Za-z-]{3,})(?:®|™)?(?:\s+injection)?\s+is\s+(?:a|an|indicated)\b/;

const BOXED_CUE =
  /\b(excessive|fatal|death|serious|warning|careful medical supervision|should not|must not|risk of)\b/i;

/**
 * Old-format labels exported as text open with their boxed warning, before any heading (LASIX: "is a
 * potent diuretic which, if given in excessive amounts…"): that paragraph is the boxed warning, not a title.
 */
export function leadingBoxedWarning(text: string): string | undefined {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
  for (const paragraph of paragraphs.slice(0, 2)) {
    if (!paragraph || /^Drug Label for drug brand/i.test(paragraph)) continue;
    if (keyForHeading(paragraph) !== undefined) return undefined;
    if (paragraph.length > 100 && /[.)]$/.test(paragraph) && BOXED_CUE.test(paragraph)) return paragraph;
  }
  return undefined;
}

/** NLM DDI corpus (2014): title line then several sections as plain text, one file per set id. */
export function readNlmCorpus(dir: string, sourceId: string, lookup: BrandLookup): CorpusResult {
  const docs: LabelDoc[] = [];
  const unresolved: string[] = [];
  for (const record of readJsonLines(join(dir, 'label-sections.jsonl.gz'))) {
    const setId = field(record, 'set_id');
    const text = field(record, 'text');
    const titleLine =
      text
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean) ?? '';
    // Some files open straight with a section ("DESCRIPTION"): find the product in the text instead.
    const boxedLead = leadingBoxedWarning(text);
    const titleIsHeading =
      keyForHeading(titleLine) !== undefined ||
      /section$/i.test(titleLine) ||
      (boxedLead !== undefined && boxedLead.startsWith(titleLine.replace(/\s+/g, ' ')));
    let title = titleIsHeading
      ? ''
      : cleanTitle(titleLine.replace(/^Drug Label for drug brand (.+?), containing .*$/i, '$1'));
    let ingredients = titleIsHeading ? [] : ingredientsFromTitle(titleLine, lookup);
    if (ingredients.length === 0) {
      const head = text.slice(0, 4000);
      const pair = BRAND_WITH_GENERIC.exec(head);
      const brand = pair?.[1] ?? BRAND_IS.exec(head)?.[1];
      ingredients = pair
        ? ingredientsFromTitle(`${pair[1]} (${pair[2]})`, lookup)
        : brand
          ? resolveBrand(lookup, brand)
          : [];
      if (!title && brand) title = brand;
    }
    const collector = new SectionCollector();
    if (boxedLead) collector.add('boxed_warning', 'WARNING', boxedLead);
    for (const s of splitPlainSections(text)) collector.add(s.key, s.title, s.text);
    if (ingredients.length === 0) {
      unresolved.push(titleLine || setId);
      continue;
    }
    docs.push({
      sourceId,
      setId,
      versionDate: '',
      title: title || titleLine,
      ingredients,
      brandNames: [],
      productType: 'rx',
      sections: collector.sections(),
    });
  }
  return { docs, unresolved };
}
