// A drug's monograph, laid out in the tabs a nurse knows, true to one product: every section comes from
// the label of the product asked for where that label has it; otherwise from another label of the same
// product; otherwise from another product's label, and then its heading says which. A section the pack
// lacks says "not in this data pack" and which kind of source would supply it; the boxed warning tells
// "this label has none" from "not in this data pack".
import type { Database } from 'sql.js';
import type { LabelProduct, Monograph, MonographSection, PackMeta, SourceEntry } from '../../common/contract.ts';
import {
  CORE_SECTIONS_BY_TAB,
  SECTIONS,
  SECTION_KEYS,
  TABS,
  isSectionKey,
  type SectionKey,
} from '../../common/sections.ts';
import type { SectionTable } from '../../common/sectionTable.ts';
import { describeTraits } from '../../common/productTraits.ts';
import { foldName } from '../../common/normalize.ts';
import {
  brandsOf,
  classesOf,
  componentsOf,
  dosageFormsOf,
  drugById,
  highAlertOf,
  productFormsOf,
  tallmanFor,
} from '../queries/drugs.ts';
import { allSources } from '../queries/sources.ts';
import { labelsOf, sectionsOf, type LabelRow, type SectionRow } from '../queries/sections.ts';
import { pickLabel, sameProduct, traitsOf } from './product.ts';

export class NotFoundError extends Error {}

export function missingNote(key: SectionKey): string {
  return `Not in this data pack. This section would come from ${SECTIONS[key].suppliedBy}.`;
}

export const NO_BOXED_WARNING = 'This label has no boxed warning.';
export const BOXED_NOT_IN_PACK =
  'Not in this data pack (no full label for this product), so whether it has a boxed warning is not known.';

function labelProduct(l: LabelRow): LabelProduct {
  return {
    labelId: l.id,
    title: l.title,
    manufacturer: l.manufacturer || null,
    date: l.version_date || null,
    product: describeTraits(traitsOf(l)),
    sourceName: l.source_name,
  };
}

function toSection(r: SectionRow, key: SectionKey, fromOther: string | null): MonographSection {
  return {
    id: r.id,
    key,
    title: r.title,
    text: r.text,
    tables: r.tables ? (JSON.parse(r.tables) as SectionTable[]) : [],
    missingNote: null,
    summary: r.summary || null,
    fromOther,
    source: {
      id: r.source_id,
      name: r.source_name,
      label: r.label_title,
      local: r.source_kind === 'local',
      setId: r.label_id ? r.label_id.slice(r.label_id.indexOf(':') + 1) : null,
      date: r.version_date || null,
      manufacturer: r.manufacturer || null,
    },
  };
}

const absent = (key: SectionKey, note: string): MonographSection => ({
  id: null,
  key,
  title: SECTIONS[key].title,
  text: null,
  tables: [],
  missingNote: note,
  summary: null,
  fromOther: null,
  source: null,
});

function otherLabelNote(l: LabelRow): string {
  const product = describeTraits(traitsOf(l));
  return `the ${l.title} label${product ? ` (${product})` : ''}`;
}

interface Assembled {
  sections: MonographSection[];
  label: LabelRow | undefined;
  labels: LabelRow[];
  unmatched: string[];
}

/** The sections of one drug for the label a request names. */
function assemble(db: Database, drugId: string, drugName: string, product: string | undefined): Assembled {
  const labels = labelsOf(db, drugId);
  const byId = new Map(labels.map((l) => [l.id, l]));
  const brandForms = (text: string) => {
    const key = foldName(text).replace(/[^a-z0-9]/g, '');
    return productFormsOf(db, drugId).filter((p) => {
      const b = foldName(p.brand).replace(/[^a-z0-9]/g, '');
      return b.length >= 4 && key.includes(b);
    });
  };
  const { label: primary, unmatched } = pickLabel(labels, product, drugName, brandForms);
  const rows = sectionsOf(db, drugId);
  const byKey = new Map<SectionKey, SectionRow[]>();
  for (const r of rows) if (isSectionKey(r.key)) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  const sections: MonographSection[] = [];
  const primaryTraits = primary ? traitsOf(primary) : undefined;
  const rankOf = (r: SectionRow) => (r.label_id ? (byId.get(r.label_id)?.rank ?? 1e9) : 1e9);
  for (const [key, list] of byKey) {
    // Sections not tied to a product label (LactMed, local monographs) belong to the drug as a whole.
    const independent = list.filter((r) => !r.label_id || !byId.has(r.label_id));
    for (const r of independent) sections.push(toSection(r, key, null));
    const own = list.filter((r) => r.label_id && byId.has(r.label_id)).sort((a, b) => rankOf(a) - rankOf(b));
    if (own.length === 0) continue;
    const exact = own.find((r) => r.label_id === primary?.id);
    const same = primaryTraits && own.find((r) => sameProduct(traitsOf(byId.get(r.label_id!)!), primaryTraits));
    if (key === 'boxed_warning' && !exact && primary?.boxed_stated) continue;
    const chosen = exact ?? same ?? own[0]!;
    const label = byId.get(chosen.label_id!)!;
    const other = exact || same || !primary ? null : otherLabelNote(label);
    sections.push(toSection(chosen, key, other));
  }
  return { sections, label: primary, labels, unmatched };
}

