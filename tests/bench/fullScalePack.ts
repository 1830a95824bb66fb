// The "full" benchmark scale: a pack shaped like one built from every US prescription label.
// It starts from the real pack and adds synthetic drugs until about 4,000 have monographs: each
// gets every core section, its length drawn from the real lengths of that section and its text
// from real sentences of that section; brands and products like real ones; and interaction pairs
// at three times today's per-drug density. A seeded generator makes it the same every time.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database, SqlValue } from 'sql.js';
import { PackContent, type InteractionRow, type Severity } from '../../shared/pack/content.ts';
import { writePack } from '../../shared/pack/writePack.ts';
import { SECTION_KEYS, isSectionKey, type SectionKey } from '../../electron/common/sections.ts';
import type { SectionTable } from '../../electron/common/sectionTable.ts';
import { openPack } from '../../electron/node/pack/openPack.ts';

const TARGET_MONOGRAPHS = 4000;
const GENERATOR_VERSION = '2';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function rows(db: Database, sql: string): Record<string, SqlValue>[] {
  const out: Record<string, SqlValue>[] = [];
  const stmt = db.prepare(sql);
  while (stmt.step()) out.push(stmt.getAsObject());
  stmt.free();
  return out;
}
const str = (v: SqlValue | undefined) => (v === null || v === undefined ? '' : String(v));

/** Everything in an existing pack, as compiler content to add to. */
function loadContent(db: Database): PackContent {
  const c = new PackContent();
  for (const r of rows(db, 'SELECT * FROM source'))
    c.addSource({
      id: str(r.id),
      name: str(r.name),
      kind: str(r.kind) as never,
      origin: str(r.origin),
      licence: str(r.licence),
      attribution: str(r.attribution),
      retrieved: str(r.retrieved),
    });
  for (const r of rows(db, 'SELECT * FROM drug'))
    c.drugs.set(str(r.id), {
      id: str(r.id),
      name: str(r.name),
      kind: str(r.kind) as 'ingredient',
      rxStatus: r.rx_status === null ? null : str(r.rx_status),
      sourceId: str(r.source_id),
    });
  for (const r of rows(db, 'SELECT * FROM drug_component'))
    c.components.set(`${str(r.drug_id)}|${str(r.component_id)}`, {
      drugId: str(r.drug_id),
      componentId: str(r.component_id),
      sourceId: str(r.source_id),
    });
  for (const r of rows(db, 'SELECT * FROM drug_name'))
    c.names.set(`${str(r.norm)}|${str(r.drug_id)}|${str(r.kind)}`, {
      norm: str(r.norm),
      drugId: str(r.drug_id),
      name: str(r.name),
      kind: str(r.kind) as 'brand',
      sourceId: str(r.source_id),
    });
  for (const r of rows(db, 'SELECT * FROM product'))
    c.products.push({
      drugId: str(r.drug_id),
      brand: str(r.brand),
      ingredients: str(r.ingredients),
      form: str(r.form),
      route: str(r.route),
      strength: str(r.strength),
      status: str(r.status),
      application: str(r.application),
      sourceId: str(r.source_id),
    });
  for (const r of rows(db, 'SELECT * FROM drug_class'))
    c.addClass({
      drugId: str(r.drug_id),
      type: str(r.type),
      cls: str(r.class),
      code: str(r.code),
      sourceId: str(r.source_id),
    });
  for (const r of rows(db, 'SELECT * FROM label'))
    c.labels.set(str(r.id), {
      id: str(r.id),
      title: str(r.title),
      versionDate: str(r.version_date),
      sourceId: str(r.source_id),
    });
  for (const r of rows(db, 'SELECT * FROM section'))
    if (isSectionKey(str(r.key)))
      c.sections.push({
        drugId: str(r.drug_id),
        key: str(r.key) as SectionKey,
        title: str(r.title),
        text: str(r.text),
        tables: typeof r.tables === 'string' ? (JSON.parse(r.tables) as SectionTable[]) : undefined,
        labelId: r.label_id === null ? null : str(r.label_id),
        sourceId: str(r.source_id),
      });
  for (const r of rows(db, 'SELECT * FROM property'))
    c.addProperty({
      drugId: str(r.drug_id),
      property: str(r.property),
      value: str(r.value),
      note: str(r.note),
      cite: str(r.cite),
      sourceId: str(r.source_id),
    });
  for (const r of rows(db, 'SELECT * FROM interaction'))
    c.interactions.push({
      drugA: str(r.drug_a),
      drugB: str(r.drug_b),
      severity: str(r.severity) as Severity,
      evidence: str(r.evidence),
      onset: str(r.onset),
      effect: str(r.effect),
      mechanism: str(r.mechanism),
      management: str(r.management),
      whyA: str(r.why_a),
      whyB: str(r.why_b),
      ruleId: str(r.rule_id),
      cites: str(r.cites),
      sourceId: str(r.source_id),
    });
  for (const r of rows(db, 'SELECT * FROM list_rule'))
    c.listRules.push({ id: str(r.id), kind: str(r.kind), body: str(r.body), sourceId: str(r.source_id) });
  for (const r of rows(db, 'SELECT * FROM term'))
    c.patientFactors.push({
      kind: str(r.kind) as 'condition',
      id: str(r.id),
      label: str(r.label),
      synonyms: str(r.synonyms),
      sourceId: str(r.source_id),
    });
  for (const r of rows(db, 'SELECT * FROM citation'))
    c.citations.set(str(r.id), { id: str(r.id), title: str(r.title), url: str(r.url), year: str(r.year) });
  for (const r of rows(db, 'SELECT * FROM tallman'))
    c.tallman.set(str(r.norm), {
      norm: str(r.norm),
      display: str(r.display),
      confusable: str(r.confusable),
      list: str(r.list),
    });
  // The question search's clinical wording: without it the full scale would time a simpler search.
  for (const r of rows(db, 'SELECT * FROM search_term'))
    c.searchTerms.set(str(r.typed), {
      typed: str(r.typed),
      search: str(r.search),
      sections: str(r.sections),
      onlyWith: str(r.only_with),
      reason: str(r.reason),
      sourceId: str(r.source_id),
    });
  return c;
}

