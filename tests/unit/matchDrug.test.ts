import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldName, mayHaveOtherMoiety, moietyKey } from '../../electron/common/normalize.ts';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { isMatched, lookupKeys, matchLine } from '../../electron/node/checker/matchDrug.ts';
import { parseLine } from '../../electron/node/checker/parseLine.ts';
import { checkList } from '../../electron/node/checker/check.ts';
import { nameIndex } from '../../electron/node/search/nameIndex.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});

const sentence = (words: number) =>
  Array.from({ length: words }, (_, i) => ['patient', 'should', 'follow', 'up', 'with', 'the', 'clinic'][i % 7]).join(
    ' ',
  );

describe('matching is linear in the words of a line', () => {
  it('tries a bounded number of keys however long the line', () => {
    const index = nameIndex(pack.db);
    // A sentence that begins no name makes no key.
    expect(lookupKeys(index, sentence(60))).toEqual([]);
    // Words that begin no name after "warfarin" add no key: the line costs what the name costs.
    expect(lookupKeys(index, `warfarin ${sentence(59)}`)).toEqual(lookupKeys(index, 'warfarin'));
    expect(lookupKeys(index, `metoprolol succinate ${sentence(59)}`).map((k) => k.key)).toEqual([
      'metoprolol succinate',
      'metoprolol',
      'metoprolol',
    ]);
  });

  it('answers a 60-word line, and still finds the drug at its start', () => {
    const long = matchLine(pack.db, parseLine(sentence(60)));
    expect(long.input).toBe(sentence(60));
    const drug = matchLine(pack.db, parseLine(`Metoprolol succinate ER ${sentence(60)}`));
    expect(isMatched(drug) && drug.drugId).toBe('metoprolol');
  });
});

