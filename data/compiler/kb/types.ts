// The shape of data/kb/*.json, as documented in data/kb/FORMAT.md.
import type { Severity } from '../../../shared/pack/content.ts';

export interface Selector {
  property?: string;
  values?: string[];
  drugs?: string[];
}

export interface PropertyEntry {
  property: string;
  value: string;
  drugs: string[];
  cite: string[];
  note?: string;
}

interface RuleBase {
  id: string;
  severity: Severity;
  sources: string[];
}

export interface PairRule extends RuleBase {
  kind: 'pair' | 'specific';
  a: Selector;
  b: Selector;
  evidence: string;
  onset?: string;
  effect: string;
  mechanism: string;
  management: string;
  exclude?: [string, string][];
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
