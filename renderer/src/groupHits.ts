import type { TextHit } from '../../electron/common/contract.ts';

export interface HitGroup {
  drugId: string;
  name: string;
  hits: TextHit[];
}

/** Full-text hits grouped by drug, groups in the order of their best hit. */
export function groupHits(results: TextHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of results) {
    const g = groups.get(hit.drugId) ?? { drugId: hit.drugId, name: hit.name, hits: [] };
    g.hits.push(hit);
    groups.set(hit.drugId, g);
  }
  return [...groups.values()];
}
