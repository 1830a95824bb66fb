// Active ingredients read from a label's title line when the source gives no structured product data
// ("VIBATIV® (telavancin) for injection", "FLUVOXAMINE MALEATE TABLETS", "Drug Label for drug brand X, containing Y.").

import { moietyKey } from '../../../electron/common/normalize.ts';
import { compareText } from '../../../electron/common/order.ts';

export type BrandLookup = (brand: string) => string[] | undefined;

/**
 * One active-ingredient string for a brand. Drugs@FDA can list several products under one name
 * ("X" and "X HCT"); the fewest-moiety reading is the plain brand, taken deterministically.
 */
export function resolveBrand(lookup: BrandLookup, brand: string): string[] {
  const candidates = (lookup(brand) ?? []).filter((a) => moietyKey(a) !== '');
  if (candidates.length === 0) return [];
  const best = candidates
    .map((active) => ({ active, key: moietyKey(active) }))
    .sort((a, b) => a.key.split(' / ').length - b.key.split(' / ').length || compareText(a.key, b.key))[0]!;
  return [best.active];
}

// Where the name ends and the dosage form begins.
const FORM_WORD =
  /\b(tablets?|capsules?|caplets?|injections?|injectable|for (?:oral|injection|intravenous|inhalation|topical|subcutaneous|use)|oral|solution|suspension|emulsion|concentrate|syrup|elixir|drops|cream|ointment|gel|lotion|foam|shampoo|spray|aerosol|inhalant|inhalation|powder|granules|pellets|kit|patch|film|transdermal|implant|insert|system|vaginal|rectal|suppositor(?:y|ies)|ophthalmic|otic|nasal|topical|intravenous|intramuscular|subcutaneous|extended[- ]release|delayed[- ]release|orally disintegrating|chewable|film[- ]coated|liposomal|lozenges?|gum|usp|[0-9][0-9.,/]*\s*(?:mg|mcg|g|ml|%|units?)\b)\b.*$/i;
// Parenthesised text that is not a generic name.
const NOT_GENERIC =
  /^(c-?i{1,3}v?|c-?v|civ|cii|ciii|cv|rx only|for .*|see .*|[0-9].*|zn-dtpa|ca-dtpa|hcl|usp|eq|[a-z]{1,3})$/i;

function clean(name: string): string {
  return name
    .replace(/[®™*]/g, ' ')
    .replace(FORM_WORD, '')
    .replace(/[\s,;:.-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "a and b", "a/b", "a, b" → parts; the caller's normaliser folds salts. */
export function splitNames(list: string): string[] {
  return list
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*\/\s*|\s*;\s*|\s+with\s+|\s*\+\s*/i)
    .map(clean)
    .filter((p) => p.length > 2);
}

function parenthesised(title: string): string[] {
  for (const m of title.matchAll(/\(([^()]{3,160})\)/g)) {
    const inner = clean(m[1]!);
    if (inner && !NOT_GENERIC.test(inner) && /[a-z]{3}/i.test(inner)) return splitNames(inner);
  }
  return [];
}

/**
 * Ingredients for a title. A parenthesised generic wins; otherwise the name before the dosage form is
 * looked up as a brand, and taken as a generic only when a dosage form followed it (brands rarely do).
 */
export function ingredientsFromTitle(title: string, lookup: BrandLookup): string[] {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  const containing = /drug brand (.+?), containing (.+?)\.?$/i.exec(oneLine);
  if (containing) {
    const brand = containing[1]!.trim();
    const parts = splitNames(containing[2]!);
    if (parts.length === 1 && parts[0]!.toLowerCase() === brand.toLowerCase()) return resolveBrand(lookup, brand);
    return parts;
  }
  const fromParens = parenthesised(oneLine);
  if (fromParens.length > 0) return fromParens;
  const head = oneLine.replace(/\(.*$/, '').trim();
  const name = clean(head);
  if (!name) return [];
  const byBrand = resolveBrand(lookup, name);
  if (byBrand.length > 0) return byBrand;
  return FORM_WORD.test(head) && !/[®™]/.test(head) ? splitNames(name) : [];
}
