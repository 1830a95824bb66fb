// What the compiler produces, as a stable dump to diff across a change of parsers:
//   npx tsx tests/support/compilerSnapshot.ts write DIR      every label read (per source record, per section),
//                                                            every section of the built pack (per drug), a hash of
//                                                            every other pack table, and every Markdown fixture parsed
//   npx tsx tests/support/compilerSnapshot.ts diff BEFORE AFTER [--show N]
// The diff classifies each changed section text: a fix it can explain (raw markup gone, a character reference
// decoded, a table recovered as table data) or "unexplained", which must be read and fixed or justified.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import initSqlJs from 'sql.js';
import { buildPack } from '../../data/compiler/buildPack.ts';
import { PackContent } from '../../shared/pack/content.ts';
import { readEmbeddedLabelsWithReport, parseSplXml, readOpenFdaFiles } from '../../data/compiler/labels/index.ts';
import { parseMonograph } from '../../shared/markdownMonograph/parseMonograph.ts';
import { readDrugsAtFda } from '../../data/compiler/vocabulary.ts';
import { DRUGSATFDA, DRUGSATFDA_2022 } from '../../data/compiler/sources.ts';
import { ROOT } from './paths.ts';

interface SectionDump {
  id: string;
  title: string;
  text: string;
  tables?: unknown;
}

const DATA = resolve(ROOT, 'data');
const LOCAL_FIXTURES = resolve(ROOT, 'tests/fixtures/local-monographs');

async function labelSections(): Promise<SectionDump[]> {
  const vocabulary = await readDrugsAtFda(new PackContent(), [
    { dir: join(DATA, 'sources/drugsatfda-2022'), source: DRUGSATFDA_2022 },
    { dir: join(DATA, 'sources/drugsatfda-2019'), source: DRUGSATFDA },
  ]);
  const { docs } = readEmbeddedLabelsWithReport(DATA, (brand) => vocabulary.brandToIngredients(brand));
  for (const dir of ['tests/fixtures/spl', 'tests/fixtures/labels/spl'])
    for (const file of readdirSync(resolve(ROOT, dir))
      .filter((f) => f.endsWith('.xml'))
      .sort())
      docs.push(parseSplXml(readFileSync(resolve(ROOT, dir, file), 'utf8'), `${dir}/${file}`));
  const openFdaDir = resolve(ROOT, 'tests/fixtures/labels/openfda');
  docs.push(
    ...readOpenFdaFiles(
      readdirSync(openFdaDir)
        .sort()
        .map((f) => join(openFdaDir, f)),
      'fixture-openfda',
    ),
  );
  const out: SectionDump[] = [];
  const seen = new Map<string, number>();
  for (const doc of docs) {
    const base = `${doc.sourceId}|${doc.setId}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const record = n > 1 ? `${base}#${n}` : base;
    out.push({
      id: `${record}|(record)`,
      title: doc.title,
      text: JSON.stringify([doc.versionDate, doc.ingredients, doc.brandNames, doc.productType]),
    });
    for (const s of doc.sections) out.push({ id: `${record}|${s.key}`, title: s.title, text: s.text, ...tablesOf(s) });
  }
  return out;
}

function tablesOf(section: object): { tables?: unknown } {
  const tables = (section as { tables?: unknown[] }).tables;
  return tables && tables.length > 0 ? { tables } : {};
}

async function packDump(): Promise<{ sections: SectionDump[]; tables: Record<string, string> }> {
  const { bytes } = await buildPack({ dataDir: DATA, openFda: [], splDirs: [], localDirs: [LOCAL_FIXTURES] });
  const SQL = await initSqlJs();
  const db = new SQL.Database(bytes);
  const rows = (sql: string): Record<string, unknown>[] => {
    const stmt = db.prepare(sql);
    const out: Record<string, unknown>[] = [];
    while (stmt.step()) out.push(stmt.getAsObject());
    stmt.free();
    return out;
  };
  const columns = new Set(rows("SELECT name FROM pragma_table_info('section')").map((r) => String(r.name)));
  const sections = rows(
    `SELECT drug_id, key, title, text, label_id, source_id${columns.has('tables') ? ', tables' : ''} FROM section ORDER BY drug_id, key, source_id, title`,
  ).map((r) => ({
    id: `${String(r.drug_id)}|${String(r.key)}|${String(r.source_id)}|${String(r.label_id)}`,
    title: String(r.title),
    text: String(r.text),
    ...(typeof r.tables === 'string' && r.tables ? { tables: JSON.parse(r.tables) as unknown } : {}),
  }));
  const tables: Record<string, string> = {};
  for (const { name } of rows(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'section%' AND name NOT LIKE 'sqlite%' AND name NOT IN ('meta', 'term_df', 'term_hits') ORDER BY name",
  )) {
    const hash = createHash('sha256');
    for (const r of rows(`SELECT * FROM "${String(name)}" ORDER BY 1, 2, 3`)) hash.update(`${JSON.stringify(r)}\n`);
    tables[String(name)] = hash.digest('hex').slice(0, 16);
  }
  db.close();
  return { sections, tables };
}

function localDump(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(LOCAL_FIXTURES)
    .filter((f) => f.endsWith('.md'))
    .sort())
    out[file] = parseMonograph(readFileSync(join(LOCAL_FIXTURES, file), 'utf8'), { fallbackName: file });
  return out;
}

