// Recall per mechanism on label statements the knowledge base was not written from: the same
// extraction as data/compiler/kb/mineLabels.ts, run only on the tenth of labels it holds out.
import type { Database } from 'sql.js';
import type { PackMeta } from '../../electron/common/contract.ts';
import { mine } from '../../data/compiler/kb/mineLabels.ts';
import { checkPair, tally, type Tally } from './pairCheck.ts';

// The mechanism a label sentence names, first match wins.
const MECHANISMS: [string, RegExp][] = [
  ['CYP3A', /CYP3A|ketoconazole|itraconazole|clarithromycin|ritonavir|rifampin|carbamazepine|phenytoin/i],
  ['other CYP / transporter', /CYP\d|P-gp|P-glycoprotein|OATP|BCRP/i],
  ['QT', /\bQT|torsade/i],
  ['serotonin / MAOI', /serotonin|MAO|monoamine/i],
  ['bleeding / clotting', /bleed|hemorrhag|anticoagul|platelet/i],
  ['ergot / vasospasm', /ergot|vasospas/i],
  ['nitrate / hypotension', /nitrate|hypotension|PDE-?5/i],
  ['CNS / respiratory depression', /sedat|respiratory depression|CNS depress|opioid/i],
  ['immunosuppression / vaccines', /vaccin|immunosupp/i],
];

export interface HeldOutResult extends Tally {
  labels: string;
  byMechanism: (Tally & { mechanism: string })[];
  misses: { labelled: string; named: string; severity: string | null; sentence: string }[];
}

export function evaluateHeldOut(db: Database, meta: PackMeta): HeldOutResult {
  const { pairs } = mine(db, true);
  const outcomes = pairs.map((p) => checkPair(db, meta, p.labelled, p.named));
  const mechanismOf = (sentence: string) => MECHANISMS.find(([, re]) => re.test(sentence))?.[0] ?? 'other';
  const groups = new Map<string, typeof outcomes>();
  pairs.forEach((p, i) => {
    const m = mechanismOf(p.sentence);
    groups.set(m, [...(groups.get(m) ?? []), outcomes[i]!]);
  });
  return {
    labels: 'one label in ten by a hash of its id (data/compiler/kb/holdout.ts); nothing is mined from them',
    ...tally(outcomes),
    byMechanism: [...groups].map(([mechanism, o]) => ({ mechanism, ...tally(o) })).sort((x, y) => y.n - x.n),
    misses: pairs.flatMap((p, i) =>
      outcomes[i]!.severity
        ? []
        : [{ labelled: p.labelled, named: p.named, severity: outcomes[i]!.severity, sentence: p.sentence }],
    ),
  };
}
