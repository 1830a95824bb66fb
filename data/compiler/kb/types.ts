// The shape of data/kb/*.json, as documented in data/kb/FORMAT.md.
import type { Severity } from '../../../shared/pack/content.ts';

export interface Selector {
  property?: string;
  values?: string[];
  drugs?: string[];
  /** What the named drugs have in common, in words ("5-HT3 antagonist"); the alert's "why" says it. Required with `drugs`. */
  label?: string;
}

/** A label sentence that supports a rule: quoted in the alert's "why" for the drug whose label it is. */
export interface LabelQuote {
  drug: string;
  quote: string;
}

export interface PropertyEntry {
  property: string;
  value: string;
  drugs: string[];
  cite: string[];
  note?: string;
  /** The label sentence a mined tag rests on (its label is in `cite` as label:<id>#<section>). */
  quote?: string;
}

interface RuleBase {
  id: string;
  severity: Severity;
  sources: string[];
}

export interface PairRule extends RuleBase {
  kind: 'pair' | 'specific' | 'label';
  a: Selector;
  b: Selector;
  evidence: string;
  onset?: string;
  effect: string;
  mechanism: string;
  management: string;
  exclude?: [string, string][];
  label?: LabelQuote;
}

export interface ListRule extends RuleBase {
  kind: 'cumulative' | 'duplicate' | 'condition' | 'food' | 'allergy' | 'combination';
  message: string;
  management: string;
  select?: Selector;
  a?: Selector;
  b?: Selector;
  all?: Selector[];
  property?: string;
  minCount?: number;
  scoreProperty?: string;
  minScore?: number;
  condition?: string;
  allergy?: string;
  item?: string;
  evidence?: string;
}

export type Rule = PairRule | ListRule;

export interface DomainFile {
  domain: string;
  title: string;
  properties?: PropertyEntry[];
  rules?: Rule[];
}

export interface Term {
  id: string;
  label: string;
  synonyms: string[];
}
export interface Citation {
  id: string;
  title: string;
  url?: string;
  year?: number | string;
}
export interface Synonyms {
  abbreviations?: Record<string, string>;
  synonyms?: Record<string, string>;
}
export interface TallmanEntry {
  names: string[];
  list: string;
}
