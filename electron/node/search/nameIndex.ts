// Every drug name, drug and combination in memory, read once per open pack. A typed line or a
// keystroke then resolves with map and binary-search lookups instead of three SQL round trips into
// WebAssembly (which cost about 0.2 ms a name and made long lists and typeahead slow).
import type { Database } from 'sql.js';
import type { DrugRef } from '../../common/contract.ts';
import { all } from '../queries/rows.ts';
import { byNameKind, type DrugRow, type NameRow } from '../queries/drugs.ts';
import { byText, lowerBound } from '../../common/order.ts';
import { Lexicon } from './lexicon.ts';
import { perPack } from '../pack/perPack.ts';

export interface NameIndex {
  /** Distinct folded names, sorted, for prefix search and spelling correction. */
  lexicon: Lexicon;
  /** Every later word of a name with the rest of the name ("succinate" → "metoprolol succinate"), sorted. */
  innerWords: { tail: string; norm: string }[];
  /** Folded name → its rows, the best kind first. */
  byNorm: Map<string, NameRow[]>;
  /** First word of any name → the most words a name starting with it has: how far a line can match. */
  wordsAfter: Map<string, number>;
  /** Every run of leading words of a name ("metoprolol", "metoprolol succinate"): where a typed name can still grow. */
  namePrefixes: Set<string>;
  drugs: Map<string, DrugRow>;
  components: Map<string, DrugRef[]>;
  /** Sorted component ids joined by "|" → the combination drug of exactly those components. */
  combinationOf: Map<string, string>;
  /** A component id → the combinations it is part of. */
  combinationsWith: Map<string, string[]>;
  /** The pack's name vocabularies and their dates ("Drugs@FDA 2022-04-15, …"). */
  knowsUpTo: string;
  tallman: Map<string, { display: string; confusable: string[] }>;
}

/** Names with a later word starting with `prefix`, by binary search over innerWords. */
export function innerWordMatches(index: NameIndex, prefix: string, limit: number): string[] {
  const list = index.innerWords;
  const out: string[] = [];
  for (
    let i = lowerBound(list, prefix, (w) => w.tail);
    i < list.length && out.length < limit && list[i]!.tail.startsWith(prefix);
    i++
  )
    out.push(list[i]!.norm);
  return out;
}

export const nameIndex = perPack(buildNameIndex);

function buildNameIndex(db: Database): NameIndex {
  const drugs = new Map(all<DrugRow>(db, 'SELECT id, name, kind, rx_status FROM drug').map((d) => [d.id, d]));
  const byNorm = new Map<string, (NameRow & { reviewed: number })[]>();
  for (const row of all<NameRow & { reviewed: number }>(
    db,
    "SELECT norm, drug_id, name, kind, source_id = 'wardbook-kb' AS reviewed FROM drug_name ORDER BY norm, drug_id",
  )) {
    // A "name" without a letter ("1", "20") is a source artefact, never a drug typed.
    if (!/[a-z]/.test(row.norm)) continue;
    const list = byNorm.get(row.norm);
    if (list) list.push(row);
    else byNorm.set(row.norm, [row]);
  }
  // The reviewed knowledge base decides a name that sources give to several drugs ("Regular insulin"
  // was once a pork insulin's brand); then the best kind.
  for (const list of byNorm.values()) {
    list.sort((x, y) => y.reviewed - x.reviewed || byNameKind(x, y));
    const winner = list[0]!.drug_id;
    list.sort((x, y) => Number(y.drug_id === winner) - Number(x.drug_id === winner) || byNameKind(x, y));
  }
  // "Toprol-XL" is also typed "Toprol XL", whose form word the line parser drops: the brand stem finds it.
  for (const [norm, rows] of [...byNorm]) {
    const stem = /^([a-z][a-z0-9]+)[- ](?:xl|xr|er|sr|cr|la|cd|ds|odt|dr|ec|xt|hfa)$/.exec(norm)?.[1];
    if (stem && !byNorm.has(stem) && rows.every((r) => r.drug_id === rows[0]!.drug_id)) byNorm.set(stem, rows);
  }
  const components = new Map<string, DrugRef[]>();
  for (const c of all<{ drug_id: string; component_id: string }>(
    db,
    'SELECT drug_id, component_id FROM drug_component ORDER BY drug_id, component_id',
  )) {
    const ref = { id: c.component_id, name: drugs.get(c.component_id)?.name ?? c.component_id };
    components.set(c.drug_id, [...(components.get(c.drug_id) ?? []), ref]);
  }
  for (const list of components.values()) list.sort(byText((c) => c.name));
  const combinationOf = new Map<string, string>();
  const combinationsWith = new Map<string, string[]>();
  for (const [id, parts] of components) {
    combinationOf.set(
      parts
        .map((p) => p.id)
        .sort()
        .join('|'),
      id,
    );
    for (const p of parts) combinationsWith.set(p.id, [...(combinationsWith.get(p.id) ?? []), id]);
  }
  const knowsUpTo = all<{ name: string; retrieved: string }>(
    db,
    "SELECT name, retrieved FROM source WHERE kind = 'vocabulary' ORDER BY retrieved DESC",
  )
    .map((s) => ({ ...s, name: s.name.replace(/\s*\(.*\)$/, '').replace(/:.*$/, '') }))
    .filter((s, i, list) => list.findIndex((t) => t.name === s.name) === i)
    .map((s) => `${s.name} ${s.retrieved}`)
    .join(', ');
  const tallman = new Map(
    all<{ norm: string; display: string; confusable: string }>(db, 'SELECT norm, display, confusable FROM tallman').map(
      (t) => [t.norm, { display: t.display, confusable: JSON.parse(t.confusable) as string[] }],
    ),
  );
  const innerWords = [...byNorm.keys()]
    .flatMap((norm) => [...norm.matchAll(/[ /]+/g)].map((m) => ({ tail: norm.slice(m.index + m[0].length), norm })))
    .sort(byText((w) => w.tail));
  const wordsAfter = new Map<string, number>();
  const namePrefixes = new Set<string>();
  for (const norm of byNorm.keys()) {
    const parts = norm.split(' ');
    wordsAfter.set(parts[0]!, Math.max(wordsAfter.get(parts[0]!) ?? 0, parts.length));
    for (let at = norm.indexOf(' '); at > 0; at = norm.indexOf(' ', at + 1)) namePrefixes.add(norm.slice(0, at));
    namePrefixes.add(norm);
  }
  return {
    lexicon: new Lexicon([...byNorm.keys()]),
    innerWords,
    byNorm,
    wordsAfter,
    namePrefixes,
    drugs,
    components,
    combinationOf,
    combinationsWith,
    knowsUpTo,
    tallman,
  };
}
