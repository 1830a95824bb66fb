// The drug aggregate: identity, names, products, classes, components.
import type { Database } from 'sql.js';
import type {
  DrugRow as DrugContent,
  NameRow as NameContent,
  TallmanRow as TallmanContent,
} from '../../../shared/pack/content.ts';
import type { Stored } from '../../../shared/pack/stored.ts';
import { all, one } from './rows.ts';

export type DrugRow = Pick<Stored<DrugContent>, 'id' | 'name' | 'kind' | 'rx_status'>;
export type NameRow = Pick<Stored<NameContent>, 'norm' | 'drug_id' | 'name' | 'kind'>;

/** Which name of a drug to show or trust first: the generic, then a brand, a synonym, an abbreviation, a salt. */
const NAME_KIND_RANK: Record<NameRow['kind'], number> = {
  generic: 0,
  brand: 1,
  synonym: 2,
  abbreviation: 3,
  salt: 4,
};
export const byNameKind = (x: Pick<NameRow, 'kind'>, y: Pick<NameRow, 'kind'>): number =>
  NAME_KIND_RANK[x.kind] - NAME_KIND_RANK[y.kind];

export const drugById = (db: Database, id: string) =>
  one<DrugRow>(db, 'SELECT id, name, kind, rx_status FROM drug WHERE id = ?', [id]);

export const drugsByIds = (db: Database, ids: string[]) =>
  ids.length === 0
    ? []
    : all<DrugRow>(db, `SELECT id, name, kind, rx_status FROM drug WHERE id IN (${ids.map(() => '?').join(',')})`, ids);

export const brandsOf = (db: Database, drugId: string) =>
  all<{ name: string }>(db, "SELECT DISTINCT name FROM drug_name WHERE drug_id = ? AND kind = 'brand' ORDER BY name", [
    drugId,
  ]).map((r) => r.name);

export const classesOf = (db: Database, drugId: string) =>
  all<{ type: string; class: string }>(
    db,
    'SELECT type, class FROM drug_class WHERE drug_id = ? ORDER BY type, class',
    [drugId],
  );

export const componentsOf = (db: Database, drugId: string) =>
  all<{ id: string; name: string }>(
    db,
    'SELECT d.id, d.name FROM drug_component c JOIN drug d ON d.id = c.component_id WHERE c.drug_id = ? ORDER BY d.name',
    [drugId],
  );

export const dosageFormsOf = (db: Database, drugId: string) =>
  all<{ form: string; route: string }>(
    db,
    "SELECT DISTINCT form, route FROM product WHERE drug_id = ? AND status != 'Discontinued' ORDER BY route, form",
    [drugId],
  ).map((r) => `${r.form} (${r.route})`);

/** Every product of a drug, discontinued ones too: a brand names its product even after it left the market. */
export const productFormsOf = (db: Database, drugId: string) =>
  all<{ brand: string; form: string; route: string }>(db, 'SELECT brand, form, route FROM product WHERE drug_id = ?', [
    drugId,
  ]);

export type TallmanRow = Pick<Stored<TallmanContent>, 'display' | 'confusable'>;
export const tallmanFor = (db: Database, norm: string) =>
  one<TallmanRow>(db, 'SELECT display, confusable FROM tallman WHERE norm = ?', [norm]);

/** High-alert categories of a drug or of any component of a combination (a tablet with oxycodone is an opioid). */
export const highAlertOf = (db: Database, drugId: string) =>
  all<{ category: string; note: string; drug: string }>(
    db,
    `SELECT DISTINCT p.value AS category, p.note, d.name AS drug FROM property p JOIN drug d ON d.id = p.drug_id
     WHERE p.property = 'high_alert'
       AND (p.drug_id = ? OR p.drug_id IN (SELECT component_id FROM drug_component WHERE drug_id = ?))
     ORDER BY p.value`,
    [drugId, drugId],
  );
