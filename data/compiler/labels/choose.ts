// One monograph per active-moiety key, assembled from the best label that has each section.
import { SECTION_KEYS } from '../../../electron/common/sections.ts';
import type { LabelDoc, LabelSection } from '../model.ts';
import { moietyKey } from '../../../electron/common/normalize.ts';
import { NLM_DDI_CORPUS, OPENFDA_MEDGUARD, TAC2017, ZIETZM } from './labelSources.ts';
import {
  releaseIn,
  releaseOfForm,
  routeIn,
  saltsIn,
  type ProductTraits,
  type Release,
} from '../../../electron/common/productTraits.ts';
import { compareText } from '../../../electron/common/order.ts';

export type ChosenSection = LabelSection & { sourceId: string; setId: string; versionDate: string };

export interface ChooseOptions {
  /** True for the brand Drugs@FDA marks as reference listed drug; its label outranks generics of the same date. */
  isReferenceBrand?: (brand: string) => boolean;
  /** Drugs@FDA dosage forms and routes of a brand ("tablet, extended release", "oral"), to tell a label's product. */
  formsOfBrand?: (brand: string) => { form: string; route: string }[];
}

/** A label of one moiety key, in the order the monograph prefers them (rank 0 is the default product's label). */
export interface RankedLabel {
  doc: LabelDoc;
  rank: number;
  traits: ProductTraits;
}

export interface KeyChoice {
  labels: RankedLabel[];
  /**
   * For each product (labels with the same traits), its best label's sections and what the product's other
   * labels fill in: every section a product-specific monograph may show, each tied to its label.
   */
  sections: ChosenSection[];
}

// Undated corpora, ranked by when their text was current (never shown: the label's own date stays '').
const SOURCE_VINTAGE: Readonly<Record<string, string>> = {
  [OPENFDA_MEDGUARD.id]: '2026-07-15',
  [ZIETZM.id]: '2024-06-01',
  [TAC2017.id]: '2015-01-01',
  [NLM_DDI_CORPUS.id]: '2014-05-01',
};

const TYPE_RANK: Record<LabelDoc['productType'], number> = { rx: 0, unknown: 1, otc: 2 };
const SECTION_ORDER = new Map(SECTION_KEYS.map((key, i) => [key, i]));

// The original packager's label (the application holder or its manufacturer) before a repackager's or relabeler's
// copy, and before a label whose source does not say who put it out (often a repackager's, and often older).
const PACKAGER_RANK = (doc: LabelDoc) => (doc.repackaged === false ? 0 : 1);

interface Ranked {
  doc: LabelDoc;
  /**
   * A whole label: its source carries the whole document (so a boxed warning it lacks is one the label lacks) and it
   * says what the drug is for and how to give it; not a corpus's extract of a few sections.
   */
  whole: boolean;
  year: string;
  reference: boolean;
  branded: boolean;
  size: number;
}

function rank(doc: LabelDoc, key: string, options: ChooseOptions): Ranked {
  const keys = new Set(doc.sections.map((s) => s.key));
  return {
    doc,
    whole: doc.boxedStated === true && keys.has('indications') && keys.has('dosage_administration'),
    // By year: undated corpora only have a retrieval date, and within a year a complete label matters more.
    year: (doc.versionDate || SOURCE_VINTAGE[doc.sourceId] || '').slice(0, 4),
    reference: doc.brandNames.some((b) => options.isReferenceBrand?.(b) === true),
    // A brand label (name other than the generic) is usually the originator's, the text generics copy.
    branded: doc.brandNames.some((b) => moietyKey(b) !== key),
    size: doc.sections.reduce((n, s) => n + s.text.length, 0),
  };
}

/**
 * Best first: prescription over OTC; a whole label over an extract; the original packager's over a repackager's;
 * more sections; newer year; reference brand; brand; more text; then ids for a stable order.
 */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    TYPE_RANK[a.doc.productType] - TYPE_RANK[b.doc.productType] ||
    Number(b.whole) - Number(a.whole) ||
    PACKAGER_RANK(a.doc) - PACKAGER_RANK(b.doc) ||
    b.doc.sections.length - a.doc.sections.length ||
    compareText(b.year, a.year) ||
    Number(b.reference) - Number(a.reference) ||
    Number(b.branded) - Number(a.branded) ||
    b.size - a.size ||
    compareText(a.doc.sourceId, b.doc.sourceId) ||
    compareText(a.doc.setId, b.doc.setId)
  );
}

/** The moiety key a label feeds: a combination label feeds only its combination, never its parts. */
export function labelKey(doc: LabelDoc): string {
  return moietyKey(doc.ingredients.join('; '));
}

