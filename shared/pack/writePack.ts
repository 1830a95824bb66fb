// Writes PackContent into a fresh SQLite database with sql.js, in sorted order, and seals it with
// a content hash over every table so `verify` can tell a damaged or edited pack.
import type { Database, SqlValue } from 'sql.js';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';
import { loadSqlJs } from './sqljs.ts';
import { contentHash } from './contentHash.ts';
import { SECTION_KEYS } from '../../electron/common/sections.ts';
import { drugNameWords, indexStem } from './wordStems.ts';
import { phraseHits, termHitsFromIndex } from './termHits.ts';
import type { PackContent } from './content.ts';
import { compareText } from '../../electron/common/order.ts';

export interface PackMeta {
  version: string;
  builtAt: string;
}

function insertAll(db: Database, sql: string, rows: SqlValue[][]): void {
  const stmt = db.prepare(sql);
  try {
    for (const row of rows) stmt.run(row);
  } finally {
    stmt.free();
  }
}

export async function writePack(content: PackContent, meta: PackMeta): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  try {
    db.run('PRAGMA page_size = 4096; PRAGMA foreign_keys = ON;');
    db.run(SCHEMA_SQL);
    db.run('BEGIN');
    insertAll(
      db,
      'INSERT INTO source VALUES (?,?,?,?,?,?,?)',
      [...content.sources.values()]
        .sort((x, y) => compareText(x.id, y.id))
        .map((s) => [s.id, s.name, s.kind, s.origin, s.licence, s.attribution, s.retrieved]),
    );
    insertAll(
      db,
      'INSERT INTO drug VALUES (?,?,?,?,?)',
      [...content.drugs.values()]
        .sort((x, y) => compareText(x.id, y.id))
        .map((d) => [d.id, d.name, d.kind, d.rxStatus, d.sourceId]),
    );
    insertAll(
      db,
      'INSERT INTO drug_component VALUES (?,?,?)',
      [...content.components.values()].map((c) => [c.drugId, c.componentId, c.sourceId]),
    );
    insertAll(
      db,
      'INSERT INTO drug_name VALUES (?,?,?,?,?)',
      [...content.names.values()].map((n) => [n.norm, n.drugId, n.name, n.kind, n.sourceId]),
    );
    insertAll(
      db,
      'INSERT INTO product (drug_id, brand, ingredients, form, route, strength, status, application, source_id) VALUES (?,?,?,?,?,?,?,?,?)',
      content.products.map((p) => [
        p.drugId,
        p.brand,
        p.ingredients,
        p.form,
        p.route,
        p.strength,
        p.status,
        p.application,
        p.sourceId,
      ]),
    );
    insertAll(
      db,
      'INSERT INTO drug_class VALUES (?,?,?,?,?)',
      [...content.classes.values()].map((c) => [c.drugId, c.type, c.cls, c.code, c.sourceId]),
    );
    insertAll(
      db,
      'INSERT INTO label (id, title, version_date, source_id, drug_id, rank, manufacturer, salts, release, route, brands, boxed_stated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
      [...content.labels.values()].map((l) => [
        l.id,
        l.title,
        l.versionDate,
        l.sourceId,
        l.drugId ?? null,
        l.rank ?? 0,
        l.manufacturer ?? '',
        (l.salts ?? []).join(' '),
        l.release ?? '',
        l.route ?? '',
        (l.brands ?? []).join('|'),
        l.boxedStated ? 1 : 0,
      ]),
    );
    const order = new Map(SECTION_KEYS.map((key, i) => [key, i]));
    const labelRank = (id: string | null) => (id ? (content.labels.get(id)?.rank ?? 0) : 0);
    const sections = [...content.sections].sort(
      (x, y) =>
        compareText(x.drugId, y.drugId) ||
        order.get(x.key)! - order.get(y.key)! ||
        labelRank(x.labelId) - labelRank(y.labelId) ||
        compareText(x.labelId ?? '', y.labelId ?? '') ||
        compareText(x.sourceId, y.sourceId),
    );
    insertAll(
      db,
      'INSERT INTO section (drug_id, key, ord, title, text, summary, tables, label_id, source_id) VALUES (?,?,?,?,?,?,?,?,?)',
      sections.map((s, i) => [
        s.drugId,
        s.key,
        i,
        s.title,
        s.text,
        s.summary ?? '',
        s.tables && s.tables.length > 0 ? JSON.stringify(s.tables) : null,
        s.labelId,
        s.sourceId,
      ]),
    );
    db.run("INSERT INTO section_fts(section_fts) VALUES ('rebuild')");
    insertAll(
      db,
      'INSERT INTO property VALUES (?,?,?,?,?,?)',
      [...content.properties.values()].map((p) => [p.drugId, p.property, p.value, p.note, p.cite, p.sourceId]),
    );
    const interactions = [...content.interactions].sort(
      (x, y) => compareText(x.drugA, y.drugA) || compareText(x.drugB, y.drugB) || compareText(x.ruleId, y.ruleId),
    );
    insertAll(
      db,
      `INSERT INTO interaction (drug_a, drug_b, severity, evidence, onset, effect, mechanism, management, why_a, why_b, rule_id, cites, source_id)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      interactions.map((r) => [
        r.drugA,
        r.drugB,
        r.severity,
        r.evidence,
        r.onset,
        r.effect,
        r.mechanism,
        r.management,
        r.whyA,
        r.whyB,
        r.ruleId,
        r.cites,
        r.sourceId,
      ]),
    );
    insertAll(
      db,
      'INSERT INTO list_rule VALUES (?,?,?,?)',
      [...content.listRules].sort((x, y) => compareText(x.id, y.id)).map((r) => [r.id, r.kind, r.body, r.sourceId]),
    );
    insertAll(
      db,
      'INSERT INTO term VALUES (?,?,?,?,?)',
      content.patientFactors.map((t) => [t.kind, t.id, t.label, t.synonyms, t.sourceId]),
    );
    insertAll(
      db,
      'INSERT INTO citation VALUES (?,?,?,?)',
      [...content.citations.values()].map((c) => [c.id, c.title, c.url, c.year]),
    );
    insertAll(
      db,
      'INSERT INTO tallman VALUES (?,?,?,?)',
      [...content.tallman.values()].map((t) => [t.norm, t.display, t.confusable, t.list]),
    );
    insertAll(
      db,
      'INSERT INTO local_row VALUES (?,?,?,?,?)',
      content.localRows.map((r) => [r.drugId, r.kind, r.name, r.detail, r.sourceId]),
    );
    insertAll(
      db,
      'INSERT INTO search_term VALUES (?,?,?,?,?,?)',
      [...content.searchTerms.values()]
        .sort((x, y) => compareText(x.typed, y.typed))
        .map((t) => [t.typed, t.search, t.sections, t.onlyWith, t.reason, t.sourceId]),
    );
    insertAll(db, 'INSERT INTO meta VALUES (?,?)', [
      ['version', meta.version],
      ['builtAt', meta.builtAt],
      ['schemaVersion', String(SCHEMA_VERSION)],
    ]);
    db.run('COMMIT');
    db.run("INSERT INTO section_fts(section_fts) VALUES ('optimize')");
    db.run('CREATE VIRTUAL TABLE temp.section_terms USING fts4aux(main, section_fts)');
    const terms = new Map(
      (db.exec("SELECT term, documents FROM temp.section_terms WHERE col = '*' ORDER BY term")[0]?.values ?? []).map(
        ([term, documents]) => [String(term), Number(documents)],
      ),
    );
    db.run('DROP TABLE temp.section_terms');
    const kinds = new Map<string, string[]>();
    for (const n of content.names.values()) kinds.set(n.norm, [...(kinds.get(n.norm) ?? []), n.kind]);
    const drugWords = drugNameWords(
      [...kinds].map(([norm, k]) => ({ norm, kinds: k })),
      (w) => terms.get(w) ?? 0,
    );
    insertAll(
      db,
      'INSERT INTO term_df VALUES (?,?,?)',
      [...terms].map(([term, documents]) => [term, documents, indexStem(term, drugWords.has(term))]),
    );
    const hits = termHitsFromIndex(db, 'section_fts');
    for (const [term, documents] of terms)
      if (hits.get(term)?.documents !== documents)
        throw new Error(
          `term_hits: "${term}" in ${hits.get(term)?.documents ?? 0} sections, fts4aux says ${documents}`,
        );
    // The synonym table's phrases of two or more index words (one word is in the index already).
    const phrases = new Set(
      [...content.searchTerms.values()]
        .flatMap((t) => [t.typed, ...(JSON.parse(t.search) as string[])])
        .filter((p) => p.includes(' ') && p.split(' ').every((w) => terms.has(w))),
    );
    db.run('BEGIN');
    insertAll(db, 'INSERT INTO term_hits VALUES (?,?)', [
      ...[...hits].map(([term, h]): SqlValue[] => [term, h.blob]),
      ...[...phrases].map((p): SqlValue[] => [p, phraseHits(db, 'section_fts', p)]),
    ]);
    db.run('COMMIT');
    db.run('INSERT INTO meta VALUES (?, ?)', ['contentHash', contentHash(db)]);
    db.run(`PRAGMA user_version = ${SCHEMA_VERSION}`);
    db.run('VACUUM');
    return db.export();
  } finally {
    db.close();
  }
}
