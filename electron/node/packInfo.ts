// What `info` and the About view report about the open pack.
import type { PackInfo, Severity } from '../common/contract.ts';
import { severityCounts } from '../common/severity.ts';
import type { Pack } from './pack/openPack.ts';
import { allSources, citations } from './queries/sources.ts';
import {
  countDrugs,
  countMonographs,
  countNames,
  countProducts,
  interactionCounts,
  sectionCounts,
} from './queries/packCounts.ts';

export function packInfo(pack: Pack): PackInfo {
  const { db } = pack;
  const interactions = severityCounts();
  for (const row of interactionCounts(db)) interactions[row.severity as Severity] = row.n;
  return {
    pack: pack.meta,
    signature: pack.signature,
    counts: {
      drugs: countDrugs(db),
      names: countNames(db),
      products: countProducts(db),
      monographs: countMonographs(db),
      sections: Object.fromEntries(sectionCounts(db).map((r) => [r.key, r.n])),
      interactions,
    },
    sources: allSources(db),
    references: citations(db),
  };
}
