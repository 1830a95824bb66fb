// Standalone consistency check for the knowledge base in data/kb/ (see FORMAT.md).
// Run: npx tsx data/kb/check-kb.ts   — exits 1 on any error; warnings do not fail.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSectionKey } from '../../electron/common/sections.ts';
import { readFdaCypTable } from '../compiler/kb/fdaCypTable.ts';
import { LABEL_CITE } from '../compiler/kb/labelCitations.ts';
import { SPECIAL_FILES } from '../compiler/kb/specialFiles.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

const DIR = dirname(fileURLToPath(import.meta.url));
const SEVERITIES = new Set(['contraindicated', 'major', 'moderate', 'minor']);
const EVIDENCE = new Set(['established', 'probable', 'theoretical']);
const ONSETS = new Set(['rapid', 'delayed', 'unspecified']);
const KINDS = new Set([
  'pair',
  'specific',
  'label',
  'cumulative',
  'duplicate',
  'condition',
  'food',
  'allergy',
  'combination',
]);

const errors: string[] = [];
const warnings: string[] = [];
const err = (where: string, msg: string): void => void errors.push(`${where}: ${msg}`);
const warn = (where: string, msg: string): void => void warnings.push(`${where}: ${msg}`);

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
const strings = (v: Json | undefined): string[] | undefined =>
  Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;

function load(file: string): Json | undefined {
  try {
    return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Json;
  } catch (e) {
    err(file, `JSON parse error: ${(e as Error).message}`);
    return undefined;
  }
}

