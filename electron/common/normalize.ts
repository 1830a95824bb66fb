// Name normalisation shared by every source reader, so that "HYDROCODONE BITARTRATE",
// "hydrocodone" and "Hydrocodone Bitartrate USP" all meet on one active-moiety key.

const SALT_WORDS = new Set([
  'hydrochloride',
  'hcl',
  'dihydrochloride',
  'hydrobromide',
  'hbr',
  'sodium',
  'disodium',
  'potassium',
  'dipotassium',
  'calcium',
  'magnesium',
  'bitartrate',
  'tartrate',
  'succinate',
  'maleate',
  'mesylate',
  'besylate',
  'besilate',
  'citrate',
  'sulfate',
  'sulphate',
  'bisulfate',
  'phosphate',
  'diphosphate',
  'acetate',
  'fumarate',
  'hemifumarate',
  'lactate',
  'gluconate',
  'tosylate',
  'monohydrate',
  'dihydrate',
  'trihydrate',
  'sesquihydrate',
  'hemihydrate',
  'anhydrous',
  'hyclate',
  'bromide',
  'chloride',
  'nitrate',
  'propionate',
  'dipropionate',
  'valerate',
  'furoate',
  'xinafoate',
  'pamoate',
  'stearate',
  'palmitate',
  'decanoate',
  'enanthate',
  'cypionate',
  'undecanoate',
  'benzoate',
  'oxalate',
  'salicylate',
  'napsylate',
  'medoxomil',
  'axetil',
  'pivoxil',
  'proxetil',
  'cilexetil',
  'mofetil',
  'etexilate',
  'usp',
  'ep',
  'bp',
  'trometamol',
  'tromethamine',
  'meglumine',
  'hydrate',
  'erbumine',
  'olamine',
  'ethanolate',
  'dibasic',
  'monobasic',
  'tetrahydrate',
  'pentahydrate',
  'hexahydrate',
  'heptahydrate',
  'hemipentahydrate',
  'macrocrystalline',
  'macrocrystals',
  'microcrystalline',
  'microsize',
  'ultramicrosize',
  'ultramicrocrystalline',
  'glacial',
  'nf',
  'hemisulfate',
  'sulfosalicylate',
  'edisylate',
  'estolate',
  'ethylsuccinate',
  'lauryl',
  'teoclate',
  'camsylate',
  'isethionate',
  'mandelate',
  'methylbromide',
  'methylsulfate',
  'hydroiodide',
  'carbonate',
  'bicarbonate',
  'hydroxide',
  'iodide',
  'fluoride',
  'monosodium',
  'trisodium',
  'dimesylate',
  'ditosylate',
  'diacetate',
  'dimaleate',
  'aspartate',
]);

// Stripping these would leave a bare ion: the salt is the medicine (potassium chloride, sodium bicarbonate).
const BARE_IONS = new Set([
  'sodium',
  'potassium',
  'calcium',
  'magnesium',
  'ferrous',
  'ferric',
  'zinc',
  'aluminum',
  'aluminium',
  'ammonium',
  'silver',
  'sodium potassium',
  'iron',
  'stannous',
  'cupric',
]);

// What is left after a leading metal is stripped must be more than the anion it was paired with.
const ANIONS = new Set(['oxide', 'hydroxide', 'peroxide', 'chloride', 'sulfate', 'citrate', 'carbonate', 'phosphate']);

/** Runs of white space that are not already one plain space (replacing every space costs a copy per word). */
export const ODD_SPACE = /\s{2,}|[^\S ]/g;

/** Lower-case, fold accents and punctuation, collapse spaces: the key for every name lookup. */
export function foldName(name: string): string {
  // The marks go before NFKD, which spells "™" as "TM" ("Tylenol™" would fold to "tylenoltm").
  return name
    .replace(/[®™©*]/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9/+,\-\s.]/g, ' ')
    .replace(ODD_SPACE, ' ')
    .trim();
}

/** The active moiety of one ingredient: "HYDROCODONE BITARTRATE" → "hydrocodone". */
export function activeMoiety(ingredient: string): string {
  // Solvates and hydrates are forms of the same moiety ("atorvastatin calcium propylene glycol solvate").
  const folded = foldName(ingredient)
    .replace(/[,.]/g, ' ')
    .replace(/\b(propylene glycol|ethanol) solvate\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = folded.split(' ').filter(Boolean);
  let end = words.length;
  // "INSULIN GLARGINE RECOMBINANT" (Drugs@FDA) is the insulin glargine of the labels (Lantus).
  while (end > 1 && (SALT_WORDS.has(words[end - 1]!) || (words[end - 1] === 'recombinant' && end > 2))) end--;
  // Leading salt words ("sodium valproate", "potassium clavulanate") are stripped too.
  let start = 0;
  // but never down to a bare anion ("magnesium oxide" is magnesium oxide, not "oxide").
  while (
    start < end - 1 &&
    SALT_WORDS.has(words[start]!) &&
    !BARE_IONS.has(words.slice(start + 1, end).join(' ')) &&
    !words.slice(start + 1, end).every((w) => ANIONS.has(w))
  )
    start++;
  const moiety = words.slice(start, end).join(' ');
  // The ion with its first anion is the medicine ("sodium phosphate", not "sodium phosphate dibasic").
  if (BARE_IONS.has(moiety) && end < words.length) return words.slice(start, end + 1).join(' ');
  return moiety;
}

/**
 * Split a multi-ingredient string ("ACETAMINOPHEN; HYDROCODONE BITARTRATE", "a and b", "a / b").
 * A comma does not split: Drugs@FDA writes "ESTROGENS, CONJUGATED" for one ingredient.
 */
export function splitIngredients(active: string): string[] {
  return active
    .split(/\s*;\s*|\s*\/\s*|\s+and\s+|\s*\+\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Key of a product's active moieties: single moiety, or sorted moieties joined by " / ". */
export function moietyKey(active: string): string {
  const all = [...new Set(splitIngredients(active).map(activeMoiety).filter(Boolean))].sort();
  // "nitrofurantoin monohydrate/macrocrystals": a part that is only a salt or form word is not an ingredient.
  const parts = all.length > 1 && all.some((p) => !SALT_WORDS.has(p)) ? all.filter((p) => !SALT_WORDS.has(p)) : all;
  return parts.join(' / ');
}

/**
 * False when `moietyKey(folded)` is `folded` itself: a folded name with no salt word, no ingredient
 * separator, no comma or period, no "recombinant" and no solvate has nothing to strip. Lets a lookup skip the moiety work.
 */
export function mayHaveOtherMoiety(folded: string): boolean {
  return /[;/+,.]|\band\b|\brecombinant\b|solvate/.test(folded) || folded.split(' ').some((w) => SALT_WORDS.has(w));
}

/** Stable identifier used as drug.id: "hydrocodone", "acetaminophen+hydrocodone". */
export function drugIdFor(key: string): string {
  return key
    .split(' / ')
    .map((part) => part.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .join('+');
}
