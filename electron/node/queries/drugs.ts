// The drug aggregate: identity, names, products, classes, components.
import type { Database } from 'sql.js';
import { all, one } from './rows.ts';

export interface DrugRow { id: string; name: string; kind: 'ingredient' | 'combination'; rx_status: string | null }
export interface NameRow { norm: string; drug_id: string; name: string; kind: 'generic' | 'brand' | 'synonym' | 'salt' | 'abbreviation' }

export const drugById = (db: Database, id: string) =>
  one<DrugRow>(db, 'SELECT id, name, kind, rx_status FROM drug WHERE id = ?', [id]);

export const drugsByIds = (db: Database, ids: string[]) =>
  ids.length === 0 ? [] : all<DrugRow>(db, `SELECT id, name, kind, rx_status FROM drug WHERE id IN (${ids.map(() => '?').join(',')})`, ids);

export const brandsOf = (db: Database, drugId: string) =>
  all<{ name: string }>(db, "SELECT DISTINCT name FROM drug_name WHERE drug_id = ? AND kind = 'brand' ORDER BY name", [drugId]).map((r) => r.name);

export const classesOf = (db: Database, drugId: string) =>
  all<{ type: string; class: string }>(db, 'SELECT type, class FROM drug_class WHERE drug_id = ? ORDER BY type, class', [drugId]);

export const componentsOf = (db: Database, drugId: string) =>
  all<{ id: string; name: string }>(db, 'SELECT d.id, d.name FROM drug_component c JOIN drug d ON d.id = c.component_id WHERE c.drug_id = ? ORDER BY d.name', [drugId]);

export const dosageFormsOf = (db: Database, drugId: string) =>
  all<{ form: string; route: string }>(db, "SELECT DISTINCT form, route FROM product WHERE drug_id = ? AND status != 'Discontinued' ORDER BY route, form", [drugId])
    .map((r) => `${r.form} (${r.route})`);

/** Exact lookups on a folded name, best kind first. */
export const namesByNorm = (db: Database, norm: string) =>
  all<NameRow>(db, `SELECT n.norm, n.drug_id, n.name, n.kind FROM drug_name n WHERE n.norm = ?
    ORDER BY CASE n.kind WHEN 'generic' THEN 0 WHEN 'brand' THEN 1 WHEN 'synonym' THEN 2 WHEN 'abbreviation' THEN 3 ELSE 4 END, n.drug_id`, [norm]);

/** Names starting with a prefix, through the primary-key index (a range scan, not LIKE). */
export const PREFIX_SQL = `SELECT n.norm, n.drug_id, n.name, n.kind FROM drug_name n
  WHERE n.norm >= ? AND n.norm < ? ORDER BY length(n.norm), n.norm LIMIT ?`;
export const prefixParams = (prefix: string, limit: number) => [prefix, `${prefix}\uffff`, limit];
export const namesByPrefix = (db: Database, prefix: string, limit: number) => all<NameRow>(db, PREFIX_SQL, prefixParams(prefix, limit));

export const allNorms = (db: Database) =>
  all<{ norm: string; drug_id: string }>(db, 'SELECT norm, drug_id FROM drug_name ORDER BY norm');

export interface TallmanRow { display: string; confusable: string }
export const tallmanFor = (db: Database, norm: string) =>
  one<TallmanRow>(db, 'SELECT display, confusable FROM tallman WHERE norm = ?', [norm]);
