// Label mining with provenance: reads the label text of a built pack and writes
// data/kb/label-mined.json, the reviewed knowledge-base entries that rest on one label sentence each
// (quoted, with the label's set id and section as the citation). Run after a build:
//   npx tsx data/compiler/kb/mineLabels.ts [build/out/pack/wardbook.sqlite]
// One label in ten (by set id) are held out: nothing is mined from them, so the evaluation can
// measure on label pairs the knowledge base was not written from (tests/eval/labelPairs.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { foldName } from '../../../electron/common/normalize.ts';
import { isHeldOut } from './holdout.ts';
import { REJECTED_PAIRS, REJECTED_QT, textFor } from './minedReview.ts';
import { sentencesOf, words } from './labelSentences.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SECTIONS = ['boxed_warning', 'contraindications', 'warnings_precautions', 'drug_interactions'];
const QT_SECTIONS = new Set(['boxed_warning', 'contraindications', 'warnings_precautions']);

const CONTRA = /contraindicat/i;
const AVOID =
  /\bavoid\b|\bdo not (?:co-?administer|use|take|give)\b|\bnot recommended\b|\bshould not be (?:co-?administered|used|given|taken)\b/i;
const NEGATION =
  /\bnot (?:\w+ )?contraindicated\b|\bno (?:\w+ )?contraindications?\b|\bnot a contraindication\b|\bneed not\b|\bno need\b|\bnot necessary\b/i;
const REFERRAL = /\brefer(?:red)? to\b|reference should be made|prescribing information for/i;
const COADMIN =
  /co-?administ|concomitant|concurrent|combination (?:with|of)|combined with|together with|receiving|taking|treated with|(?:given|use|used|contraindicated|avoid) with|with (?:strong|potent|moderate)|within \d+ (?:days|weeks)/i;
const ALLERGY = /hypersensitiv|allerg|intoleran|anaphyla/i;
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
  'calcium',
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
  'insulin',
  'estrogen',
  'estrogens',
  'progestin',
  'vitamin',
  'food',
]);

const QT = /\bQTc?\b[^.]{0,40}\bprolong|prolong\w*[^.]{0,30}\bQTc?\b|torsade/i;
const QT_NEGATION =
  /\bno (?:clinically |significant |relevant )*(?:effect|prolongation|change|increase)|\bdid not\b|\bdoes not\b|\bnot (?:been )?(?:associated|observed|shown)|\bno evidence\b|\bwithout\b|\bunlikely\b/i;
const CYP3A =
  /(strong|moderate|potent)(?: (?:or|and|and\/or) (strong|moderate))? CYP3A4?(?:\/5)? (inhibitors?|inducers?)/gi;

export interface MinedPair {
  labelled: string;
  named: string;
  severity: 'contraindicated' | 'major';
  labelId: string;
  section: string;
  sentence: string;
}
export interface MinedTag {
  drug: string;
  property: string;
  value: string;
  labelId: string;
  section: string;
  sentence: string;
}

function rows<T>(db: Database, sql: string): T[] {
  const stmt = db.prepare(sql);
  const out: T[] = [];
  while (stmt.step()) out.push(stmt.getAsObject() as T);
  stmt.free();
  return out;
}

function namedDrugs(sentence: string, index: Map<string, string>): string[] {
  const w = words(sentence);
  const found: string[] = [];
  for (let i = 0; i < w.length; i++) {
    for (let n = Math.min(4, w.length - i); n >= 1; n--) {
      const name = index.get(foldName(w.slice(i, i + n).join(' ')));
      if (!name) continue;
      if (!w.slice(Math.max(0, i - 3), i).some((x) => BLOCKERS.has(x))) found.push(name);
      i += n - 1;
      break;
    }
  }
  return found;
}