/** The labels that have sections, grouped by the drug key they are filed under. */
function docsByKey(docs: LabelDoc[]): Map<string, LabelDoc[]> {
  const byKey = new Map<string, LabelDoc[]>();
  for (const doc of docs) {
    const key = labelKey(doc);
    if (!key || doc.sections.length === 0) continue;
    const list = byKey.get(key) ?? [];
    list.push(doc);
    byKey.set(key, list);
  }
  return byKey;
}

export function chooseSections(docs: LabelDoc[], options: ChooseOptions = {}): Map<string, ChosenSection[]> {
  const byKey = docsByKey(docs);
  const chosen = new Map<string, ChosenSection[]>();
  for (const key of [...byKey.keys()].sort(compareText)) {
    const ranked = byKey
      .get(key)!
      .map((doc) => rank(doc, key, options))
      .sort(compareRanked);
    const sections = new Map<LabelSection['key'], ChosenSection>();
    // The primary label gives every section it has; the others only fill what it lacks.
    for (const { doc } of ranked) {
      for (const section of doc.sections) {
        if (!sections.has(section.key) && section.text.trim()) {
          sections.set(section.key, {
            ...section,
            sourceId: doc.sourceId,
            setId: doc.setId,
            versionDate: doc.versionDate,
          });
        }
      }
    }
    chosen.set(
      key,
      [...sections.values()].sort((a, b) => SECTION_ORDER.get(a.key)! - SECTION_ORDER.get(b.key)!),
    );
  }
  return chosen;
}

function unanimous<T>(values: T[]): T | undefined {
  const distinct = [...new Set(values)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

const ROUTE_WORDS: Readonly<Record<string, string>> = {
  ORAL: 'oral',
  INTRAVENOUS: 'injection',
  INTRAMUSCULAR: 'injection',
  SUBCUTANEOUS: 'injection',
  TOPICAL: 'topical',
  'RESPIRATORY (INHALATION)': 'inhalation',
  OPHTHALMIC: 'ophthalmic',
};

/** A label's product: salts from its ingredients, release and route from its title, brands and Drugs@FDA forms. */
export function labelTraits(doc: LabelDoc, options: ChooseOptions = {}): ProductTraits {
  const named = `${doc.title} ${doc.brandNames.join(' ')}`;
  const forms = doc.brandNames.concat(doc.title).flatMap((b) => options.formsOfBrand?.(b) ?? []);
  const route =
    routeIn(doc.title) ||
    unanimous((doc.routes ?? []).map((r) => ROUTE_WORDS[r.toUpperCase()] ?? r.toLowerCase())) ||
    unanimous(forms.map((f) => routeIn(`${f.route} ${f.form}`)).filter(Boolean)) ||
    '';
  const sameRoute = forms.filter((f) => !route || routeIn(`${f.route} ${f.form}`) === route);
  const release: Release =
    releaseIn(named) ||
    (route === 'oral' || route === '' ? (unanimous(sameRoute.map((f) => releaseOfForm(f.form))) ?? '') : '') ||
    (route === 'oral' ? releaseOfForm(doc.title) : '');
  return { salts: saltsIn(doc.ingredients.join(' ')), release, route };
}

const traitsKey = (t: ProductTraits): string => `${t.salts.join(' ')}|${t.release}|${t.route}`;

/** Every label of each key, ranked, and the sections each product's monograph may use. */
export function chooseLabels(docs: LabelDoc[], options: ChooseOptions = {}): Map<string, KeyChoice> {
  const byKey = docsByKey(docs);
  const out = new Map<string, KeyChoice>();
  for (const key of [...byKey.keys()].sort(compareText)) {
    const labels = byKey
      .get(key)!
      .map((doc) => rank(doc, key, options))
      .sort(compareRanked)
      .map((r, i) => ({ doc: r.doc, rank: i, traits: labelTraits(r.doc, options) }));
    const sections: ChosenSection[] = [];
    const byProduct = new Map<string, RankedLabel[]>();
    for (const label of labels) {
      const k = traitsKey(label.traits);
      byProduct.set(k, [...(byProduct.get(k) ?? []), label]);
    }
    for (const group of byProduct.values()) {
      const have = new Set<string>();
      for (const { doc } of group)
        for (const section of doc.sections) {
          if (have.has(section.key) || !section.text.trim()) continue;
          have.add(section.key);
          sections.push({ ...section, sourceId: doc.sourceId, setId: doc.setId, versionDate: doc.versionDate });
        }
    }
    out.set(key, { labels, sections });
  }
  return out;
}
