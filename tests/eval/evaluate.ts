// Runs every test set against an open pack and returns the figures as plain data (the CLI prints
// them, the unit test asserts on them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'sql.js';
import type { PackMeta, Severity } from '../../electron/common/contract.ts';
import { SEVERITIES } from '../../electron/common/contract.ts';
import { SEVERITY_RANK } from '../../electron/common/severity.ts';
import { checkList } from '../../electron/node/checker/check.ts';
import { foldName } from '../../electron/common/normalize.ts';
import { ROOT } from '../support/paths.ts';
import { EXTRACTION_RULE, labelContraindicationPairs } from './labelPairs.ts';
import { NOT_A_DRUG, SHEET_SPELLING, oncHighPairs, oncNonInterruptivePairs, type ListPair } from './oncSets.ts';
import { checkPair, tally, type PairOutcome, type Tally } from './pairCheck.ts';
import { evaluateQt, type QtResult } from './qt.ts';
import { REGIMENS, type Regimen } from './regimens.ts';
import { evaluateHeldOut, type HeldOutResult } from './heldOut.ts';
import { evaluateFalseAlarms, type FalseAlarmResult } from './falseAlarms.ts';

export interface Miss {
  group: string;
  a: string;
  b: string;
  severity: Severity | null;
  resolved: [string | null, string | null];
}

export interface ListResult extends Tally {
  /** Pairs below the floor: for the high-priority list, below major; otherwise not flagged at all. */
  misses: Miss[];
  notes: string[];
  /** The same pairs with sheet names that synonyms.json maps to a US generic typed as that generic. */
  usNames: Tally & { misses: Miss[] };
}

export interface LabelResult extends Tally {
  rule: string;
  misses: { labelled: string; named: string; severity: Severity | null; sentence: string }[];
}

export interface RegimenAlert {
  kind: string;
  severity: Severity;
  drugs: string[];
  text: string;
  key: string;
  verdict: string | null;
}

export interface RegimenResult {
  id: string;
  title: string;
  lines: number;
  recognised: { input: string; drug: string; matchedBy: string }[];
  unrecognised: string[];
  pairs: Record<Severity, number>;
  alerts: Record<Severity, number>;
  total: number;
  /** Food, alcohol and tobacco counselling items: shown apart, not counted in `total`. */
  counselling: number;
  top: RegimenAlert[];
  ceiling: Regimen['ceiling'];
  withinCeiling: boolean;
}

export interface Evaluation {
  onc_high: ListResult;
  onc_non_interruptive: ListResult;
  label_contraindications: LabelResult;
  qt: QtResult;
  held_out_labels: HeldOutResult;
  false_alarms: FalseAlarmResult;
  regimens: RegimenResult[];
}

const zero = (): Record<Severity, number> => ({ contraindicated: 0, major: 0, moderate: 0, minor: 0 });
const toMiss = (p: ListPair, o: PairOutcome): Miss => ({
  group: p.group,
  a: p.object,
  b: p.precipitant,
  severity: o.severity,
  resolved: [o.idA, o.idB],
});

function usSynonyms(): Map<string, string> {
  const body = JSON.parse(readFileSync(join(ROOT, 'data/kb/synonyms.json'), 'utf8')) as {
    synonyms?: Record<string, string>;
  };
  return new Map(Object.entries(body.synonyms ?? {}));
}

function evaluateList(db: Database, meta: PackMeta, pairs: ListPair[], floor: Severity): ListResult {
  const below = (o: PairOutcome) => !o.severity || SEVERITY_RANK[o.severity] < SEVERITY_RANK[floor];
  const outcomes = pairs.map((p) => checkPair(db, meta, p.object, p.precipitant));
  const synonyms = usSynonyms();
  const us = (name: string) => synonyms.get(foldName(name));
  const renamed = pairs
    .filter((p) => us(p.object) || us(p.precipitant))
    .map((p) => ({ ...p, object: us(p.object) ?? p.object, precipitant: us(p.precipitant) ?? p.precipitant }));
  const usOutcomes = renamed.map((p) => checkPair(db, meta, p.object, p.precipitant));
  return {
    ...tally(outcomes),
    misses: pairs.flatMap((p, i) => (below(outcomes[i]!) ? [toMiss(p, outcomes[i]!)] : [])),
    notes: [
      `sheet misspellings typed as corrected: ${Object.entries(SHEET_SPELLING)
        .map(([k, v]) => `${k} → ${v}`)
        .join(', ')}`,
      `cells left out as not a drug: ${[...NOT_A_DRUG].join(', ')}`,
    ],
    usNames: {
      ...tally(usOutcomes),
      misses: renamed.flatMap((p, i) => (below(usOutcomes[i]!) ? [toMiss(p, usOutcomes[i]!)] : [])),
    },
  };
}

