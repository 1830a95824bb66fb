// Test set mined from the label text in the pack: sentences in a drug's Contraindications section
// (or Boxed Warning) that say giving it with another named drug is contraindicated.
import type { Database } from 'sql.js';
import { all } from '../../electron/node/queries/rows.ts';
import { foldName } from '../../electron/common/normalize.ts';
import { sentencesOf, words } from '../../data/compiler/kb/labelSentences.ts';

export interface LabelPair {
  labelled: { id: string; name: string };
  named: { id: string; name: string };
  section: string;
  sectionId: number;
  /** The sentence the pair was read from, kept so a reviewer can judge the extraction. */
  sentence: string;
}

export const EXTRACTION_RULE = [
  'Sections: contraindications and boxed_warning of every drug in the pack.',
  'Sentences: text split at sentence ends, semicolons, bullets and line breaks.',
  'A sentence qualifies when it contains "contraindicat*", a co-administration cue (coadminist*, concomitant*, concurrent*,',
  '  "combination with/of", "receiving", "taking", "treated with", "use/given with", "with strong/potent", "within N days"), and no negation ("not contraindicated", "no contraindication").',
  'In a sentence about hypersensitivity/allergy/intolerance only names before that wording count.',
  'Drug names: longest exact match of folded word runs (1-4 words) against drug_name (generic, synonym and salt names, 4+ letters),',
  '  skipping names right after "hypersensitivity/allergy to", "except", "other than", "excluding", the drug itself and its components,',
  '  and pack names that in label prose are lab values, organs, class words or excipients (thyroid, potassium, nitric, ergot...).',
  'Skipped: "X/ritonavir" regimen names, and a name contained in the labelled drug name (same drug, split identity).',
  'Skipped: sentences that refer elsewhere ("refer to the prescribing information for"), and labelled "drugs" that are headings.',
  'Pairs are unordered drug-id pairs, deduplicated; the first sentence (by section id) is kept as evidence.',
].join('\n');

const CONTRA = /contraindicat/i;
const NEGATION =
  /\bnot (?:\w+ )?contraindicated\b|\bno (?:\w+ )?contraindications?\b|\bnot a contraindication\b|\bdoes not contain\b/i;
// "Refer to the contraindications of amoxicillin" points elsewhere; it states no contraindication itself.
const REFERRAL = /\brefer(?:red)? to\b|reference should be made|prescribing information for/i;
const COADMIN =
  /co-?administ|concomitant|concurrent|combination (?:with|of)|combined with|together with|receiving|taking|treated with|treatment with|(?:given|use|used|contraindicated) with|with (?:strong|potent|moderate)|within \d+ days/i;
// In a hypersensitivity sentence, names after the allergy wording are allergens, not co-medications.
const ALLERGY = /hypersensitiv|allerg|intoleran|anaphyla/i;
// Words that, just before a name, mean the name is not a co-administered drug.
const BLOCKERS = new Set([
  'hypersensitivity',
  'allergy',
  'allergic',
  'sensitivity',
  'except',
  'excluding',
  'than',
  'without',
]);
// Pack names that in label prose are nearly always a lab value, an organ, a class word or an excipient.
const NOT_DRUGS = new Set([
  'alcohol',
  'ethanol',
  'grapefruit',
  'dehydrated alcohol',
  'benzyl alcohol',
  'thyroid',
  'calcitonin',
  'lipid',
  'potassium',
  'sodium',
  'magnesium',
  'glucose',
  'dextrose',
  'water',
  'oxygen',
  'iodine',
  'nitric',
  'ergot',
  'anhydrous',
  'glycol',
  'protease',
  'merck',
]);
const MAX_WORDS = 4;

