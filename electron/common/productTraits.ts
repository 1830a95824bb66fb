// What tells one product of a drug from another: its salt (metoprolol succinate / tartrate), its release
// (extended / delayed / immediate) and its route (oral / injection). The compiler reads them off each
// label; the logic reads them off what the user typed, so that a query opens that product's label.

export type Release = 'extended-release' | 'delayed-release' | 'immediate-release' | '';

export interface ProductTraits {
  /** Salt or ester words, lower case, sorted ("succinate"); empty when the label does not say. */
  salts: string[];
  release: Release;
  /** 'oral', 'injection', 'topical', 'inhalation', … or '' when unknown. */
  route: string;
}

export const SALT_WORDS = new Set([
  'succinate',
  'tartrate',
  'hydrochloride',
  'hcl',
  'sodium',
  'potassium',
  'calcium',
  'magnesium',
  'sulfate',
  'besylate',
  'maleate',
  'mesylate',
  'fumarate',
  'citrate',
  'acetate',
  'bitartrate',
  'bromide',
  'phosphate',
  'carbonate',
  'chloride',
  'lactate',
  'gluconate',
  'hyclate',
  'monohydrate',
  'dihydrate',
  'trihydrate',
  'bisulfate',
  'medoxomil',
  'cilexetil',
  'dipropionate',
  'propionate',
  'furoate',
  'valerate',
  'xinafoate',
  'tromethamine',
  'decanoate',
  'enanthate',
  'cypionate',
  'disodium',
  'pamoate',
  'hydrobromide',
  'napsylate',
  'estolate',
  'ethylsuccinate',
  'stearate',
  'lysine',
  'axetil',
  'pivoxil',
]);

const EXTENDED =
  /\b(extended[- ]?release|ext[- ]rel|e\.?r\.?|xr|xl|sr|cr|cd|la|er|xt|sustained[- ]release|controlled[- ]release|long[- ]acting|24[- ]hours?|12[- ]hours?)\b/i;
const DELAYED = /\b(delayed[- ]?release|dr|ec|enteric[- ]coated|gastro[- ]resistant)\b/i;
const IMMEDIATE = /\b(immediate[- ]release|ir)\b/i;

/** Release named in a title, a brand or a query ("Toprol XL", "diltiazem ER", "… extended-release tablets"). */
export function releaseIn(text: string): Release {
  // Brand suffixes run into the name in some titles ("TOPROLXL", "DilacorXR").
  const spaced = text.replace(/([a-z])(XL|XR|SR|CD|LA|ER)\b/g, '$1 $2').replace(/([A-Z]{3,})(XL|XR)\b/g, '$1 $2');
  if (DELAYED.test(spaced)) return 'delayed-release';
  if (EXTENDED.test(spaced)) return 'extended-release';
  if (IMMEDIATE.test(spaced)) return 'immediate-release';
  return '';
}

/** A Drugs@FDA dosage form ("tablet, extended release") as a release. */
export function releaseOfForm(form: string): Release {
  const f = form.toLowerCase();
  // Drugs@FDA also shortens them: "CAPSULE, DELAYED REL PELLETS".
  if (/delayed rel|enteric/.test(f)) return 'delayed-release';
  if (/extended rel|sustained|controlled/.test(f)) return 'extended-release';
  if (/^(tablet|capsule)/.test(f) || /\b(tablet|capsule)s?\b/.test(f)) return 'immediate-release';
  return '';
}

const ROUTES: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(intravenous|iv|i\.v\.|injection|injectable|infusion|intramuscular|im|subcutaneous|sc|subcut|for injection)\b/i,
    'injection',
  ],
  [/\b(inhalation|inhaler|inhaled|nebuli[sz]er|aerosol)\b/i, 'inhalation'],
  [/\b(ophthalmic|eye drops?)\b/i, 'ophthalmic'],
  [/\b(topical|cream|ointment|gel|lotion|patch|transdermal)\b/i, 'topical'],
  [/\b(oral|po|p\.o\.|tablets?|capsules?|by mouth|suspension|syrup|elixir)\b/i, 'oral'],
];

export function routeIn(text: string): string {
  for (const [pattern, route] of ROUTES) if (pattern.test(text)) return route;
  return '';
}

/** Salt words in a name or query, lower case and sorted. */
export function saltsIn(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^a-z]+/)
    .map((w) => (w === 'hcl' ? 'hydrochloride' : w));
  return [...new Set(words.filter((w) => SALT_WORDS.has(w)))].sort();
}

/** True when two products could be the same: every trait both state is equal. */
export function sameProduct(a: ProductTraits, b: ProductTraits): boolean {
  return a.salts.join(' ') === b.salts.join(' ') && a.release === b.release && a.route === b.route;
}

/** "metoprolol succinate, extended-release, oral" — how a product is named in a heading. */
export function describeTraits(traits: ProductTraits): string {
  return [traits.salts.join(' '), traits.release, traits.route].filter(Boolean).join(', ');
}
