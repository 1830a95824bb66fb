// False alarms: pairs of drugs that no reference we hold lists as interacting (no NDF-RT or ONC row,
// and neither drug's label text names the other), drawn with a fixed seed from drugs that have
// label text, typed into the checker. The share flagged major or contraindicated should stay small.
import type { Database } from 'sql.js';
import type { PackMeta } from '../../electron/common/contract.ts';
import { SEVERITY_RANK } from '../../electron/common/severity.ts';
import { all } from '../../electron/node/queries/rows.ts';
import { checkPair } from './pairCheck.ts';

export interface FalseAlarmResult {
  n: number;
  majorPlus: number;
  any: number;
  examples: { a: string; b: string; severity: string; rules: string[] }[];
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let t = seed;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

export function evaluateFalseAlarms(db: Database, meta: PackMeta, size = 1000): FalseAlarmResult {
  const drugs = all<{ id: string; name: string }>(
    db,
    `SELECT d.id, d.name FROM drug d WHERE d.kind = 'ingredient' AND length(d.name) > 3
       AND EXISTS (SELECT 1 FROM section s WHERE s.drug_id = d.id AND s.label_id IS NOT NULL) ORDER BY d.id`,
  );
  const listed = new Set(
    all<{ a: string; b: string }>(
      db,
      "SELECT drug_a AS a, drug_b AS b FROM interaction WHERE source_id <> 'wardbook-kb'",
    ).map((r) => `${r.a}|${r.b}`),
  );
  const textOf = new Map<string, string>();
  for (const r of all<{ drug_id: string; text: string }>(
    db,
    "SELECT drug_id, group_concat(text, ' ') AS text FROM section GROUP BY drug_id",
  ))
    textOf.set(r.drug_id, r.text.toLowerCase());
  const mentions = (x: { id: string; name: string }, y: { id: string; name: string }) =>
    (textOf.get(x.id) ?? '').includes(y.name) || (textOf.get(y.id) ?? '').includes(x.name);
  const next = random(20261205);
  const seen = new Set<string>();
  const pairs: [(typeof drugs)[number], (typeof drugs)[number]][] = [];
  for (let tries = 0; pairs.length < size && tries < size * 50; tries++) {
    const x = drugs[Math.floor(next() * drugs.length)]!;
    const y = drugs[Math.floor(next() * drugs.length)]!;
    const key = x.id < y.id ? `${x.id}|${y.id}` : `${y.id}|${x.id}`;
    if (x.id === y.id || seen.has(key) || listed.has(key) || mentions(x, y)) continue;
    seen.add(key);
    pairs.push([x, y]);
  }
  const outcomes = pairs.map(([x, y]) => checkPair(db, meta, x.name, y.name));
  const major = outcomes.filter((o) => o.severity && SEVERITY_RANK[o.severity] >= SEVERITY_RANK.major);
  return {
    n: outcomes.length,
    majorPlus: major.length,
    any: outcomes.filter((o) => o.severity).length,
    examples: major.map((o) => ({ a: o.a, b: o.b, severity: o.severity ?? '', rules: o.rules })),
  };
}