/** Folded name → drug id, with the same preference order the checker's name lookup uses. */
function nameIndex(db: Database): Map<string, string> {
  const rank: Record<string, number> = { generic: 0, synonym: 1, salt: 2 };
  const rows = all<{ norm: string; drug_id: string; kind: string }>(
    db,
    "SELECT norm, drug_id, kind FROM drug_name WHERE kind IN ('generic', 'synonym', 'salt') ORDER BY norm, drug_id",
  );
  const best = new Map<string, { id: string; rank: number }>();
  for (const r of rows) {
    if (r.norm.length < 4 || NOT_DRUGS.has(r.norm)) continue;
    const prior = best.get(r.norm);
    const k = rank[r.kind] ?? 9;
    if (!prior || k < prior.rank) best.set(r.norm, { id: r.drug_id, rank: k });
  }
  return new Map([...best].map(([norm, v]) => [norm, v.id]));
}

export function namedDrugs(sentence: string, index: Map<string, string>): string[] {
  const w = words(sentence);
  const found: string[] = [];
  for (let i = 0; i < w.length; i++) {
    for (let n = Math.min(MAX_WORDS, w.length - i); n >= 1; n--) {
      const id = index.get(foldName(w.slice(i, i + n).join(' ')));
      if (!id) continue;
      const before = w.slice(Math.max(0, i - 3), i);
      const ownContraindications = w[i - 2] === 'contraindications' && w[i - 1] === 'to';
      if (!before.some((x) => BLOCKERS.has(x)) && !ownContraindications) found.push(id);
      i += n - 1;
      break;
    }
  }
  return found;
}

export function labelContraindicationPairs(db: Database): LabelPair[] {
  const index = nameIndex(db);
  const names = new Map(all<{ id: string; name: string }>(db, 'SELECT id, name FROM drug').map((d) => [d.id, d.name]));
  const components = new Map<string, Set<string>>();
  for (const c of all<{ drug_id: string; component_id: string }>(
    db,
    'SELECT drug_id, component_id FROM drug_component',
  )) {
    components.set(c.drug_id, (components.get(c.drug_id) ?? new Set()).add(c.component_id));
  }
  const sections = all<{ id: number; drug_id: string; key: string; text: string }>(
    db,
    "SELECT id, drug_id, key, text FROM section WHERE key IN ('contraindications', 'boxed_warning') ORDER BY id",
  );
  const pairs = new Map<string, LabelPair>();
  for (const s of sections) {
    // Label readers have made a few "drugs" out of headings ("patient information included").
    if (/information/.test(names.get(s.drug_id) ?? '')) continue;
    const own = components.get(s.drug_id) ?? new Set<string>();
    for (const sentence of sentencesOf(s.text)) {
      if (!CONTRA.test(sentence) || NEGATION.test(sentence) || REFERRAL.test(sentence) || !COADMIN.test(sentence))
        continue;
      // "X/ritonavir" names a boosted regimen of the labelled drug, not a second drug given with it.
      const boosted = (name: string) => new RegExp(`\\w/${name}\\b`, 'i').test(sentence);
      const allergyAt = sentence.search(ALLERGY);
      const scope = allergyAt >= 0 ? sentence.slice(0, allergyAt) : sentence;
      for (const named of namedDrugs(scope, index)) {
        const namedName = names.get(named) ?? named;
        const labelledName = names.get(s.drug_id) ?? s.drug_id;
        if (boosted(namedName) || labelledName.includes(namedName) || namedName.includes(labelledName)) continue;
        if (named === s.drug_id || own.has(named) || components.get(named)?.has(s.drug_id)) continue;
        const key = [s.drug_id, named].sort().join('|');
        if (pairs.has(key)) continue;
        pairs.set(key, {
          labelled: { id: s.drug_id, name: names.get(s.drug_id) ?? s.drug_id },
          named: { id: named, name: names.get(named) ?? named },
          section: s.key,
          sectionId: s.id,
          sentence: sentence.length > 300 ? `${sentence.slice(0, 297)}...` : sentence,
        });
      }
    }
  }
  return [...pairs.values()].sort(
    (x, y) => x.labelled.name.localeCompare(y.labelled.name) || x.named.name.localeCompare(y.named.name),
  );
}