function evaluateLabels(db: Database, meta: PackMeta): LabelResult {
  const pairs = labelContraindicationPairs(db);
  const outcomes = pairs.map((p) => checkPair(db, meta, p.labelled.name, p.named.name));
  return {
    rule: EXTRACTION_RULE,
    ...tally(outcomes),
    misses: pairs.flatMap((p, i) =>
      outcomes[i]!.severity === 'contraindicated'
        ? []
        : [
            {
              labelled: p.labelled.name,
              named: p.named.name,
              severity: outcomes[i]!.severity,
              sentence: p.sentence,
            },
          ],
    ),
  };
}

export function evaluateRegimen(db: Database, meta: PackMeta, regimen: Regimen): RegimenResult {
  const r = checkList(db, meta, { lines: regimen.lines, conditions: [], allergies: [] });
  const pairs = zero();
  const alerts = zero();
  for (const i of r.interactions) pairs[i.severity]++;
  for (const a of r.alerts) alerts[a.severity]++;
  const verdict = (key: string) => {
    const v = regimen.verdicts[key];
    return v ? `${v.verdict}: ${v.note}` : null;
  };
  const top: RegimenAlert[] = [
    ...r.interactions.map((i) => {
      const key = [i.a.id, i.b.id].sort().join('|');
      return {
        kind: 'pair',
        severity: i.severity,
        drugs: [i.a.name, i.b.name],
        text: i.effect,
        key,
        verdict: verdict(key),
      };
    }),
    ...r.alerts.map((a) => ({
      kind: a.kind,
      severity: a.severity,
      drugs: a.drugs.map((d) => d.name),
      text: a.message,
      key: `alert:${a.id}`,
      verdict: verdict(`alert:${a.id}`),
    })),
  ].sort((x, y) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || x.key.localeCompare(y.key));
  const total = SEVERITIES.reduce((n, s) => n + pairs[s] + alerts[s], 0);
  return {
    id: regimen.id,
    title: regimen.title,
    lines: regimen.lines.length,
    recognised: r.recognized.map((e) => ({ input: e.input, drug: e.name, matchedBy: e.matchedBy })),
    unrecognised: r.unrecognized.map((e) => e.input),
    pairs,
    alerts,
    total,
    counselling: r.counselling.length,
    top,
    ceiling: regimen.ceiling,
    withinCeiling:
      pairs.contraindicated + alerts.contraindicated <= regimen.ceiling.contraindicated &&
      pairs.major + alerts.major <= regimen.ceiling.major &&
      total <= regimen.ceiling.total,
  };
}

export const evaluateOncHigh = (db: Database, meta: PackMeta) => evaluateList(db, meta, oncHighPairs(), 'major');
export const evaluateOncNonInterruptive = (db: Database, meta: PackMeta) =>
  evaluateList(db, meta, oncNonInterruptivePairs(), 'minor');
export { evaluateLabels, evaluateQt };

export function evaluateAll(db: Database, meta: PackMeta): Evaluation {
  return {
    onc_high: evaluateOncHigh(db, meta),
    onc_non_interruptive: evaluateOncNonInterruptive(db, meta),
    label_contraindications: evaluateLabels(db, meta),
    qt: evaluateQt(db, meta),
    held_out_labels: evaluateHeldOut(db, meta),
    false_alarms: evaluateFalseAlarms(db, meta),
    regimens: REGIMENS.map((r) => evaluateRegimen(db, meta, r)),
  };
}