function boxedState(sections: MonographSection[], primary: LabelRow | undefined): MonographSection | undefined {
  if (sections.some((s) => s.key === 'boxed_warning')) return undefined;
  return absent('boxed_warning', primary?.boxed_stated ? NO_BOXED_WARNING : BOXED_NOT_IN_PACK);
}

/** One label per other product (the best-ranked of each), for switching product. */
function otherProducts(labels: LabelRow[], primary: LabelRow | undefined): LabelRow[] {
  const seen = new Set<string>(primary ? [describeTraits(traitsOf(primary))] : []);
  const out: LabelRow[] = [];
  for (const l of labels) {
    const product = describeTraits(traitsOf(l));
    if (!product || seen.has(product)) continue;
    seen.add(product);
    out.push(l);
  }
  return out;
}

export function monograph(db: Database, meta: PackMeta, drugId: string, product?: string): Monograph {
  const drug = drugById(db, drugId);
  if (!drug) throw new NotFoundError(`No drug with id "${drugId}" in this data pack.`);
  const { sections: present, label: primary, labels, unmatched } = assemble(db, drugId, drug.name, product);
  const components = componentsOf(db, drugId);
  // A combination without its own label shows each component's sections, each heading naming its component.
  if (
    drug.kind === 'combination' &&
    !present.some((s) => s.key !== 'breastfeeding_lactmed' && s.source && !s.source.local)
  ) {
    // What the combination has itself (its own LactMed record) is not repeated from its components.
    const own = new Set(present.map((s) => s.key));
    for (const component of components) {
      const parts = assemble(db, component.id, component.name, undefined).sections.filter((s) => !own.has(s.key));
      for (const s of parts)
        present.push({ ...s, fromOther: `${s.fromOther ? `${s.fromOther}, ` : ''}component ${component.name}` });
    }
  }
  const boxed =
    labels.length > 0 || present.some((s) => s.key === 'boxed_warning') ? boxedState(present, primary) : undefined;
  if (boxed) present.push(boxed);

  const order = (k: SectionKey) => SECTION_KEYS.indexOf(k);
  const tabs = TABS.map(({ key, title }) => {
    const sections = present.filter((s) => SECTIONS[s.key].tab === key);
    const core = key === 'sources' || key === 'interactions' ? [] : CORE_SECTIONS_BY_TAB[key];
    const wanted = key === 'interactions' ? ['drug_interactions' as const] : core;
    for (const missing of wanted.filter((k) => !sections.some((s) => s.key === k))) {
      sections.push(absent(missing, missing === 'boxed_warning' ? BOXED_NOT_IN_PACK : missingNote(missing)));
    }
    sections.sort((x, y) => order(x.key) - order(y.key));
    return { key, title, sections };
  });

  const used = new Set(present.map((s) => s.source?.id));
  const sources: SourceEntry[] = allSources(db).filter(
    (s) => used.has(s.id) || s.kind === 'vocabulary' || s.kind === 'classes',
  );
  const tall = tallmanFor(db, drug.name);
  return {
    drug: {
      id: drug.id,
      name: drug.name,
      kind: drug.kind,
      rxStatus: drug.rx_status,
      brands: brandsOf(db, drugId),
      classes: classesOf(db, drugId).map((c) => ({ type: c.type, name: c.class })),
      components,
      dosageForms: dosageFormsOf(db, drugId),
      tallman: tall ? { display: tall.display, confusable: JSON.parse(tall.confusable) as string[] } : null,
      highAlert: highAlertOf(db, drugId),
    },
    tabs,
    label: primary ? labelProduct(primary) : null,
    unmatched,
    otherLabels: otherProducts(labels, primary).map(labelProduct),
    sources,
    pack: meta,
  };
}
