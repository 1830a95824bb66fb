// The IPC contract: every channel, its request and its response. Imported by main (to register),
// by the preload (to expose one function per channel) and by the renderer (to call them).
import type { SectionKey, TabKey } from './sections.ts';

export const SEVERITIES = ['contraindicated', 'major', 'moderate', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Evidence = 'established' | 'probable' | 'theoretical' | 'unspecified';

export interface PackMeta {
  version: string;
  builtAt: string;
  schemaVersion: number;
  contentHash: string;
}

export interface SourceEntry {
  id: string;
  name: string;
  kind: string;
  origin: string;
  licence: string;
  attribution: string;
  retrieved: string;
}

export interface PackInfo {
  pack: PackMeta;
  counts: {
    drugs: number;
    names: number;
    products: number;
    monographs: number;
    sections: Record<string, number>;
    interactions: Record<Severity, number>;
  };
  sources: SourceEntry[];
}

export interface DrugRef {
  id: string;
  name: string;
}

export interface NameHit {
  drugId: string;
  name: string;
  matched: string;
  kind: 'generic' | 'brand' | 'synonym' | 'salt' | 'abbreviation';
  /** Tall-man spelling and the names it is confused with, where the FDA/ISMP lists name it. */
  tallman: { display: string; confusable: string[] } | null;
}

export interface TextHit {
  drugId: string;
  name: string;
  section: SectionKey;
  tab: TabKey;
  title: string;
  snippet: string;
  sectionId: number;
  /** The words the full-text search matched (after any spelling correction), for highlighting. */
  terms: string[];
}

export interface SearchResponse {
  query: string;
  /** Set when the names shown are for a corrected spelling ("showing results for …"). */
  correctedTo: string | null;
  suggestions: string[];
  names: NameHit[];
  results: TextHit[];
}

export interface MonographSection {
  id: number | null;
  key: SectionKey;
  title: string;
  /** Null when the pack has no text: the UI says "not in this data pack" and who would supply it. */
  text: string | null;
  missingNote: string | null;
  /** The label's Highlights for this section (its key points), shown before the full text; null when none. */
  summary: string | null;
  /**
   * Set when the text comes from another product's label than the one this monograph shows ("from the
   * metoprolol tartrate label"): the heading says so. For a combination without its own label, the component.
   */
  fromOther: string | null;
  source: {
    id: string;
    name: string;
    label: string | null;
    setId: string | null;
    date: string | null;
    local: boolean;
    manufacturer: string | null;
  } | null;
}

/** A label the pack has for this drug, and the product it describes. */
export interface LabelProduct {
  labelId: string;
  title: string;
  manufacturer: string | null;
  date: string | null;
  /** "succinate, extended-release, oral"; '' when the label does not say. */
  product: string;
  sourceName: string;
}

export interface Monograph {
  drug: {
    id: string;
    name: string;
    kind: 'ingredient' | 'combination';
    rxStatus: string | null;
    brands: string[];
    classes: { type: string; name: string }[];
    components: DrugRef[];
    dosageForms: string[];
    tallman: { display: string; confusable: string[] } | null;
  };
  tabs: { key: TabKey; title: string; sections: MonographSection[] }[];
  /** The label this monograph is built on (the product asked for, or the default); null when the pack has no label. */
  label: LabelProduct | null;
  /** The product words of the request that no label of this drug matches ("tartrate"), so the UI can say so. */
  unmatched: string[];
  /** Every other product label of this drug, to switch to. */
  otherLabels: LabelProduct[];
  sources: SourceEntry[];
  pack: PackMeta;
}

export interface InteractionSource {
  sourceId: string;
  sourceName: string;
  severity: Severity;
  ruleId: string;
  cites: string[];
}

export interface Interaction {
  a: DrugRef;
  b: DrugRef;
  severity: Severity;
  effect: string;
  mechanism: string;
  management: string;
  /** Which property of each drug triggered it ("amiodarone: QT risk (known)"). */
  why: string[];
  evidence: Evidence;
  onset: string;
  sources: InteractionSource[];
  /** True when the sources grade the pair differently; each grading is in `sources`. */
  disagreement: boolean;
  /** When a combination product was checked through its components. */
  via: string[];
}

export interface Partner {
  drugId: string;
  name: string;
  severity: Severity;
  effect: string;
  mechanism: string;
  management: string;
  why: string[];
  evidence: Evidence;
  sources: InteractionSource[];
  disagreement: boolean;
}

export interface DrugInteractions {
  drug: DrugRef;
  counts: Record<Severity, number>;
  partners: Partner[];
}

export type AlertKind = 'duplicate-therapy' | 'cumulative' | 'condition' | 'food' | 'allergy';

export interface Alert {
  kind: AlertKind;
  id: string;
  severity: Severity;
  drugs: DrugRef[];
  message: string;
  management: string;
  sources: string[];
  /** Which property of each drug put it in the alert ("amiodarone: QT risk (known)"). */
  why: string[];
  evidence: Evidence;
  /** The condition, allergy or food item that the alert is about. */
  subject: string | null;
}

export interface ParsedLine {
  input: string;
  name: string;
  dose: string | null;
  route: string | null;
  frequency: string | null;
}

export interface MatchedEntry {
  /** Position of the line in the request, so the list can be shown in the order typed. */
  lineIndex: number;
  input: string;
  line: ParsedLine;
  drugId: string;
  name: string;
  /** How the typed name was recognised. A fuzzy match is never used silently: `confirm` is set. */
  matchedBy: 'generic' | 'brand' | 'synonym' | 'salt' | 'abbreviation' | 'fuzzy';
  confirm: string | null;
  components: DrugRef[];
}

export interface UnmatchedEntry {
  lineIndex: number;
  input: string;
  line: ParsedLine;
  suggestions: DrugRef[];
}

export interface CheckRequest {
  lines: string[];
  conditions: string[];
  allergies: string[];
  minSeverity?: Severity;
}

export interface CheckResult {
  recognized: MatchedEntry[];
  unrecognized: UnmatchedEntry[];
  interactions: Interaction[];
  alerts: Alert[];
  conditions: { input: string; id: string | null; label: string | null }[];
  allergies: { input: string; id: string | null; label: string | null }[];
  counts: Record<Severity, number>;
  /** Alerts below the chosen threshold: counted, never lost. */
  hidden: Record<Severity, number>;
  minSeverity: Severity;
  pack: PackMeta;
}

export interface ListComparison {
  before: CheckResult;
  after: CheckResult;
  added: MatchedEntry[];
  stopped: MatchedEntry[];
  unchanged: MatchedEntry[];
  changed: { before: MatchedEntry; after: MatchedEntry }[];
  /** Interactions present in the current orders but not among the home medicines. */
  newInteractions: Interaction[];
}

export interface Channels {
  'pack:info': { request: null; response: PackInfo };
  'search:query': { request: { query: string; limit?: number }; response: SearchResponse };
  /** product: what the user typed or picked ("Toprol XL", "metoprolol tartrate"), or a label id, to open that product's label. */
  'drug:monograph': { request: { drugId: string; product?: string }; response: Monograph };
  'drug:interactions': { request: { drugId: string }; response: DrugInteractions };
  'list:check': { request: CheckRequest; response: CheckResult };
  'list:compare': { request: { before: CheckRequest; after: CheckRequest }; response: ListComparison };
  'terms:list': {
    request: null;
    response: { conditions: { id: string; label: string }[]; allergies: { id: string; label: string }[] };
  };
}

export type Channel = keyof Channels;
export type Request<C extends Channel> = Channels[C]['request'];
export type Response<C extends Channel> = Channels[C]['response'];

/** Every call returns this envelope, so an error reaches the renderer as data, not as a thrown string. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const CHANNELS = [
  'pack:info',
  'search:query',
  'drug:monograph',
  'drug:interactions',
  'list:check',
  'list:compare',
  'terms:list',
] as const satisfies readonly Channel[];

/** The preload's API: one function per channel, named after it. */
export interface WardbookApi {
  packInfo(): Promise<Result<PackInfo>>;
  search(request: Request<'search:query'>): Promise<Result<SearchResponse>>;
  monograph(request: Request<'drug:monograph'>): Promise<Result<Monograph>>;
  drugInteractions(request: Request<'drug:interactions'>): Promise<Result<DrugInteractions>>;
  checkList(request: Request<'list:check'>): Promise<Result<CheckResult>>;
  compareLists(request: Request<'list:compare'>): Promise<Result<ListComparison>>;
  terms(): Promise<Result<Response<'terms:list'>>>;
}

export const API_CHANNEL: Record<keyof WardbookApi, Channel> = {
  packInfo: 'pack:info',
  search: 'search:query',
  monograph: 'drug:monograph',
  drugInteractions: 'drug:interactions',
  checkList: 'list:check',
  compareLists: 'list:compare',
  terms: 'terms:list',
};

export const SEVERITY_RANK: Record<Severity, number> = { contraindicated: 4, major: 3, moderate: 2, minor: 1 };