describe('the shortcuts that keep a line cheap change nothing', () => {
  it('skipping keys that begin no name finds the same name as trying every key, for every name in the pack', () => {
    const index = nameIndex(pack.db);
    // Every leading part longest first, and its moiety: the keys tried before the prefix shortcut.
    const everyKey = (name: string) => {
      const all = foldName(name).split(' ').filter(Boolean);
      const words = all.slice(0, Math.min(12, index.wordsAfter.get(all[0] ?? '') ?? 1));
      return words.flatMap((_, i) => {
        const prefix = words.slice(0, words.length - i).join(' ');
        const moiety = moietyKey(prefix);
        return moiety && moiety !== prefix ? [prefix, moiety] : [prefix];
      });
    };
    const firstHit = (keys: string[]) => keys.find((k) => index.byNorm.has(k)) ?? null;
    let found = 0;
    for (const norm of index.byNorm.keys())
      for (const line of [norm, `${norm} 5 mg daily`, `${norm} hcl tablets`, `${norm} sodium er take with food`]) {
        const hit = firstHit(lookupKeys(index, line).map((k) => k.key));
        expect(hit, line).toBe(firstHit(everyKey(line)));
        if (hit) found++;
      }
    expect(found).toBeGreaterThan(4 * 10_000);
  });

  it('a name with no salt word, separator or punctuation is its own moiety, for every name in the pack', () => {
    const index = nameIndex(pack.db);
    let skipped = 0;
    for (const norm of index.byNorm.keys()) {
      const words = norm.split(' ');
      for (let n = 1; n <= words.length; n++) {
        const prefix = words.slice(0, n).join(' ');
        if (mayHaveOtherMoiety(prefix)) continue;
        skipped++;
        expect(moietyKey(prefix), prefix).toBe(prefix);
      }
    }
    expect(skipped).toBeGreaterThan(10_000);
    expect(mayHaveOtherMoiety('metoprolol succinate')).toBe(true);
    expect(moietyKey('metoprolol succinate')).toBe('metoprolol');
  });

  it('folding collapses any run of white space as before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'B', ' ', '  ', '\t', '\n', '\u00a0', '(x)', '-', '/'), { maxLength: 20 }),
        (parts) => {
          const text = parts.join('');
          expect(foldName(text)).not.toMatch(/\s\s|^\s|\s$|[^\S ]/);
          expect(foldName(text)).toBe(foldName(text.replace(/\s+/g, ' ')));
        },
      ),
    );
  });

  // The per-word reading parseLine replaced: route = the first word that is a route among the line's
  // first 16 words (here 3 are "warfarin 5 mg"), the rest as typed.
  const perWord = (rest: string) => {
    const routes = new Set(['po', 'iv', 'sc', 'sl', 'im', 'pr', 'oral', 'topical', 'by']);
    let route: string | null = null;
    const others: string[] = [];
    for (const [at, token] of rest.split(' ').filter(Boolean).entries()) {
      const lower = token.toLowerCase().replace(/[.,;:]$/, '');
      if (!route && at < 13 && routes.has(lower) && lower !== 'by') route = token;
      else others.push(token);
    }
    return { route, frequency: others.length ? others.join(' ') : null };
  };
  it('a directions verb ends the name and opens the dose', () => {
    expect(parseLine('Lasix take 40 mg PO daily')).toMatchObject({ name: 'Lasix', dose: '40 mg', route: 'PO' });
    expect(parseLine('insulin glargine inject 20 units SC at bedtime')).toMatchObject({
      name: 'insulin glargine',
      dose: '20 units',
      route: 'SC',
      frequency: 'inject at bedtime',
    });
  });

  it('words past the head of a long line are kept as typed, never dropped', () => {
    const tail = sentence(80);
    const line = parseLine(`warfarin 5 mg PO daily ${tail}`);
    expect(line).toMatchObject({ name: 'warfarin', dose: '5 mg', route: 'PO' });
    expect(line.frequency).toBe(`daily ${tail}`);
  });

  it('route and timing are read from the rest of the line in one scan, as word by word', () => {
    const words = ['PO', 'po.', 'IV,', 'by', 'mouth', 'BID', 'with', 'food', 'SL:', 'Oral', 'x', 'topical;', 'POo'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (rest) => {
        const line = parseLine(`warfarin 5 mg ${rest.join(' ')}`);
        expect({ route: line.route, frequency: line.frequency }).toEqual(perWord(rest.join(' ')));
      }),
    );
  });
});

const check = (...lines: string[]) => checkList(pack.db, pack.meta, { lines, conditions: [], allergies: [] });
/** The ingredient set a single line is checked as, or null when it is not recognised. */
const ingredients = (line: string) => {
  const hit = check(line).recognized[0];
  return hit ? (hit.components.length ? hit.components.map((c) => c.name) : [hit.name]).sort() : null;
};

