// Issue 13: the clinical errors a pharmacist found, each pinned on the real pack, and how alerts read
// (counselling apart, one alert per problem, risk-naming headline, plain-words "why", full citations).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { checkList } from '../../electron/node/checker/check.ts';
import { drugInteractions } from '../../electron/node/checker/drugInteractions.ts';
import type { CheckResult, Severity } from '../../electron/common/contract.ts';
import { SEVERITY_RANK } from '../../electron/common/severity.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});
const check = (lines: string[], conditions: string[] = [], allergies: string[] = []) =>
  checkList(pack.db, pack.meta, { lines, conditions, allergies });
const pairOf = (r: CheckResult, a: string, b: string) =>
  r.interactions.find((i) => [i.a.name, i.b.name].sort().join() === [a, b].sort().join());
const severityOf = (a: string, b: string) => pairOf(check([a, b]), a, b)?.severity ?? null;
const atLeast = (s: Severity | null, min: Severity) => s !== null && SEVERITY_RANK[s] >= SEVERITY_RANK[min];

describe('clinical errors of issue 13', () => {
  it('apomorphine with any 5-HT3 antagonist is contraindicated; ondansetron is serotonergic', () => {
    for (const x of ['ondansetron', 'granisetron', 'palonosetron'])
      expect(severityOf('apomorphine', x)).toBe('contraindicated');
    const r = check(['ondansetron', 'sertraline']);
    expect(pairOf(r, 'ondansetron', 'sertraline')?.why.join(' ')).toMatch(/ondansetron: [^"]*serotonergic/);
  });

  it('amiodarone with sofosbuvir-containing hepatitis C treatment is major (bradycardia)', () => {
    for (const hcv of ['sofosbuvir', 'Harvoni', 'Epclusa']) {
      const r = check(['amiodarone 200 mg daily', hcv]);
      const hit = r.interactions.find((i) => [i.a.name, i.b.name].includes('amiodarone'));
      expect(hit?.severity, hcv).toBe('major');
      expect(hit?.effect).toMatch(/bradycardia/i);
    }
  });

  it('linezolid with every SSRI and SNRI is at least major, consistently', () => {
    const antidepressants = ['citalopram', 'escitalopram', 'fluoxetine', 'paroxetine', 'sertraline', 'fluvoxamine'];
    const snris = ['duloxetine', 'venlafaxine', 'desvenlafaxine', 'levomilnacipran'];
    const grades = [...antidepressants, ...snris].map((d) => severityOf('linezolid', d));
    for (const g of grades) expect(atLeast(g, 'major')).toBe(true);
    expect(new Set(grades).size).toBe(1);
  });

  it('linezolid with a 5-HT3 antiemetic is a monitoring alert, not a contraindication; a classic MAOI stays contraindicated', () => {
    for (const antiemetic of ['ondansetron', 'granisetron', 'palonosetron'])
      expect(severityOf('linezolid', antiemetic), antiemetic).toBe('moderate');
    expect(severityOf('linezolid', 'sertraline')).toBe('contraindicated');
    expect(severityOf('phenelzine', 'ondansetron')).toBe('contraindicated');
  });

  it('sertraline or duloxetine with tramadol is major (serotonin syndrome and seizures)', () => {
    for (const d of ['sertraline', 'duloxetine']) {
      const hit = pairOf(check([d, 'tramadol']), d, 'tramadol');
      expect(hit?.severity).toBe('major');
      expect(hit?.effect).toMatch(/serotonin syndrome/i);
      expect(hit?.effect).toMatch(/seizure/i);
    }
  });

  it('hydroxyzine and sertraline count towards cumulative QT risk', () => {
    const r = check(['hydroxyzine', 'sertraline', 'ondansetron']);
    const qt = r.alerts.find((a) => a.id === 'qt-cumulative');
    expect(qt?.drugs.map((d) => d.name).sort()).toEqual(['hydroxyzine', 'ondansetron', 'sertraline']);
  });

  it('CKD stage 4 raises renal dosing alerts for trimethoprim-sulfamethoxazole, fluconazole and piperacillin-tazobactam', () => {
    const r = check(['Bactrim DS', 'fluconazole', 'piperacillin and tazobactam'], ['CKD stage 4']);
    expect(r.conditions[0]?.id).toBe('renal-impairment');
    const flagged = new Set(r.alerts.filter((a) => a.kind === 'condition').flatMap((a) => a.drugs.map((d) => d.name)));
    for (const d of ['sulfamethoxazole', 'trimethoprim', 'fluconazole', 'piperacillin', 'tazobactam'])
      expect(flagged.has(d), d).toBe(true);
  });

  it('piperacillin-tazobactam with vancomycin raises acute kidney injury', () => {
    const r = check(['piperacillin and tazobactam 4.5 g IV q8h', 'vancomycin 1 g IV q12h']);
    const hit = r.interactions.find((i) => [i.a.name, i.b.name].includes('vancomycin'));
    expect(hit?.effect).toMatch(/acute kidney injury/i);
    expect(atLeast(hit?.severity ?? null, 'moderate')).toBe(true);
  });

  it('metformin with liver disease gives the real rationale (lactate clearance)', () => {
    const r = check(['metformin 1 g bid'], ['liver disease']);
    const alert = r.alerts.find((a) => a.kind === 'condition' && a.drugs.some((d) => d.name === 'metformin'));
    expect(alert?.message).toMatch(/lactate/i);
    expect(alert?.message).toMatch(/lactic acidosis/i);
  });
});

describe('mechanisms of issue 13', () => {
  it.each([
    ['rifampin', 'ibrutinib', 'major'],
    ['carbamazepine', 'regorafenib', 'major'],
    ['ketoconazole', 'ibrutinib', 'major'],
    ['clarithromycin', 'colchicine', 'major'],
    ['buprenorphine', 'oxycodone', 'major'],
    ['levodopa', 'haloperidol', 'major'],
    ['pramipexole', 'metoclopramide', 'major'],
    ['omeprazole', 'dasatinib', 'major'],
    ['ciprofloxacin', 'calcium carbonate', 'moderate'],
    ['rifampin', 'ethinyl estradiol', 'major'],
    ['adalimumab', 'yellow fever vaccine', 'contraindicated'],
    ['furosemide', 'sotalol', 'moderate'],
    ['metoprolol', 'citalopram', 'moderate'],
  ] as const)('%s + %s is at least %s', (a, b, min) => {
    expect(atLeast(severityOf(a, b), min)).toBe(true);
  });

  it('every live vaccine is typed live, including those whose name does not say so', () => {
    for (const vaccine of ['Attenuvax', 'rubella vaccine', 'mumps-rubella vaccine', 'MMR', 'Varivax', 'FluMist']) {
      const r = check(['adalimumab', vaccine]);
      expect(r.unrecognized, vaccine).toEqual([]);
      expect(
        r.interactions.some((i) => i.severity === 'contraindicated'),
        vaccine,
      ).toBe(true);
    }
    // Non-live vaccines and antibodies with CDC vaccine codes raise no live-vaccine alert.
    for (const other of ['Shingrix', 'influenza vaccine', 'nirsevimab'])
      expect(
        check(['adalimumab', other]).interactions.some((i) => i.severity === 'contraindicated'),
        other,
      ).toBe(false);
  });

  it('the seed drug inotuzumab ozogamicin has QT, myelosuppression, liver and live-vaccine partners', () => {
    const tab = drugInteractions(pack.db, 'inotuzumab-ozogamicin');
    expect(tab.partners.length).toBeGreaterThan(100);
    const names = new Set(tab.partners.map((p) => p.name));
    for (const p of ['ondansetron', 'methadone', 'measles-mumps-rubella vaccine', 'busulfan'])
      expect(names.has(p), p).toBe(true);
    expect(tab.partners.find((p) => p.name === 'measles-mumps-rubella vaccine')?.severity).toBe('contraindicated');
    const r = check(['inotuzumab ozogamicin', 'clozapine']);
    expect(r.alerts.some((a) => a.id === 'myelosuppressive-two')).toBe(true);
  });

  it('a pair mined from a label quotes the sentence and cites the label by set id', () => {
    const hit = pairOf(check(['ticagrelor', 'phenytoin']), 'ticagrelor', 'phenytoin');
    const mined = hit?.sources.find((s) => s.ruleId.startsWith('kb-label:'));
    expect(mined).toBeDefined();
    expect(hit?.why.join(' ')).toMatch(/its label says "/);
    expect(mined?.citations.join(' ')).toMatch(
      /FDA label: .*\(set id [0-9a-f-]{8,}\), .* section, (version of \d{4}-\d{2}-\d{2}|version date not stated)/,
    );
  });
});

describe('quiet and plain alerts', () => {
  it('puts food, alcohol and tobacco advice in counselling, never graded or counted', () => {
    const r = check(['simvastatin 40 mg', 'acetaminophen 1 g qid', 'warfarin 5 mg']);
    expect(r.counselling.length).toBeGreaterThan(0);
    expect(r.alerts.some((a) => a.kind === 'food')).toBe(false);
    const counted = Object.values(r.counts).reduce((x, y) => x + y, 0);
    expect(counted).toBe(r.interactions.length + r.alerts.length);
  });

  it('names a duplicated class in words, in the headline and the why', () => {
    const dup = check(['ibuprofen', 'ketorolac']).alerts.find((a) => a.kind === 'duplicate-therapy');
    expect(dup?.headline).toBe('Two of one class (NSAID): ibuprofen + ketorolac');
    expect(dup?.why).toEqual(['ibuprofen: NSAID', 'ketorolac: NSAID']);
  });

  it('names the risk in the headline', () => {
    const hit = pairOf(check(['warfarin', 'ibuprofen']), 'warfarin', 'ibuprofen');
    expect(hit?.headline).toMatch(/^Bleeding risk: (warfarin \+ ibuprofen|ibuprofen \+ warfarin)$/);
  });

  it('shows one alert per clinical problem (allergy typed by name and by class; two burden tiers)', () => {
    const r = check(['Bactrim DS'], [], ['sulfa']);
    expect(r.alerts.filter((a) => a.kind === 'allergy').length).toBe(1);
    const acb = check(['oxybutynin', 'amitriptyline', 'diphenhydramine', 'paroxetine']);
    expect(acb.alerts.filter((a) => a.id.startsWith('anticholinergic-burden')).length).toBe(1);
  });

  it("names each drug's triggering property in plain words, never a property key", () => {
    const r = check(['warfarin', 'sertraline', 'fluconazole', 'metoprolol', 'omeprazole', 'dasatinib']);
    const why = r.interactions.flatMap((i) => i.why);
    // One line per drug, its reasons joined by "; ": each reason on its own.
    const reasons = why.flatMap((w) => {
      const cut = w.indexOf(': ');
      return w
        .slice(cut + 2)
        .split('; ')
        .map((reason) => `${w.slice(0, cut)}: ${reason}`);
    });
    expect(reasons).toEqual(
      expect.arrayContaining(['sertraline: SSRI antidepressant', 'metoprolol: slows the heart rate']),
    );
    expect(why.join(' ')).toMatch(/omeprazole: acid reducer \(proton pump inhibitor\)/);
    expect(why.join(' ')).toMatch(/fluconazole: (strong|moderate) CYP\w+ inhibitor/);
    for (const w of why) expect(w, w).not.toMatch(/_|\b(ssri|snri|nsaid|maoi|ppi|qt|cyp\w+)\b/);
  });

  it('says why in words and resolves every source key to its full citation', () => {
    for (const r of [
      check(['clarithromycin', 'colchicine', 'simvastatin', 'amiodarone']),
      check(['apomorphine', 'ondansetron']),
    ]) {
      for (const i of r.interactions) {
        for (const w of i.why) expect(w).not.toMatch(/knowledge-base rule|kb-|N0000/);
        for (const s of i.sources) expect(s.citations.every((c) => c.length > 20)).toBe(true);
      }
      for (const a of r.alerts) expect(a.references.every((c) => c.length > 15)).toBe(true);
    }
  });

  it('hides minor alerts at the major threshold and says how many', () => {
    const r = checkList(pack.db, pack.meta, {
      lines: ['aspirin 81 mg', 'lisinopril 10 mg', 'apixaban 5 mg', 'pantoprazole 40 mg'],
      conditions: [],
      allergies: [],
      minSeverity: 'major',
    });
    expect(r.interactions.every((i) => atLeast(i.severity, 'major'))).toBe(true);
    expect(r.hidden.minor + r.hidden.moderate).toBeGreaterThan(0);
  });
});

describe('"why" in words, each drug once', () => {
  // Pairs whose knowledge-base rules name their drugs by hand (no property selects them).
  const handRules: [string, string, RegExp, RegExp][] = [
    ['clarithromycin', 'colchicine', /CYP3A4 inhibitor/, /CYP3A4 and P-gp substrate with a narrow toxic margin/],
    ['MMR vaccine', 'prednisone 60 mg daily', /live attenuated/, /systemic corticosteroid/],
    ['warfarin', 'fluconazole', /vitamin K antagonist/, /inhibits CYP2C9/],
    ['valproate', 'meropenem', /antiepileptic/, /carbapenem antibiotic \(lowers valproate levels\)/],
    ['tramadol', 'paroxetine', /activated by CYP2D6/, /strong CYP2D6 inhibitor/],
    ['lithium', 'lisinopril', /narrow therapeutic index/, /renin-angiotensin blocker/],
    ['simvastatin', 'ritonavir', /statin cleared by CYP3A4/, /CYP3A4 inhibitor/],
    ['tizanidine', 'ciprofloxacin', /cleared by CYP1A2/, /strong CYP1A2 inhibitor/],
  ];

  it('names, for every drug of a hand rule, the property that triggered it, once per drug', () => {
    for (const [lineA, lineB, whyA, whyB] of handRules) {
      const r = check([lineA, lineB]);
      const [a, b] = r.recognized.map((x) => x.name);
      const hit = pairOf(r, a!, b!);
      expect(hit, `${lineA} + ${lineB}`).toBeDefined();
      const who = hit!.why.map((w) => w.slice(0, w.indexOf(': ')));
      expect(who.slice().sort(), `${lineA} + ${lineB}: one line per drug`).toEqual([a, b].sort());
      for (const w of hit!.why) expect(w).not.toMatch(/named for this interaction|in its reference/);
      expect(hit!.why.find((w) => w.startsWith(`${a}: `))).toMatch(whyA);
      expect(hit!.why.find((w) => w.startsWith(`${b}: `))).toMatch(whyB);
    }
  });

  it("joins one drug's reasons from merged rules and sources into one line", () => {
    const r = check(['clarithromycin', 'colchicine']);
    const why = pairOf(r, 'clarithromycin', 'colchicine')!.why;
    const clarithromycin = why.find((w) => w.startsWith('clarithromycin: '))!;
    // The hand rule's property, the label's own sentence and NDF-RT's listing, in that order.
    expect(clarithromycin).toMatch(/CYP3A4 inhibitor.*; its label says ".*colchicine.*"; listed by the VA/i);
  });

  it('names an allergy group in words', () => {
    const allergy = check(['Bactrim DS'], [], ['sulfa']).alerts.find((a) => a.kind === 'allergy');
    expect(allergy?.why).toEqual(['sulfamethoxazole: in the sulfonamide antibiotic allergy group']);
  });

  it('leaves no selector of the pack without its reason in words', () => {
    const fallback = '%named for this interaction%';
    const rows = pack.db.exec(
      "SELECT count(*) FROM interaction WHERE why_a LIKE ? OR why_b LIKE ? OR why_a NOT LIKE '%: %' OR why_b NOT LIKE '%: %'",
      [fallback, fallback],
    );
    expect(rows[0]?.values[0]?.[0]).toBe(0);
    const listRules = pack.db.exec('SELECT count(*) FROM list_rule WHERE body LIKE ?', [fallback]);
    expect(listRules[0]?.values[0]?.[0]).toBe(0);
  });
});
