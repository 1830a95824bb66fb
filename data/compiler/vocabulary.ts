// Drugs@FDA products give brands, forms, routes, strengths and status; DrugCentral adds the
// ingredient names Drugs@FDA lacks (biologics, older and non-US drugs) and their classes.
import { join } from 'node:path';
import type { PackContent, SourceInfo } from '../../shared/pack/content.ts';
import { streamTsv } from './delimited.ts';
import { activeMoiety, foldName, moietyKey, splitIngredients } from '../../electron/common/normalize.ts';
import { DRUGCENTRAL } from './sources.ts';

const STATUS: Record<string, string> = { '1': 'Rx', '2': 'OTC', '3': 'Discontinued', '4': 'Tentative approval' };

/** "ELIQUIS" → "Eliquis"; keeps short all-capital words such as "XR" or "HCT". */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b([a-z])([a-z]*)/g, (_m, first: string, rest: string) => first.toUpperCase() + rest)
    .replace(/\b(Xr|Xl|Er|Sr|Cr|La|Cd|Hct|Hcl|Odt|Dr|Ds|Ii|Iii|Iv|Pm|Hp|Tr)\b/g, (m) => m.toUpperCase());
}

export interface Vocabulary {
  /** Drugs@FDA brand (folded) → raw active-ingredient strings, for sources keyed by brand. */
  brandToIngredients: (brand: string) => string[] | undefined;
  /** True for a brand FDA lists as a reference listed drug: its label is the one generics copy. */
  isReferenceBrand: (brand: string) => boolean;
}

interface ProductSource {
  dir: string;
  source: SourceInfo;
}

/**
 * Drugs@FDA products, newest snapshot first: an older snapshot adds only the products the newer one
 * no longer lists, and where FDA later renamed a product's ingredient to a different moiety (iron
 * sucrose → "ferric oxyhydroxide") the older, more specific name is kept.
 */
export async function readDrugsAtFda(content: PackContent, snapshots: ProductSource[]): Promise<Vocabulary> {
  const brands = new Map<string, Set<string>>();
  const referenceBrands = new Set<string>();
  const older = new Map<string, string>();
  for (const { dir } of snapshots.slice(1))
    for await (const row of streamTsv(join(dir, 'Products.txt.gz'), 'latin1'))
      older.set(`${row.ApplNo}|${row.ProductNo}`, (row.ActiveIngredient ?? '').trim());
  const seen = new Set<string>();
  for (const { dir, source } of snapshots) {
    const src = source.id;
    content.addSource(source);
    const status = new Map<string, string>();
    for await (const row of streamTsv(join(dir, 'MarketingStatus.txt.gz'), 'latin1')) {
      status.set(`${row.ApplNo}|${row.ProductNo}`, STATUS[row.MarketingStatusID ?? ''] ?? 'Unknown');
    }
    const applType = new Map<string, string>();
    for await (const row of streamTsv(join(dir, 'Applications.txt.gz'), 'latin1'))
      applType.set(row.ApplNo ?? '', row.ApplType ?? '');

    for await (const row of streamTsv(join(dir, 'Products.txt.gz'), 'latin1')) {
      const productKey = `${row.ApplNo}|${row.ProductNo}`;
      if (seen.has(productKey)) continue;
      seen.add(productKey);
      const previous = older.get(productKey);
      const current = (row.ActiveIngredient ?? '').trim();
      const active =
        previous && moietyKey(previous) !== moietyKey(current) && !moietyKey(current).includes(moietyKey(previous))
          ? previous
          : current;
      const key = moietyKey(active);
      if (!key) continue;
      const drugId = content.ensureDrug(key, src);
      const productStatus = status.get(productKey) ?? 'Unknown';
      content.noteStatus(drugId, productStatus);
      const [form = '', route = ''] = (row.Form ?? '').split(';');
      const brand = titleCase((row.DrugName ?? '').trim());
      content.products.push({
        drugId,
        brand,
        ingredients: active,
        form: form.trim().toLowerCase(),
        route: route.trim().toLowerCase(),
        strength: (row.Strength ?? '').replace(/\*\*.*$/, '').trim(),
        status: productStatus,
        application: `${applType.get(row.ApplNo ?? '') ?? ''} ${row.ApplNo ?? ''}`.trim(),
        sourceId: src,
      });
      // A generic ANDA product's "brand" is just the ingredient name again: not a brand.
      if (foldName(brand) !== foldName(active) && moietyKey(brand) !== key)
        content.addName(drugId, brand, 'brand', src);
      for (const ingredient of splitIngredients(active)) {
        const moiety = activeMoiety(ingredient);
        const moietyId = content.ensureDrug(moiety, src);
        if (foldName(ingredient) !== moiety)
          content.addName(moietyId, titleCase(ingredient).toLowerCase(), 'salt', src);
      }
      const folded = foldName(brand);
      if (row.ReferenceDrug === '1') referenceBrands.add(folded);
      const set = brands.get(folded) ?? new Set<string>();
      set.add(active);
      brands.set(folded, set);
    }
  }
  return {
    brandToIngredients: (brand) => {
      const hit = brands.get(foldName(brand));
      return hit ? [...hit] : undefined;
    },
    isReferenceBrand: (brand) => referenceBrands.has(foldName(brand)),
  };
}

// Identifier kinds we keep: open vocabularies only (SNOMED CT, Multum, FDB codes were dropped at copy time).
const KEPT_CLASS_TYPES = new Set(['EPC', 'MoA', 'PE', 'Chemical/Ingredient', 'PA', 'has role']);
const CLASS_TYPE_LABEL: Record<string, string> = {
  EPC: 'FDA established pharmacologic class',
  MoA: 'FDA mechanism of action',
  PE: 'FDA physiologic effect',
  'Chemical/Ingredient': 'FDA chemical structure',
  PA: 'MeSH pharmacological action',
  'has role': 'ChEBI role',
};

export async function readDrugCentral(dir: string, content: PackContent): Promise<void> {
  const src = DRUGCENTRAL.id;
  content.addSource(DRUGCENTRAL);
  const idToDrug = new Map<string, string>();
  const drugFor = (dcId: string, name: string): string | null => {
    const known = idToDrug.get(dcId);
    if (known) return known;
    const key = moietyKey(name);
    if (!key) return null;
    const drugId = content.ensureDrug(key, src);
    if (foldName(name) !== key) content.addName(drugId, name.toLowerCase(), 'synonym', src);
    idToDrug.set(dcId, drugId);
    return drugId;
  };
  for await (const row of streamTsv(join(dir, 'identifiers.tsv.gz'))) drugFor(row.DRUG_ID ?? '', row.DRUG_NAME ?? '');
  for await (const row of streamTsv(join(dir, 'pharm_class.tsv.gz'))) {
    const type = row.TYPE ?? '';
    if (!KEPT_CLASS_TYPES.has(type)) continue;
    const drugId = drugFor(row.DRUG_ID ?? '', row.DRUG_NAME ?? '');
    if (!drugId) continue;
    content.addClass({
      drugId,
      type: CLASS_TYPE_LABEL[type] ?? type,
      cls: row.CLASS ?? '',
      code: row.CLASS_SOURCE_ID ?? '',
      sourceId: src,
    });
  }
}
