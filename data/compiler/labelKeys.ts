// Label titles are noisy ingredient sources: "Phenylephrine HCI", "Dabigatran e texilate",
// "Vasopressin in …", "See full prescribing information for …". Each key a label yields is mapped
// onto a drug the vocabulary already knows where it can be, and refused (with a build warning)
// where it is plainly not a drug name; anything else is taken as a new drug.
import type { PackContent } from '../../shared/pack/content.ts';
import { activeMoiety } from '../../electron/common/normalize.ts';

// Words that trail a product title but are not part of the moiety.
const TRAILING = new Set([
  'in',
  'for',
  'injection',
  'extended',
  'release',
  're',
  'lease',
  'delayed',
  'buccal',
  'lingual',
  'sublingual',
  'emergency',
  'hfa',
  'sterile',
  'kit',
  'oral',
  'solution',
  'and',
  'with',
  'xtended',
  'tablets',
  'capsules',
]);
const NOT_A_DRUG_WORD = new Set(['information', 'prescribing', 'see', 'included', 'patient', 'full']);
const NOT_A_DRUG = new Set([
  'lipid',
  'saturated',
  'viscous',
  'sterile',
  'recombinant',
  'human',
  'live',
  'mantoux',
  'crrt',
  'in',
]);

export function labelKeyResolver(content: PackContent): (key: string) => string | null {
  const known = new Map<string, string>();
  for (const n of content.names.values())
    if (!known.has(n.norm)) known.set(n.norm, content.drugs.get(n.drugId)?.name ?? n.norm);
  const cache = new Map<string, string | null>();

  const component = (raw: string): string | null => {
    const words = raw
      .replace(/\bhci\b/g, 'hcl')
      .split(/[\s-]+/)
      .filter(Boolean);
    if (words.some((w) => NOT_A_DRUG_WORD.has(w)) || NOT_A_DRUG.has(words.join(' '))) return null;
    // Letter-spaced PDF text: a lone letter belongs to the word after it ("c angrelor").
    const joined: string[] = [];
    for (let i = 0; i < words.length; i++)
      joined.push(words[i]!.length === 1 && words[i + 1] ? words[i]! + words[++i]! : words[i]!);
    let candidate = joined;
    while (candidate.length > 0) {
      const moiety = activeMoiety(candidate.join(' '));
      const hit = known.get(moiety) ?? known.get(candidate.join(' '));
      if (hit) return hit;
      if (!TRAILING.has(candidate[candidate.length - 1]!)) break;
      candidate = candidate.slice(0, -1);
    }
    if (candidate.length === 0 || NOT_A_DRUG.has(candidate.join(' '))) return null;
    return activeMoiety(candidate.join(' '));
  };

  return (key: string) => {
    if (!cache.has(key)) {
      const parts = key.split(' / ').map(component);
      const kept = [...new Set(parts.filter((p): p is string => Boolean(p)))].sort();
      if (kept.length < parts.length)
        content.warnings.push(
          `label ingredient "${key}" is not a drug name${kept.length ? `; read as "${kept.join(' / ')}"` : '; its label text was not used'}`,
        );
      cache.set(key, kept.length > 0 ? kept.join(' / ') : null);
    }
    return cache.get(key) ?? null;
  };
}
