// Which of a drug's labels a request means: "Toprol XL" → the extended-release succinate label,
// "metoprolol tartrate" → a tartrate label, "diltiazem ER" → an extended-release one. Nothing about the
// product in the request → the default (rank 0) label.
import { foldName } from '../../common/normalize.ts';
import {
  releaseIn,
  releaseOfForm,
  routeIn,
  saltsIn,
  sameProduct,
  type ProductTraits,
  type Release,
} from '../../common/productTraits.ts';
import type { LabelRow } from '../queries/sections.ts';

export function traitsOf(label: LabelRow): ProductTraits {
  return {
    salts: label.salts ? label.salts.split(' ') : [],
    release: label.release as Release,
    route: label.route,
  };
}

const words = (text: string) =>
  foldName(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

const PRODUCT_WORDS = new Set([
  'er',
  'xr',
  'xl',
  'sr',
  'cr',
  'cd',
  'la',
  'dr',
  'ec',
  'ir',
  'extended',
  'delayed',
  'immediate',
  'release',
  'oral',
  'po',
  'iv',
  'im',
  'sc',
  'injection',
  'tablet',
  'tablets',
  'capsule',
  'capsules',
  'mg',
  'mcg',
  'ml',
  'daily',
  'bid',
  'tid',
  'qid',
  'qd',
  'prn',
  'and',
]);

export interface Pick {
  label: LabelRow | undefined;
  /** Product words of the request that no label of the drug has. */
  unmatched: string[];
}

/**
 * The label a request names. brandForms gives the Drugs@FDA forms of a brand, so "Cardizem CD" is known to
 * be extended-release even where a label's title does not say.
 */
export function pickLabel(
  labels: LabelRow[],
  request: string | undefined,
  drugName: string,
  brandForms: (brand: string) => { form: string; route: string }[],
): Pick {
  const fallback = labels[0];
  if (!request) return { label: fallback, unmatched: [] };
  const byId = labels.find((l) => l.id === request);
  if (byId) return { label: byId, unmatched: [] };
  const generic = new Set(words(drugName));
  const salts = saltsIn(request);
  const brandWords = words(request).filter(
    (w) => w.length >= 4 && !generic.has(w) && !PRODUCT_WORDS.has(w) && !salts.includes(w) && !/^\d/.test(w),
  );
  const forms = brandWords.length > 0 ? brandForms(request) : [];
  const formReleases = [...new Set(forms.map((f) => releaseOfForm(f.form)))];
  const release: Release = releaseIn(request) || (formReleases.length === 1 ? formReleases[0]! : '');
  const route = routeIn(request.replace(/\b(tablets?|capsules?)\b/gi, ''));
  if (salts.length === 0 && !release && !route && brandWords.length === 0) return { label: fallback, unmatched: [] };

  let best: { label: LabelRow; score: number } | undefined;
  for (const label of labels) {
    const traits = traitsOf(label);
    let score = 0;
    const names = [label.title, ...label.brands.split('|')].flatMap(words);
    // The brand only tells labels of the product apart: "Procardia XL" is an extended-release label before the
    // immediate-release Procardia label.
    if (brandWords.some((b) => names.some((n) => n === b || (n.startsWith(b) && n.length <= b.length + 3)))) score += 3;
    if (salts.length > 0) score += traits.salts.join(' ') === salts.join(' ') ? 4 : traits.salts.length > 0 ? -4 : 0;
    if (release) score += traits.release === release ? 4 : traits.release ? -4 : 0;
    if (route) score += traits.route === route ? 2 : traits.route ? -2 : 0;
    if (!best || score > best.score) best = { label, score };
  }
  // What was asked (typed, or the brand's only release: "OxyContin", "Depakote") and no label of the drug has.
  const unmatched =
    labels.length === 0
      ? []
      : [
          ...salts.filter((s) => !labels.some((l) => traitsOf(l).salts.includes(s))),
          ...(release && !labels.some((l) => l.release === release) ? [release] : []),
          ...(route && !labels.some((l) => l.route === route) ? [route] : []),
        ];
  if (!best || best.score <= 0) return { label: fallback, unmatched };
  // The product decides, not the brand on the label: the best-ranked label of that product (a current generic
  // label of Toprol-XL's product before a 2014 Toprol-XL label).
  const product = traitsOf(best.label);
  const label = labels.find((l) => sameProduct(traitsOf(l), product)) ?? best.label;
  return { label, unmatched };
}

export { sameProduct };
