// Brand names as people type them: Drugs@FDA lists "Toprol-XL" and only strength-suffixed "Augmentin '875'",
// so "Toprol XL" and "Augmentin" would find nothing. Each brand also gets its spaced and its bare form.
import type { PackContent } from '../../shared/pack/content.ts';
import { foldName } from '../../electron/common/normalize.ts';

/** "Augmentin '875'" → "Augmentin"; "Augmentin 500" → "Augmentin"; "Toprol-XL" → "Toprol XL". */
export function brandVariants(brand: string): string[] {
  const out = new Set<string>();
  const bare = brand
    .replace(/\s*'[^']*'\s*$/, '')
    .replace(/\s+\d[\d.,/]*\s*(mg|mcg|g|ml|%)?$/i, '')
    .trim();
  if (bare && bare !== brand) out.add(bare);
  for (const name of [brand, bare]) if (/[a-z]-[a-z]/i.test(name)) out.add(name.replace(/-/g, ' '));
  return [...out].filter((v) => foldName(v).length >= 3);
}

/** Adds the variants of every brand name, where no other drug already has that name. */
export function addBrandVariants(content: PackContent): void {
  const taken = new Map<string, Set<string>>();
  for (const n of content.names.values()) taken.set(n.norm, (taken.get(n.norm) ?? new Set()).add(n.drugId));
  const wanted = new Map<string, Set<string>>();
  const names = new Map<string, { drugId: string; name: string; sourceId: string }>();
  for (const n of content.names.values()) {
    if (n.kind !== 'brand') continue;
    for (const variant of brandVariants(n.name)) {
      const norm = foldName(variant);
      if (taken.has(norm)) continue;
      wanted.set(norm, (wanted.get(norm) ?? new Set()).add(n.drugId));
      names.set(`${norm}|${n.drugId}`, { drugId: n.drugId, name: variant, sourceId: n.sourceId });
    }
  }
  // A bare brand shared by two drugs (Augmentin and Augmentin XR are the same drug; "Tylenol" is not) stays ambiguous: left out.
  for (const [norm, drugs] of wanted) {
    if (drugs.size !== 1) continue;
    const [drugId] = [...drugs];
    const entry = names.get(`${norm}|${drugId!}`)!;
    content.addName(entry.drugId, entry.name, 'brand', entry.sourceId);
  }
}
