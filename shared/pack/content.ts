// Everything the pack will hold, gathered in memory first so that rows can be de-duplicated and
// written in one sorted order: the same inputs then give the same file.
import type { NameKind, Severity } from '../../electron/common/contract.ts';
import type { SectionKey } from '../../electron/common/sections.ts';
import type { SectionTable } from '../../electron/common/sectionTable.ts';
import { drugIdFor, foldName } from '../../electron/common/normalize.ts';

/** A source of the pack's content, as its `source` table and the Sources screen show it. */
export interface SourceInfo {
  id: string;
  name: string;
  origin: string;
  licence: string;
  attribution: string;
  retrieved: string;
  kind: 'vocabulary' | 'classes' | 'label' | 'interactions' | 'knowledge-base' | 'local';
}

export type { NameKind, Severity };

export interface DrugRow {
  id: string;
  name: string;
  kind: 'ingredient' | 'combination';
  rxStatus: string | null;
  sourceId: string;
}
export interface NameRow {
  norm: string;
  drugId: string;
  name: string;
  kind: NameKind;
  sourceId: string;
}
export interface ProductRow {
  drugId: string;
  brand: string;
  ingredients: string;
  form: string;
  route: string;
  strength: string;
  status: string;
  application: string;
  sourceId: string;
}
export interface ClassRow {
  drugId: string;
  type: string;
  cls: string;
  code: string;
  sourceId: string;
}
export interface LabelRow {
  id: string;
  title: string;
  versionDate: string;
  sourceId: string;
  drugId?: string;
  rank?: number;
  manufacturer?: string;
  salts?: string[];
  release?: string;
  route?: string;
  brands?: string[];
  boxedStated?: boolean;
}
export interface SectionRow {
  drugId: string;
  key: SectionKey;
  title: string;
  text: string;
  /** Tables whose marked paragraphs stand in text, in order. */
  tables?: SectionTable[] | undefined;
  summary?: string;
  labelId: string | null;
  sourceId: string;
}
export interface PropertyRow {
  drugId: string;
  property: string;
  value: string;
  note: string;
  cite: string;
  sourceId: string;
}
export interface InteractionRow {
  drugA: string;
  drugB: string;
  severity: Severity;
  evidence: string;
  onset: string;
  effect: string;
  mechanism: string;
  management: string;
  whyA: string;
  whyB: string;
  ruleId: string;
  cites: string;
  sourceId: string;
}
export interface ListRuleRow {
  id: string;
  kind: string;
  body: string;
  sourceId: string;
}
/** A condition or allergy class (pack table `term`). */
export interface PatientFactorRow {
  kind: 'condition' | 'allergy';
  id: string;
  label: string;
  synonyms: string;
  sourceId: string;
}
export interface CitationRow {
  id: string;
  title: string;
  url: string;
  year: string;
}
export interface TallmanRow {
  norm: string;
  display: string;
  confusable: string;
  list: string;
}
/** A way ward staff word a question (folded), what else it searches and the sections it targets. */
export interface SearchTermRow {
  typed: string;
  search: string;
  sections: string;
  onlyWith: string;
  reason: string;
  sourceId: string;
}
export interface LocalRow {
  drugId: string;
  kind: 'interaction' | 'side-effect' | 'condition';
  name: string;
  detail: string;
  sourceId: string;
}

// Words that say how a protein was made, not which protein it is.
const PRODUCTION_WORDS = new Set(['recombinant', 'human', 'semisynthetic', 'purified', 'rdna', 'origin']);

/**
 * One biologic under all its FDA names: the four-letter suffix of a biosimilar or a post-2017
 * biologic ("adalimumab-adaz", "adalimumab aacf" as some labels print it) and production words
 * ("insulin recombinant human") are dropped. Only for names that already came from a source as one
 * ingredient: a typed "hydrocodone-apap" never goes through here.
 */
export function biologicCore(part: string): string {
  const unsuffixed = part.replace(/(?<=[a-z]{3}mab) [a-z]{4}$|(?<=[a-z]{3})-(?!zinc$)[a-z]{4}$/, '');
  const words = unsuffixed.split(' ');
  // "human papillomavirus" names the virus, not how the protein was made.
  const kept = words.filter(
    (w, i) => !PRODUCTION_WORDS.has(w) || (w === 'human' && /^papilloma/.test(words[i + 1] ?? '')),
  );
  return kept.length > 0 ? kept.join(' ') : unsuffixed;
}