async function write(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const labels = await labelSections();
  const pack = await packDump();
  const lines = (list: SectionDump[]) => list.map((s) => JSON.stringify(s)).join('\n') + '\n';
  writeFileSync(join(dir, 'labels.jsonl'), lines(labels));
  writeFileSync(join(dir, 'pack-sections.jsonl'), lines(pack.sections));
  writeFileSync(join(dir, 'pack-tables.json'), `${JSON.stringify(pack.tables, null, 2)}\n`);
  writeFileSync(join(dir, 'local.json'), `${JSON.stringify(localDump(), null, 2)}\n`);
  process.stdout.write(`${labels.length} label sections, ${pack.sections.length} pack sections → ${dir}\n`);
}

// ---- diff ----

const TAG = /<\/?[A-Za-z][^<>]*>/g;
const REFERENCE = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;

/** Words of a text with markup, references, table glyphs and spacing set aside. */
function words(text: string): string {
  return text
    .replace(TAG, ' ')
    .replace(REFERENCE, ' ')
    .replace(/[\uFFFC|\t]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

type Kind = 'table recovered' | 'raw markup gone' | 'entity decoded' | 'spacing only' | 'unexplained';

function classify(before: SectionDump, after: SectionDump): Kind[] {
  const kinds: Kind[] = [];
  const beforeTables = Array.isArray(before.tables) ? before.tables.length : 0;
  const afterTables = Array.isArray(after.tables) ? after.tables.length : 0;
  if (afterTables > beforeTables) kinds.push('table recovered');
  if ((before.text.match(TAG)?.length ?? 0) > (after.text.match(TAG)?.length ?? 0)) kinds.push('raw markup gone');
  if ((before.text.match(REFERENCE)?.length ?? 0) > (after.text.match(REFERENCE)?.length ?? 0))
    kinds.push('entity decoded');
  // A table's paragraph carries its caption and cells, so the words of the text alone must match.
  const same = words(before.text).split(' ').sort().join(' ') === words(after.text).split(' ').sort().join(' ');
  if (!same) {
    // Decoded references bring back characters the before-text spelled as references.
    const decodedOnly = kinds.includes('entity decoded') && words(before.text).length <= words(after.text).length + 8;
    if (!decodedOnly) kinds.push('unexplained');
  } else if (kinds.length === 0) kinds.push('spacing only');
  return kinds;
}

function readDump(dir: string, file: string): Map<string, SectionDump> {
  const map = new Map<string, SectionDump>();
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (!line) continue;
    const s = JSON.parse(line) as SectionDump;
    map.set(s.id, s);
  }
  return map;
}

function diffSections(name: string, before: Map<string, SectionDump>, after: Map<string, SectionDump>, show: number) {
  const counts: Record<string, number> = {};
  const examples: Record<string, string[]> = {};
  const note = (kind: string, id: string): void => {
    counts[kind] = (counts[kind] ?? 0) + 1;
    (examples[kind] ??= []).push(id);
  };
  for (const [id, b] of before) {
    const a = after.get(id);
    if (!a) note('removed', id);
    else if (a.title !== b.title) note('title changed', id);
    if (!a || (a.text === b.text && JSON.stringify(a.tables) === JSON.stringify(b.tables))) continue;
    for (const kind of classify(b, a)) note(kind, id);
    note('changed (any)', id);
  }
  for (const id of after.keys()) if (!before.has(id)) note('added', id);
  process.stdout.write(`\n## ${name}: ${before.size} before, ${after.size} after\n`);
  for (const [kind, n] of Object.entries(counts).sort()) {
    process.stdout.write(`- ${kind}: ${n}\n`);
    for (const id of (examples[kind] ?? []).slice(0, show)) process.stdout.write(`    ${id}\n`);
  }
}

function diff(beforeDir: string, afterDir: string, show: number): void {
  diffSections('labels read', readDump(beforeDir, 'labels.jsonl'), readDump(afterDir, 'labels.jsonl'), show);
  diffSections(
    'pack sections',
    readDump(beforeDir, 'pack-sections.jsonl'),
    readDump(afterDir, 'pack-sections.jsonl'),
    show,
  );
  const bt = JSON.parse(readFileSync(join(beforeDir, 'pack-tables.json'), 'utf8')) as Record<string, string>;
  const at = JSON.parse(readFileSync(join(afterDir, 'pack-tables.json'), 'utf8')) as Record<string, string>;
  const changed = Object.keys({ ...bt, ...at }).filter((t) => bt[t] !== at[t]);
  process.stdout.write(`\n## other pack tables: ${changed.length ? `changed: ${changed.join(', ')}` : 'identical'}\n`);
  const bl = readFileSync(join(beforeDir, 'local.json'), 'utf8');
  const al = readFileSync(join(afterDir, 'local.json'), 'utf8');
  const bj = JSON.parse(bl) as Record<string, unknown>;
  const aj = JSON.parse(al) as Record<string, unknown>;
  const differing = Object.keys({ ...bj, ...aj }).filter((f) => JSON.stringify(bj[f]) !== JSON.stringify(aj[f]));
  process.stdout.write(
    `\n## Markdown fixtures: ${differing.length ? `differ: ${differing.join(', ')}` : 'identical parses'}\n`,
  );
}

const [command, a, b] = process.argv.slice(2);
const showAt = process.argv.indexOf('--show');
if (command === 'write' && a) await write(resolve(a));
else if (command === 'diff' && a && b) diff(resolve(a), resolve(b), showAt > 0 ? Number(process.argv[showAt + 1]) : 5);
else {
  process.stderr.write('usage: compilerSnapshot.ts write DIR | diff BEFORE AFTER [--show N]\n');
  process.exit(2);
}