const SYLLABLES = [
  'ba',
  'co',
  'da',
  'fe',
  'ga',
  'li',
  'mo',
  'ne',
  'pra',
  'ri',
  'so',
  'ta',
  've',
  'xa',
  'zo',
  'lu',
  'ki',
  'dro',
  'ste',
  'vi',
  'qui',
  'tre',
  'nor',
  'ben',
];
const STEMS = [
  'tinib',
  'mab',
  'pril',
  'sartan',
  'olol',
  'statin',
  'azole',
  'cillin',
  'floxacin',
  'dipine',
  'prazole',
  'gliflozin',
  'parin',
  'vir',
  'semide',
  'oxetine',
  'azepam',
  'profen',
  'triptan',
  'lukast',
];

export async function fullScalePack(defaultPack: string, cacheDir: string): Promise<string> {
  const source = readFileSync(defaultPack);
  const key = createHash('sha256').update(source).update(GENERATOR_VERSION).digest('hex').slice(0, 16);
  const out = join(cacheDir, `full-${key}.sqlite`);
  if (existsSync(out)) return out;

  const pack = await openPack(defaultPack);
  const content = loadContent(pack.db);
  const random = mulberry32(20261124);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;

  const sentencesByKey = new Map<SectionKey, string[]>();
  const lengthsByKey = new Map<SectionKey, number[]>();
  for (const s of content.sections) {
    if (!sentencesByKey.has(s.key)) {
      sentencesByKey.set(s.key, []);
      lengthsByKey.set(s.key, []);
    }
    sentencesByKey.get(s.key)!.push(...s.text.split(/(?<=[.!?])\s+/).filter((x) => x.length > 20));
    lengthsByKey.get(s.key)!.push(s.text.length);
  }
  const withMonograph = new Set(content.sections.map((s) => s.drugId));
  const kbRows = content.interactions.filter((r) => r.ruleId.startsWith('kb-'));
  const interacting = new Set(content.interactions.flatMap((r) => [r.drugA, r.drugB]));
  const pairs = new Set(content.interactions.map((r) => `${r.drugA}|${r.drugB}`)).size;
  const perDrug = (2 * pairs) / Math.max(1, interacting.size);
  const formRows = content.products;
  content.addSource({
    id: 'bench-synthetic',
    name: 'Synthetic benchmark content',
    kind: 'label',
    origin: 'tests/bench/fullScalePack.ts',
    licence: 'CC0 1.0',
    attribution: 'Generated for benchmarks only; not clinical content.',
    retrieved: '2026-11-24',
  });

  const synthetic: string[] = [];
  const used = new Set(content.drugs.keys());
  while (withMonograph.size + synthetic.length < TARGET_MONOGRAPHS) {
    const name = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(STEMS)}`;
    if (used.has(name)) continue;
    used.add(name);
    const id = content.ensureDrug(name, 'bench-synthetic');
    synthetic.push(id);
    for (let b = Math.floor(random() * 4); b > 0; b--) {
      const brand = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(['x', 'ra', 'lo', 'ta', 'vo'])}`;
      content.addName(id, brand[0]!.toUpperCase() + brand.slice(1), 'brand', 'bench-synthetic');
      for (let p = 1 + Math.floor(random() * 4); p > 0; p--)
        content.products.push({
          ...pick(formRows),
          drugId: id,
          brand,
          ingredients: name.toUpperCase(),
          sourceId: 'bench-synthetic',
        });
    }
    for (const sectionKey of SECTION_KEYS) {
      const lengths = lengthsByKey.get(sectionKey);
      const sentences = sentencesByKey.get(sectionKey);
      if (!lengths?.length || !sentences?.length) continue;
      const target = pick(lengths);
      let text = '';
      while (text.length < target) text += `${pick(sentences)} `;
      content.sections.push({
        drugId: id,
        key: sectionKey,
        title: sectionKey,
        text: text.trim(),
        labelId: null,
        sourceId: 'bench-synthetic',
      });
    }
  }
  const all = [...content.drugs.keys()];
  const wanted = Math.round((3 * perDrug * (interacting.size + synthetic.length)) / 2) - pairs;
  const seen = new Set(content.interactions.map((r) => `${r.drugA}|${r.drugB}`));
  let added = 0;
  while (added < wanted) {
    const a = pick(random() < 0.6 ? synthetic : all);
    const b = pick(all);
    if (a === b) continue;
    const [drugA, drugB] = a < b ? [a, b] : [b, a];
    if (seen.has(`${drugA}|${drugB}`)) continue;
    seen.add(`${drugA}|${drugB}`);
    const like: InteractionRow = pick(kbRows.length ? kbRows : content.interactions);
    content.interactions.push({ ...like, drugA, drugB, ruleId: `bench:${added}`, sourceId: 'bench-synthetic' });
    added++;
  }
  pack.db.close();
  const bytes = await writePack(content, { version: `${pack.meta.version}-full`, builtAt: pack.meta.builtAt });
  mkdirSync(dirname(out), { recursive: true });
  // One cached pack at a time: an older one belongs to a default pack that no longer exists.
  for (const old of readdirSync(cacheDir)) if (/^full-[0-9a-f]+\.sqlite$/.test(old)) rmSync(join(cacheDir, old));
  writeFileSync(out, bytes);
  return out;
}