describe('every line is checked as all of its ingredients (issue 12)', () => {
  it.each([
    ['Tylenol #3 1 tab q4h PRN', ['acetaminophen', 'codeine']],
    ['Senna-S 2 tabs qHS', ['docusate', 'sennosides']],
    ['Calcium + D 1 tab BID', ['calcium carbonate', 'cholecalciferol']],
    ['Percocet 5/325', ['acetaminophen', 'oxycodone']],
    ['Senokot-S 1 tab', ['docusate', 'sennosides']],
  ])('a combination brand: %s', (line, expected) => {
    expect(ingredients(line)).toEqual(expected);
    const hit = check(line).recognized[0]!;
    expect(hit.matchedText.length).toBeGreaterThan(0);
  });

  it.each([
    ['oxycodone/acetaminophen 5/325 mg', ['acetaminophen', 'oxycodone']],
    ['acetaminophen-oxycodone 325-5 mg', ['acetaminophen', 'oxycodone']],
    ['APAP/hydrocodone 325/5', ['acetaminophen', 'hydrocodone']],
    ['hydrocodone 5/325 1 tab q4h prn', ['acetaminophen', 'hydrocodone']],
    ['levodopa-carbidopa 100-25 TID', ['carbidopa', 'levodopa']],
  ])('a combination in any order and with any separator: %s', (line, expected) => {
    expect(ingredients(line)).toEqual(expected);
    expect(check(line).recognized[0]!.matchedBy).not.toBe('fuzzy');
  });

  it('insulins and other biologics are one drug per moiety, the one with text and interactions', () => {
    for (const line of ['Lantus 20 units qHS', 'insulin glargine-yfgn', 'Semglee', 'Basaglar'])
      expect(check(line).recognized[0]?.drugId, line).toBe('insulin-glargine');
    expect(check('Procrit 10000 units').recognized[0]?.drugId).toBe(check('EPO').recognized[0]?.drugId);
    expect(check('Procrit').recognized[0]?.drugId).toBe('epoetin-alfa');
    expect(check('Hyrimoz 40 mg').recognized[0]?.drugId).toBe('adalimumab');
    const glargine = check('Lantus', 'fluconazole');
    expect(glargine.recognized).toHaveLength(2);
  });

  it.each([
    ['K-Dur 20 mEq', ['potassium chloride']],
    ['D50 1 amp', ['dextrose']],
    ['tazocin 4.5 g IV', ['piperacillin', 'tazobactam']],
    ['MVI daily', ['multivitamin']],
    ['Colace 100 mg', ['docusate']],
    ['Mag-Ox 400', ['magnesium oxide']],
    ['Vit D3 2000 units', ['cholecalciferol']],
    ['Vit B12 1000 mcg', ['cyanocobalamin']],
    ['NS 1 L', ['sodium chloride']],
    ['½NS at 80 mL/h', ['sodium chloride']],
    ['D5W 250 mL', ['dextrose']],
    ['LR 1 L bolus', ['calcium chloride', 'potassium chloride', 'sodium chloride', 'sodium lactate']],
    ['Toprol XL 50 mg', ['metoprolol']],
    ['Tacro 1 mg BID', ['tacrolimus']],
    ['Paxlovid 300/100', ['nirmatrelvir', 'ritonavir']],
    ['Mounjaro 5 mg weekly', ['tirzepatide']],
    ['Wegovy 0.25 mg', ['semaglutide']],
    ['Zepbound 2.5 mg', ['tirzepatide']],
    ['Kerendia 10 mg', ['finerenone']],
    ['Rinvoq 15 mg', ['upadacitinib']],
  ])('known today: %s', (line, expected) => {
    expect(ingredients(line)).toEqual(expected);
    expect(check(line).recognized[0]!.confirm).toBeNull();
  });

  it.each([
    ['Regular insulin 5 units', ['insulin']],
    ['NPH 10 units', ['insulin isophane']],
    ['Prevnar 20', ['pneumococcal 20-valent conjugate vaccine']],
    ['Magnesium oxide 400 mg', ['magnesium oxide']],
    ['Vit C 500 mg', ['ascorbic acid']],
  ])('no longer confidently wrong: %s', (line, expected) => {
    expect(ingredients(line)).toEqual(expected);
  });

  it.each([
    'calcium channel blocker',
    'beta blocker',
    'Protease inhibitor',
    'alpha blocker 1 tab daily',
    'pork insulin',
    'B vitamins',
  ])(
    'a drug class, or a name that starts with a fragment of another product, is not a drug: %s stays not checked',
    (line) => {
      const r = check(line);
      expect(r.recognized).toHaveLength(0);
      expect(r.unrecognized.map((u) => u.input)).toEqual([line]);
    },
  );

  it.each([
    ['Tylenol™ 500 mg', ['acetaminophen']],
    ['Lipitor® 20 mg', ['atorvastatin']],
    ['ＷＡＲＦＡＲＩＮ　５ｍｇ', ['warfarin']],
  ])('a trade mark or full-width letters pasted from another system do not hide the drug: %s', (line, expected) => {
    expect(ingredients(line)).toEqual(expected);
    expect(check(line).recognized[0]!.confirm).toBeNull();
  });

  it.each([
    ['Continue aspirin 81 mg daily', ['aspirin']],
    ['Start metoprolol 25 mg twice daily with these medications', ['metoprolol']],
    ['NEW: lisinopril 10 mg daily', ['lisinopril']],
    ['Increase furosemide to 40 mg daily', ['furosemide']],
  ])('a reconciliation verb before the drug does not hide it: %s', (line, expected) => {
    expect(ingredients(line)).toEqual(expected);
  });

  it('a line under "STOP taking these medications" is still checked and says where it is listed', () => {
    const r = check(
      'CONTINUE taking these medications',
      'apixaban 5 mg tablet Take 1 tablet by mouth 2 (two) times a day.',
      'STOP taking these medications',
      'ibuprofen 200 MG tablet',
      'START taking these medications',
      'furosemide 20 mg daily',
    );
    const under = Object.fromEntries(r.recognized.map((e) => [e.name, e.stoppedUnder ?? null]));
    expect(under).toEqual({ apixaban: null, ibuprofen: 'STOP taking these medications', furosemide: null });
    // Checked all the same: a heading read wrongly must never hide an interaction.
    expect(r.interactions.some((i) => [i.a.id, i.b.id].sort().join('+') === 'apixaban+ibuprofen')).toBe(true);
  });

  it('a line in another script is not checked, never a note', () => {
    const r = check('βήτα');
    expect(r.notes).toHaveLength(0);
    expect(r.unrecognized.map((u) => u.input)).toEqual(['βήτα']);
  });

  it.each(['compressor', 'augment', 'bacteria', 'cpap', 'pen needles', 'Insulin pen needles 32G'])(
    'no drug is made of a word with another meaning: %s',
    (line) => {
      expect(check(line).recognized).toHaveLength(0);
    },
  );

  it.each([
    'Follow up with PCP in 2 weeks',
    'Hold if SBP < 100',
    'Allergies: NKDA',
    'Patient was counseled on the risks and benefits of anticoagulation and agrees with the plan as discussed today in clinic with family at bedside',
    '--',
    'START taking these medications',
    'Change how you take these medications:',
  ])('a line that is not a medicine is a note, not an alarm: %s', (line) => {
    const r = check(line);
    expect(r.recognized).toHaveLength(0);
    expect(r.unrecognized).toHaveLength(0);
    expect(r.notes.map((n) => n.input)).toEqual([line]);
  });

  it('a drug newer than the pack stays not checked and says what the pack knows', () => {
    const r = check('Zorblaxitan 10 mg daily');
    expect(r.unrecognized).toHaveLength(1);
    expect(r.unrecognized[0]!.packKnowsUpTo).toMatch(/Drugs@FDA.*2022/);
  });

  it('INN/BAN and USAN twins are one drug', () => {
    const twins: [string, string][] = [
      ['methylergometrine', 'methylergonovine'],
      ['meclofenamic acid', 'meclofenamate'],
      ['chlortalidone', 'chlorthalidone'],
      ['glibenclamide', 'glyburide'],
    ];
    for (const [inn, usan] of twins)
      expect(check(inn).recognized[0]?.drugId, inn).toBe(check(usan).recognized[0]?.drugId);
  });

  it('a vaccine is one drug whose type lets live-vaccine rules select it', () => {
    const types = (id: string) =>
      pack.db.exec("SELECT value FROM property WHERE drug_id = ? AND property = 'vaccine'", [id])[0]?.values.flat();
    expect(types(check('MMR vaccine').recognized[0]!.drugId)).toEqual(['live attenuated']);
    expect(types(check('Shingrix').recognized[0]!.drugId)).toEqual(['inactivated']);
    expect(types(check('FluMist').recognized[0]!.drugId)).toEqual(['live attenuated']);
  });
});