const RX_RANK: Record<string, number> = { Rx: 4, OTC: 3, Discontinued: 2, 'Tentative approval': 1 };

export class PackContent {
  readonly sources = new Map<string, SourceInfo>();
  readonly drugs = new Map<string, DrugRow>();
  readonly components = new Map<string, { drugId: string; componentId: string; sourceId: string }>();
  readonly names = new Map<string, NameRow>();
  readonly products: ProductRow[] = [];
  readonly classes = new Map<string, ClassRow>();
  readonly labels = new Map<string, LabelRow>();
  readonly sections: SectionRow[] = [];
  readonly properties = new Map<string, PropertyRow>();
  readonly interactions: InteractionRow[] = [];
  readonly listRules: ListRuleRow[] = [];
  readonly patientFactors: PatientFactorRow[] = [];
  readonly citations = new Map<string, CitationRow>();
  readonly tallman = new Map<string, TallmanRow>();
  readonly localRows: LocalRow[] = [];
  readonly searchTerms = new Map<string, SearchTermRow>();
  /** Notes for the build log: what a reader could not place. */
  readonly warnings: string[] = [];
  /** Other names of one moiety (INN, British) → the US generic key, so each source meets the same drug. */
  readonly aliases = new Map<string, string>();

  addSource(source: SourceInfo): void {
    this.sources.set(source.id, source);
  }

  /**
   * The drug for a moiety key ("warfarin", "acetaminophen / hydrocodone"), created on first sight;
   * a combination is linked to its components so the checker can check it as them.
   */
  ensureDrug(rawKey: string, sourceId: string): string {
    const key = this.canonical(rawKey);
    const id = drugIdFor(key);
    if (!id) throw new Error(`empty drug key from source ${sourceId}`);
    if (!this.drugs.has(id)) {
      const parts = key.split(' / ');
      this.drugs.set(id, {
        id,
        name: key,
        kind: parts.length > 1 ? 'combination' : 'ingredient',
        rxStatus: null,
        sourceId,
      });
      this.addName(id, key, 'generic', sourceId);
      if (parts.length > 1) {
        for (const part of parts) {
          const componentId = this.ensureDrug(part, sourceId);
          this.components.set(`${id}|${componentId}`, { drugId: id, componentId, sourceId });
        }
      }
    }
    return id;
  }

  /** The drug id of a moiety key the pack already has, without creating it. */
  drugIdIfKnown(rawKey: string): string | undefined {
    const id = drugIdFor(this.canonical(rawKey));
    return id && this.drugs.has(id) ? id : undefined;
  }

  /**
   * A moiety key with every alias replaced by its US generic ("paracetamol / codeine" →
   * "acetaminophen / codeine") and every biologic on its core name ("insulin glargine-yfgn",
   * "insulin glargine recombinant" → "insulin glargine").
   */
  canonical(key: string): string {
    const whole = this.aliases.get(key) ?? this.aliases.get(biologicCore(key));
    if (whole) return whole;
    const parts = key.split(' / ');
    if (parts.length === 1) return biologicCore(key);
    return [
      ...new Set(
        parts.flatMap((p) => {
          const core = biologicCore(p);
          return (this.aliases.get(p) ?? this.aliases.get(core) ?? core).split(' / ');
        }),
      ),
    ]
      .sort()
      .join(' / ');
  }

  addName(drugId: string, name: string, kind: NameKind, sourceId: string): void {
    const norm = foldName(name);
    if (!norm) return;
    const k = `${norm}|${drugId}|${kind}`;
    if (!this.names.has(k)) this.names.set(k, { norm, drugId, name: name.trim(), kind, sourceId });
  }

  noteStatus(drugId: string, status: string): void {
    const drug = this.drugs.get(drugId);
    if (drug && (RX_RANK[status] ?? 0) > (RX_RANK[drug.rxStatus ?? ''] ?? 0)) drug.rxStatus = status;
  }

  addClass(row: ClassRow): void {
    this.classes.set(`${row.drugId}|${row.type}|${row.cls}`, row);
  }

  addProperty(row: PropertyRow): void {
    this.properties.set(`${row.drugId}|${row.property}|${row.value}`, row);
  }
}