/** What the labels say; `heldOut` mines only the held-out labels instead (for the evaluation). */
export function mine(db: Database, heldOut = false): { pairs: MinedPair[]; tags: MinedTag[] } {
  const names = new Map(rows<{ id: string; name: string }>(db, 'SELECT id, name FROM drug').map((d) => [d.id, d.name]));
  const index = new Map<string, string>();
  for (const r of rows<{ norm: string; drug_id: string }>(
    db,
    "SELECT norm, drug_id FROM drug_name WHERE kind IN ('generic', 'synonym', 'salt') ORDER BY kind = 'generic' DESC, norm",
  )) {
    const name = names.get(r.drug_id);
    if (r.norm.length >= 4 && !NOT_DRUGS.has(r.norm) && name && !name.includes(' / ') && !index.has(r.norm))
      index.set(r.norm, name);
  }
  const components = new Map<string, Set<string>>();
  for (const c of rows<{ drug_id: string; component_id: string }>(
    db,
    'SELECT drug_id, component_id FROM drug_component',
  ))
    components.set(c.drug_id, (components.get(c.drug_id) ?? new Set()).add(names.get(c.component_id) ?? ''));
  const sections = rows<{ drug_id: string; key: string; text: string; label_id: string }>(
    db,
    `SELECT drug_id, key, text, label_id FROM section WHERE label_id IS NOT NULL AND key IN (${SECTIONS.map((k) => `'${k}'`).join(',')}) ORDER BY id`,
  );
  const pairs = new Map<string, MinedPair>();
  const tags = new Map<string, MinedTag>();
  for (const s of sections) {
    const drug = names.get(s.drug_id) ?? '';
    if (!drug || drug.includes(' / ') || /information/.test(drug) || isHeldOut(s.label_id) !== heldOut) continue;
    const own = components.get(s.drug_id) ?? new Set<string>();
    for (const sentence of sentencesOf(s.text)) {
      if (sentence.length > 500) continue;
      const tag = (property: string, value: string) => {
        const key = `${drug}|${property}|${value}`;
        if (!tags.has(key)) tags.set(key, { drug, property, value, labelId: s.label_id, section: s.key, sentence });
      };
      if (QT_SECTIONS.has(s.key) && QT.test(sentence) && !QT_NEGATION.test(sentence)) tag('qt_risk', 'possible');
      const forbids = CONTRA.test(sentence) && !NEGATION.test(sentence);
      const avoids = AVOID.test(sentence) && !NEGATION.test(sentence);
      if (!forbids && !avoids) continue;
      for (const m of sentence.matchAll(CYP3A)) {
        const role = m[3]!.toLowerCase().startsWith('inhibitor') ? 'inhibitor' : 'inducer';
        for (const strength of [m[1], m[2]].filter(Boolean).map((x) => x!.toLowerCase().replace('potent', 'strong')))
          tag('cyp3a4_label_avoid', `${strength}_${role}${forbids ? '_contraindicated' : ''}`);
      }
      if (REFERRAL.test(sentence) || !COADMIN.test(sentence)) continue;
      const allergyAt = sentence.search(ALLERGY);
      const scope = allergyAt >= 0 ? sentence.slice(0, allergyAt) : sentence;
      const named = [...new Set(namedDrugs(scope, index))];
      if (named.length > 10) continue;
      for (const other of named) {
        if (other === drug || own.has(other) || drug.includes(other) || other.includes(drug)) continue;
        if (new RegExp(`\\w/${other}\\b`, 'i').test(sentence)) continue;
        const key = [drug, other].sort().join('|');
        const prior = pairs.get(key);
        const severity = forbids ? 'contraindicated' : 'major';
        if (prior && (prior.severity === 'contraindicated' || severity === 'major')) continue;
        pairs.set(key, { labelled: drug, named: other, severity, labelId: s.label_id, section: s.key, sentence });
      }
    }
  }
  return {
    pairs: [...pairs.values()].sort((x, y) => x.labelled.localeCompare(y.labelled) || x.named.localeCompare(y.named)),
    tags: [...tags.values()].sort((x, y) => x.drug.localeCompare(y.drug) || x.property.localeCompare(y.property)),
  };
}

/** The reviewed knowledge-base file: mined tags and pairs minus what review rejected. */
export function minedDomain(db: Database, alreadyQt: Set<string>): Record<string, unknown> {
  const { pairs, tags } = mine(db);
  const cite = (t: { labelId: string; section: string }) => `label:${t.labelId}#${t.section}`;
  const properties = tags
    .filter((t) => t.property !== 'qt_risk' || (!alreadyQt.has(t.drug) && !REJECTED_QT.has(t.drug)))
    .map((t) => ({ property: t.property, value: t.value, drugs: [t.drug], cite: [cite(t)], quote: t.sentence }));
  const rules = pairs
    .filter((p) => !REJECTED_PAIRS.has([p.labelled, p.named].sort().join('|')))
    .map((p) => ({
      id: `label-${p.labelled}-${p.named}`.replace(/[^a-z0-9]+/g, '-'),
      kind: 'label',
      a: { drugs: [p.labelled], label: 'its label restricts use with the other drug' },
      b: { drugs: [p.named], label: `named in the ${p.labelled} label` },
      severity: p.severity,
      evidence: 'established',
      ...textFor(p.labelled, p.named, p.severity, p.sentence),
      label: { drug: p.labelled, quote: p.sentence },
      sources: [cite(p)],
    }));
  return {
    domain: 'label-mined',
    title:
      'Mined from FDA label text (generated by data/compiler/kb/mineLabels.ts, reviewed: see minedReview.ts for what review rejected)',
    properties,
    rules,
  };
}

async function main(): Promise<void> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(process.argv[2] ?? join(ROOT, 'build/out/pack/wardbook.sqlite')));
  const alreadyQt = new Set(
    rows<{ name: string }>(
      db,
      "SELECT d.name FROM property p JOIN drug d ON d.id = p.drug_id WHERE p.property = 'qt_risk' AND p.cite NOT LIKE 'label:%'",
    ).map((r) => r.name),
  );
  const domain = minedDomain(db, alreadyQt);
  const out = join(ROOT, 'data/kb/label-mined.json');
  writeFileSync(out, `${JSON.stringify(domain, null, 1)}\n`);
  const counts = domain as { properties: unknown[]; rules: unknown[] };
  process.stdout.write(`wrote ${out}: ${counts.properties.length} tags, ${counts.rules.length} pairs\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
