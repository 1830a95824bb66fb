// The IPC contract: every call, its channel, its request and its response. Imported by main (to
// register), by the preload (to expose one function per call) and by the renderer (to call them).
import type { SectionKey, TabKey } from './sections.ts';
import type { SavedList } from './listFile.ts';
import type { SectionTable } from './sectionTable.ts';

export const SEVERITIES = ['contraindicated', 'major', 'moderate', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const EVIDENCE = ['established', 'probable', 'theoretical', 'unspecified'] as const;
export type Evidence = (typeof EVIDENCE)[number];

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

/** Whether the pack's manifest carries the release signature; "not checked" when opened without one. */
export type PackSignature = 'signed' | 'unsigned' | 'invalid' | 'not checked';

export interface PackInfo {
  pack: PackMeta;
  signature: PackSignature;
  counts: {
    drugs: number;
    names: number;
    products: number;
    monographs: number;
    sections: Record<string, number>;
    interactions: Record<Severity, number>;
  };
  sources: SourceEntry[];
  /** The published works the knowledge base's rules and tags cite (guidelines, papers, labels by name). */
  references: Reference[];
}

export interface Reference {
  id: string;
  title: string;
  url: string;
  year: string;
}

export interface DrugRef {
  id: string;
  name: string;
}

/** What a drug name is: the generic, a brand, a synonym (INN, British), a salt form or a ward abbreviation. */
export type NameKind = 'generic' | 'brand' | 'synonym' | 'salt' | 'abbreviation';

export interface NameHit {
  drugId: string;
  name: string;
  matched: string;
  kind: NameKind;
  /** Tall-man spelling and the names it is confused with, where the FDA/ISMP lists name it. */
  tallman: { display: string; confusable: string[] } | null;
}

/** Why a section matched: the drug the question named, the question's words it holds, and how. */
export interface MatchReason {
  /** "ibuprofen (brand Advil)", when the question named this section's drug. */
  drugNamed: string | null;
  /** The question's words (as typed) this section holds, by their own form, another form or a synonym. */
  words: string[];
  /** Other word forms matched ("crushing" for "crushed"). */
  forms: string[];
  /** Synonyms matched ("boxed warning" for "black box"). */
  synonyms: string[];
  /** The section is the one the question asks about ("black box" → Boxed warning). */
  sectionAsked: boolean;
}

export interface TextHit {
  drugId: string;
  name: string;
  section: SectionKey;
  tab: TabKey;
  title: string;
  /** The best-matching sentence, whole words only, matches between \u0002 and \u0003. */
  snippet: string;
  sectionId: number;
  /** The words the full-text search matched (after any spelling correction), for highlighting. */
  terms: string[];
  why: MatchReason;
}

/** A drug the question names: how its name was recognised. */
export interface NamedDrug {
  drugId: string;
  name: string;
  /** The words typed that named it. */
  typed: string;
  how: 'generic' | 'brand' | 'synonym' | 'salt' | 'abbreviation' | 'spelling';
  /** False when the pack holds no monograph text for it. */
  hasText: boolean;
}

/** For a drug + topic question: the drug, the section and the two or three sentences that answer best. */
export interface AnswerCard {
  drugId: string;
  name: string;
  section: SectionKey;
  tab: TabKey;
  title: string;
  sectionId: number;
  /** Whole sentences in text order, matches between \u0002 and \u0003. */
  sentences: string[];
  terms: string[];
  why: MatchReason;
}

export interface SearchResponse {
  query: string;
  /** Set when the names shown are for a corrected spelling ("showing results for …"). */
  correctedTo: string | null;
  suggestions: string[];
  names: NameHit[];
  results: TextHit[];
  /** Drugs the question names (generic, brand, abbreviation or a misspelling), their sections first. */
  drugsNamed: NamedDrug[];
  answer: AnswerCard | null;
  /** Set when no section holds every word: the words the results hold, and those they do not. */
  partial: { found: string[]; missing: string[] } | null;
  /** Synonyms searched as well as the words typed ("boxed warning" for "black box"). */
  alsoSearched: string[];
  /** Sections the question asks about that the pack lacks for a named drug. */
  missingSections: { drugId: string; name: string; section: SectionKey; title: string }[];
  /** Drugs a question names that the pack has no label text for: no section of theirs can answer it. */
  withoutLabel: DrugRef[];
}

export interface MonographSection {
  id: number | null;
  key: SectionKey;
  title: string;
  /** Null when the pack has no text: the UI says "not in this data pack" and who would supply it. */
  text: string | null;
  /** Tables whose marked paragraphs stand in text, in order (see sectionTable.ts: sectionParts). */
  tables: SectionTable[];
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
    /** High-alert medication categories (of the drug or a component), shown beside its name. */
    highAlert: { category: string; note: string; drug: string }[];
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
  /** Each of `cites` spelled out as its full reference (label: drug, set id, section, date; paper; list). */
  citations: string[];
}

/** What one interaction says wherever it is shown: a checked list, a drug's Interactions tab, print. */
export interface InteractionFacts {
  severity: Severity;
  effect: string;
  mechanism: string;
  management: string;
  /** Which property of each drug triggered it ("amiodarone: QT risk (known)"). */
  why: string[];
  evidence: Evidence;
  sources: InteractionSource[];
  /** True when the sources grade the pair differently; each grading is in `sources`. */
  disagreement: boolean;
}

export interface Interaction extends InteractionFacts {
  a: DrugRef;
  b: DrugRef;
  /** The risk named with the drugs, for the collapsed line ("Bleeding risk: warfarin + ibuprofen"). */
  headline: string;
  onset: string;
  /** When a combination product was checked through its components. */
  via: string[];
}

/** One partner on a drug's Interactions tab. */
export interface Partner extends InteractionFacts {
  drugId: string;
  name: string;
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
  /** The risk named with the drugs, for the collapsed line. */
  headline: string;
  /** Each of `sources` spelled out as its full reference. */
  references: string[];
}

/** A patient factor: a condition or allergy class the pack knows, with the words that name it (for typeahead). */
export interface PatientFactor {
  id: string;
  label: string;
  synonyms: string[];
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
  matchedBy: 'generic' | 'brand' | 'synonym' | 'salt' | 'abbreviation' | 'combination' | 'fuzzy';
  /** The typed words that were recognised ("Tylenol #3", "APAP/hydrocodone 5/325"). */
  matchedText: string;
  confirm: string | null;
  /** Every ingredient that is checked for this line (a combination's components, else empty). */
  components: DrugRef[];
  /**
   * The heading that lists this line as stopped ("STOP taking these medications"), when it is under one.
   * The line is still checked (a heading read wrongly must never hide a drug), and the screen and the
   * printout say where it is listed.
   */
  stoppedUnder?: string;
}

export interface UnmatchedEntry {
  lineIndex: number;
  input: string;
  line: ParsedLine;
  suggestions: DrugRef[];
  /** What the pack's name lists cover, so a drug newer than the pack is understood as such. */
  packKnowsUpTo: string;
}

/** A line that is not a medicine ("Follow up with PCP in 2 weeks", "Allergies: NKDA"): kept and shown, never checked. */
export interface NoteEntry {
  lineIndex: number;
  input: string;
  /** Why it was taken as a note. */
  note: string;
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
  /** Lines that are not medicines, in the order typed. */
  notes: NoteEntry[];
  interactions: Interaction[];
  alerts: Alert[];
  /** Food, alcohol, grapefruit and tobacco advice: counselling, not graded or counted as alerts. */
  counselling: Alert[];
  conditions: { input: string; id: string | null; label: string | null }[];
  allergies: { input: string; id: string | null; label: string | null }[];
  counts: Record<Severity, number>;
  /** Alerts below the chosen threshold: counted, never lost. */
  hidden: Record<Severity, number>;
  minSeverity: Severity;
  pack: PackMeta;
}

/** One difference between two lines for the same drug (values as written, or normalised words). */
export interface RegimenChange {
  kind: 'dose' | 'frequency' | 'route' | 'release' | 'salt';
  before: string | null;
  after: string | null;
}

/** What stopping a drug does to the problems it shared with medicines that remain. */
export interface StoppedEffect {
  drug: DrugRef;
  /** Interactions with a remaining medicine that end with the stop. */
  ends: { with: DrugRef; severity: Severity; effect: string }[];
  /** List-level alerts (duplicate, cumulative…) that involved it: gone, or still there with fewer drugs. */
  alerts: { severity: Severity; message: string; outcome: 'ends' | 'continues'; remaining: DrugRef[] }[];
}

export interface ListComparison {
  before: CheckResult;
  after: CheckResult;
  added: MatchedEntry[];
  stopped: MatchedEntry[];
  unchanged: MatchedEntry[];
  /** Same drug, something different: dose, frequency, route, release (IR → ER) or salt. */
  changed: { before: MatchedEntry; after: MatchedEntry; changes: RegimenChange[] }[];
  /** Interactions present in the current orders but not among the home medicines. */
  newInteractions: Interaction[];
  /** For every stopped drug, which interactions and alerts with the remaining medicines it ends or changes. */
  stoppedEffects: StoppedEffect[];
}

/**
 * Every IPC call, keyed by the preload function that makes it: its request and its response. The
 * handler table, the payload schemas, the preload, main's registration, the data engine's thread,
 * the CLI and the browser test harness are all typed by this interface.
 */
export interface Calls {
  packInfo: { request: null; response: PackInfo };
  search: { request: { query: string; limit?: number }; response: SearchResponse };
  /** product: what the user typed or picked ("Toprol XL", "metoprolol tartrate"), or a label id, to open that product's label. */
  monograph: { request: { drugId: string; product?: string }; response: Monograph };
  drugInteractions: { request: { drugId: string }; response: DrugInteractions };
  checkList: { request: CheckRequest; response: CheckResult };
  compareLists: { request: { before: CheckRequest; after: CheckRequest }; response: ListComparison };
  patientFactors: { request: null; response: { conditions: PatientFactor[]; allergies: PatientFactor[] } };
}

export type Call = keyof Calls;
export type Request<C extends Call> = Calls[C]['request'];
export type Response<C extends Call> = Calls[C]['response'];

/** The IPC channel of each call: the only place a call's channel name is written. */
export const CHANNEL = {
  packInfo: 'pack:info',
  search: 'search:query',
  monograph: 'drug:monograph',
  drugInteractions: 'drug:interactions',
  checkList: 'list:check',
  compareLists: 'list:compare',
  patientFactors: 'patientFactors:list',
} as const satisfies Record<Call, string>;
export type Channel = (typeof CHANNEL)[Call];

export const CALLS = Object.keys(CHANNEL) as Call[];

/** Every call returns this envelope, so an error reaches the renderer as data, not as a thrown string. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Commands the application menu sends to the window (the renderer carries them out). */
export const APP_COMMANDS = ['print', 'zoom-in', 'zoom-out', 'zoom-reset', 'find'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];
export const COMMAND_CHANNEL = 'app:command';

/** Not a call's channel: the renderer's request to stop a call it no longer wants. */
export const CANCEL_CHANNEL = 'call:cancel';
/** The error a cancelled call answers with; the renderer drops such answers. */
export const CANCELLED = 'Cancelled';

/**
 * One function per call. `callId` (chosen by the renderer) names a call that may be slow, so that
 * `cancel(callId)` can stop it; it then answers `CANCELLED`. A call without a request takes no argument.
 */
export type CallFunctions = {
  [C in Call]: Request<C> extends null
    ? () => Promise<Result<Response<C>>>
    : (request: Request<C>, callId?: number) => Promise<Result<Response<C>>>;
};

/** What saving a list came to: not saved (no file was chosen), or saved to this path. A failure is an error. */
export interface SaveListAnswer {
  saved: boolean;
  path: string | null;
}

/**
 * Saving a list is main's own call, beside the data engine's calls above: main answers it with its
 * Save dialog and an atomic write, behind the same sender check, its payload checked by the
 * saved-list schema (electron/node/files/saveList.ts).
 */
export const SAVE_LIST_CHANNEL = 'list:save';

/** The preload's API, window.wardbook: the calls, saving a list, cancel, and the menu's commands. */
export type WardbookApi = CallFunctions & {
  /** Main's Save dialog, then an atomic write: `saved` is true only once the file is on disk. */
  saveList(request: SavedList): Promise<Result<SaveListAnswer>>;
  cancel(callId: number): void;
  /** Menu commands; absent outside the app (the browser tests call the renderer directly). */
  onCommand?(listener: (command: AppCommand) => void): void;
};

/** The calls over a transport that sends a payload on a channel (ipcRenderer.invoke in the preload). */
export function bindCalls(
  invoke: (channel: Channel, payload: unknown, callId: number | undefined) => Promise<unknown>,
): CallFunctions {
  return Object.fromEntries(
    CALLS.map((call) => [call, (request: unknown = null, callId?: number) => invoke(CHANNEL[call], request, callId)]),
  ) as CallFunctions;
}