/** Property names (and, where the table lists a closed set, their values) from FORMAT.md. */
function documentedProperties(): Map<string, Set<string> | null> {
  const documented = new Map<string, Set<string> | null>();
  const text = readFileSync(join(DIR, 'FORMAT.md'), 'utf8');
  const start = text.indexOf('| property | values |');
  for (const line of text.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const [names = '', values = ''] = line
      .split('|')
      .slice(1, 3)
      .map((c) => c.trim());
    const cleaned = values.replace(/\([^)]*\)/g, '').replace(/`/g, '');
    const tokens = cleaned
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const closed = !cleaned.includes('…') && tokens.every((t) => /^[a-z0-9_]+$/.test(t));
    for (const name of names
      .replace(/\([^)]*\)/g, '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean))
      documented.set(name, closed ? new Set(tokens) : null);
  }
  return documented;
}

function patientFactorIds(file: string): Set<string> {
  const data = load(file);
  const ids = new Set<string>();
  if (!Array.isArray(data)) {
    err(file, 'expected an array');
    return ids;
  }
  for (const t of data) {
    const id = isObj(t) ? str(t.id) : undefined;
    if (!id || !isObj(t) || !str(t.label) || !strings(t.synonyms)) err(file, `bad entry ${JSON.stringify(t)}`);
    else if (ids.has(id)) err(file, `duplicate id ${id}`);
    else ids.add(id);
  }
  return ids;
}

const propertyValues = documentedProperties();
const citations = new Set<string>();
const citationData = load('citations.json');
if (Array.isArray(citationData)) {
  for (const c of citationData) {
    const id = isObj(c) ? str(c.id) : undefined;
    if (!id || !isObj(c) || !str(c.title)) err('citations.json', `bad citation ${JSON.stringify(c)}`);
    else if (citations.has(id)) err('citations.json', `duplicate id ${id}`);
    else citations.add(id);
  }
}
const conditions = patientFactorIds('conditions.json');
const allergies = patientFactorIds('allergies.json');

const checkCites = (where: string, ids: string[] | undefined): void => {
  if (!ids || ids.length === 0) return err(where, 'missing citations');
  for (const id of ids) if (!citations.has(id) && !LABEL_CITE.test(id)) err(where, `unknown citation id "${id}"`);
};

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !SPECIAL_FILES.has(f))
  .sort();
const domains = files.map((file) => ({ file, body: load(file) }));
// FDA's CYP table is compiled in as properties too, for drugs no file grades (see FORMAT.md).
const graded = new Set(
  domains.flatMap(({ body }) =>
    isObj(body) && Array.isArray(body.properties)
      ? body.properties.flatMap((p) => (isObj(p) ? (strings(p.drugs) ?? []).map((d) => `${d}|${str(p.property)}`) : []))
      : [],
  ),
);
const fromTable = readFdaCypTable(join(DIR, '../sources'))
  .map((p) => ({ ...p, drugs: p.drugs.filter((d) => !graded.has(`${d}|${p.property}`)) }))
  .filter((p) => p.drugs.length > 0);
domains.push({
  file: 'data/sources/fda-ddi-cyp-table',
  body: { domain: 'fda-cyp', title: 'FDA CYP table', properties: fromTable as unknown as Json },
});
// The compiler types every vaccine concept (live attenuated or inactivated); rules select by that type.
const vaccineConcepts = (
  JSON.parse(readFileSync(join(DIR, 'shorthand/vaccines.json'), 'utf8')) as {
    concepts: { name: string; type: string }[];
  }
).concepts;
domains.push({
  file: 'data/kb/shorthand/vaccines.json',
  body: {
    domain: 'vaccines',
    title: 'Vaccine types',
    properties: ['live attenuated', 'inactivated'].map((type) => ({
      property: 'vaccine',
      value: type,
      drugs: vaccineConcepts.filter((c) => c.type === type).map((c) => c.name.toLowerCase()),
      cite: ['cdc-acip-immunocompetence'],
    })),
  },
});

// Pass 1: properties from every file (rules may select by another domain's property).
const byProperty = new Map<string, Map<string, Set<string>>>();
const usedCitations = new Set<string>();
for (const { file, body } of domains) {
  if (!isObj(body)) continue;
  for (const key of ['domain', 'title']) if (!str(body[key])) err(file, `missing "${key}"`);
  const props = body.properties ?? [];
  if (!Array.isArray(props)) {
    err(file, '"properties" must be an array');
    continue;
  }
  props.forEach((p, i) => {
    const where = `${file} properties[${i}]`;
    const name = isObj(p) ? str(p.property) : undefined;
    const value = isObj(p) ? str(p.value) : undefined;
    const drugs = isObj(p) ? strings(p.drugs) : undefined;
    if (!isObj(p) || !name || value === undefined || !drugs)
      return err(where, 'needs property, value (string) and drugs (string[])');
    if (!propertyValues.has(name)) err(where, `unknown property name "${name}" (not in FORMAT.md)`);
    const allowed = propertyValues.get(name);
    if (allowed && !allowed.has(value)) err(where, `value "${value}" not allowed for ${name}`);
    const cite = strings(p.cite);
    checkCites(where, cite);
    for (const c of cite ?? []) usedCitations.add(c);
    const values = byProperty.get(name) ?? new Map<string, Set<string>>();
    const set = values.get(value) ?? new Set<string>();
    for (const d of drugs) {
      if (d !== d.toLowerCase() || d.trim() !== d) err(where, `drug name "${d}" must be lower-case and trimmed`);
      if (set.has(d)) warn(where, `"${d}" listed twice for ${name}=${value}`);
      set.add(d);
    }
    values.set(value, set);
    byProperty.set(name, values);
  });
}

function selectorDrugs(where: string, s: Json | undefined): Set<string> {
  const out = new Set<string>();
  if (!isObj(s)) {
    err(where, 'missing selector');
    return out;
  }
  const name = str(s.property);
  const values = s.values === undefined ? undefined : strings(s.values);
  const drugs = s.drugs === undefined ? [] : strings(s.drugs);
  if (s.values !== undefined && !values) err(where, 'selector "values" must be string[]');
  if (!drugs) err(where, 'selector "drugs" must be string[]');
  for (const d of drugs ?? []) {
    if (d !== d.toLowerCase()) err(where, `drug name "${d}" must be lower-case`);
    out.add(d);
  }
  if (name !== undefined) {
    if (!propertyValues.has(name)) err(where, `unknown property name "${name}"`);
    const byValue = byProperty.get(name);
    if (!byValue) err(where, `no drug has property "${name}"`);
    for (const v of values ?? []) if (byValue && !byValue.has(v)) err(where, `no drug has ${name}=${v}`);
    for (const [v, ids] of byValue ?? []) if (!values || values.includes(v)) for (const id of ids) out.add(id);
  }
  if (out.size === 0) err(where, 'selector matches no drug');
  // The alert's "why" says, for each drug, what selected it: a property speaks for the drugs it
  // selects, a named drug only through the selector's label.
  if (drugs?.length && !str(s.label)?.trim())
    err(where, 'names drugs without a "label" saying in words what they share (the alert\'s "why" shows it)');
  // "; " separates one drug's reasons when merged rules are joined into one line.
  if (str(s.label)?.includes(';')) err(where, 'label must not contain ";" (it separates reasons in the "why")');
  return out;
}

// Pass 2: rules.
const ruleIds = new Map<string, string>();
const specificPairs = new Map<string, string>();
const counts = new Map<string, number>();
for (const { file, body } of domains) {
  if (!isObj(body)) continue;
  const rules = body.rules ?? [];
  if (!Array.isArray(rules)) {
    err(file, '"rules" must be an array');
    continue;
  }
  rules.forEach((r, i) => {
    const id = isObj(r) ? str(r.id) : undefined;
    const where = `${file} rule ${id ?? `#${i}`}`;
    if (!isObj(r) || !id) return err(where, 'rule needs an id');
    const prior = ruleIds.get(id);
    if (prior) err(where, `duplicate rule id (also in ${prior})`);
    ruleIds.set(id, file);
    const kind = str(r.kind) ?? '';
    if (!KINDS.has(kind)) return err(where, `invalid kind "${kind}"`);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    if (!SEVERITIES.has(str(r.severity) ?? '')) err(where, `invalid severity "${str(r.severity)}"`);
    if (r.evidence !== undefined && !EVIDENCE.has(str(r.evidence) ?? ''))
      err(where, `invalid evidence "${str(r.evidence)}"`);
    if (r.onset !== undefined && !ONSETS.has(str(r.onset) ?? '')) err(where, `invalid onset "${str(r.onset)}"`);
    const sources = strings(r.sources);
    checkCites(where, sources);
    for (const c of sources ?? []) usedCitations.add(c);
    const need =
      kind === 'pair' || kind === 'specific' || kind === 'label'
        ? ['effect', 'mechanism', 'management', 'evidence']
        : ['message', 'management'];
    for (const key of need) if (!str(r[key])?.trim()) err(where, `missing "${key}"`);
    if (kind === 'pair' || kind === 'specific' || kind === 'label') {
      const a = selectorDrugs(`${where} a`, r.a);
      const b = selectorDrugs(`${where} b`, r.b);
      if (kind === 'specific') {
        const excluded = new Set(
          (Array.isArray(r.exclude) ? r.exclude : []).map((p) => (strings(p) ?? []).slice().sort().join(' + ')),
        );
        for (const x of a)
          for (const y of b) {
            const key = [x, y].sort().join(' + ');
            if (x === y || excluded.has(key)) continue;
            const other = specificPairs.get(key);
            if (other && other !== id) warn(where, `${key} is also covered by specific rule ${other}`);
            specificPairs.set(key, id);
          }
      }
    } else if (kind === 'cumulative') {
      if (r.scoreProperty !== undefined) {
        const sp = str(r.scoreProperty) ?? '';
        if (!byProperty.has(sp)) err(where, `no drug has score property "${sp}"`);
        if (typeof r.minScore !== 'number') err(where, 'needs numeric minScore');
      } else {
        selectorDrugs(`${where} select`, r.select);
        if (typeof r.minCount !== 'number' || r.minCount < 2) err(where, 'needs minCount >= 2');
      }
    } else if (kind === 'combination') {
      if (!Array.isArray(r.all) || r.all.length < 2) err(where, 'needs "all" with at least two selectors');
      else r.all.forEach((sel, i) => selectorDrugs(`${where} all[${i}]`, sel));
    } else if (kind === 'duplicate') {
      if (r.property !== undefined) {
        if (!byProperty.has(str(r.property) ?? '')) err(where, `no drug has property "${str(r.property)}"`);
      } else {
        selectorDrugs(`${where} a`, r.a);
        selectorDrugs(`${where} b`, r.b);
      }
    } else {
      selectorDrugs(`${where} select`, r.select);
      if (kind === 'condition' && !conditions.has(str(r.condition) ?? ''))
        err(where, `unknown condition id "${str(r.condition)}"`);
      if (kind === 'allergy' && !allergies.has(str(r.allergy) ?? ''))
        err(where, `unknown allergy id "${str(r.allergy)}"`);
      if (kind === 'food' && !str(r.item)) err(where, 'food rule needs "item"');
    }
  });
}
// tallman.json entries cite these two lists through their "list" field.
for (const c of ['ismp-tallman', 'fda-name-differentiation']) usedCitations.add(c);
// Properties defined but never used by any rule are fine (they describe drugs); unused citations are worth a note.
for (const c of citations) if (!usedCitations.has(c)) warn('citations.json', `citation "${c}" is not used`);

const synonyms = load('synonyms.json');
if (isObj(synonyms)) {
  for (const part of ['abbreviations', 'synonyms']) {
    const map = synonyms[part];
    if (!isObj(map)) {
      err('synonyms.json', `"${part}" must be an object`);
      continue;
    }
    for (const [k, v] of Object.entries(map)) {
      if (k !== k.toLowerCase()) err('synonyms.json', `key "${k}" must be lower-case`);
      if (typeof v !== 'string' || v !== v.toLowerCase())
        err('synonyms.json', `value for "${k}" must be a lower-case generic name`);
    }
  }
}
const tallman = load('tallman.json');
if (Array.isArray(tallman)) {
  for (const t of tallman) {
    const names = isObj(t) ? strings(t.names) : undefined;
    if (!isObj(t) || !names || names.length < 2 || !['FDA', 'ISMP'].includes(str(t.list) ?? ''))
      err('tallman.json', `bad entry ${JSON.stringify(t)}`);
  }
}

const searchSynonyms = load('search-synonyms.json');
if (isObj(searchSynonyms) && Array.isArray(searchSynonyms.entries)) {
  for (const e of searchSynonyms.entries) {
    const where = `search-synonyms.json ${JSON.stringify(isObj(e) ? e.typed : e)}`;
    if (!isObj(e) || !strings(e.typed)?.length) err(where, 'entry needs "typed" words');
    else {
      if (!str(e.reason)) err(where, 'entry needs a "reason" (why, or the reference)');
      if (e.search !== undefined && !strings(e.search)) err(where, '"search" must be a list of phrases');
      if (e.onlyWith !== undefined && !strings(e.onlyWith)?.length) err(where, '"onlyWith" must list words');
      for (const s of strings(e.sections) ?? []) if (!isSectionKey(s)) err(where, `unknown section "${s}"`);
    }
  }
} else err('search-synonyms.json', 'must hold {"entries": [...]}');

// A name that synonyms.json maps to another generic would become a second drug with its own
// properties, and the generic a prescriber types would silently miss them.
const synonymOf = new Map<string, string>();
if (isObj(synonyms))
  for (const part of ['abbreviations', 'synonyms']) {
    const map = synonyms[part];
    if (isObj(map)) for (const [k, v] of Object.entries(map)) if (typeof v === 'string' && k !== v) synonymOf.set(k, v);
  }
const walkDrugNames = (file: string, node: Json | undefined): void => {
  if (Array.isArray(node)) return node.forEach((n) => walkDrugNames(file, n));
  if (!isObj(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'drugs')
      for (const d of strings(value) ?? []) {
        const generic = synonymOf.get(d);
        if (generic) err(file, `drug name "${d}" is a synonym in synonyms.json; use the US generic "${generic}"`);
      }
    else walkDrugNames(file, value);
  }
};
for (const { file, body } of domains) walkDrugNames(file, body);

let drugTotal = 0;
for (const values of byProperty.values()) for (const ids of values.values()) drugTotal += ids.size;
for (const w of warnings) console.warn(`warning  ${w}`);
for (const e of errors) console.error(`error    ${e}`);
console.log(
  `${files.length} domain files, ${drugTotal} drug-property entries, rules: ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`,
);
console.log(`${errors.length} error(s), ${warnings.length} warning(s)`);
process.exit(errors.length > 0 ? 1 : 0);
