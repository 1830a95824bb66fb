// Issue 14: a monograph true to one product, honest about gaps, with LactMed; on the real built pack.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Monograph, MonographSection } from '../../electron/common/contract.ts';
import type { SectionKey } from '../../electron/common/sections.ts';
import { isMatched, matchLine } from '../../electron/node/checker/matchDrug.ts';
import { parseLine } from '../../electron/node/checker/parseLine.ts';
import { BOXED_NOT_IN_PACK, NO_BOXED_WARNING, monograph } from '../../electron/node/monograph/monograph.ts';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { search } from '../../electron/node/search/search.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});

/** As `show <query>` does it: the drug the words name, then that product's monograph. */
function show(query: string): Monograph {
  const match = matchLine(pack.db, parseLine(query));
  if (!isMatched(match) || match.matchedBy === 'fuzzy') throw new Error(`"${query}" is not a drug in the pack`);
  return monograph(pack.db, pack.meta, match.drugId, query);
}

const sections = (m: Monograph): MonographSection[] => m.tabs.flatMap((t) => t.sections);
const section = (m: Monograph, key: SectionKey) => sections(m).find((s) => s.key === key);

describe('true to the product', () => {
  it('opens brands and formulations that search lists: Toprol XL, Augmentin', () => {
    const toprol = show('Toprol XL');
    expect(toprol.drug.id).toBe('metoprolol');
    expect(toprol.label?.product).toMatch(/succinate, extended-release/);
    expect(show('Augmentin').drug.id).toBe('amoxicillin+clavulanate');
    expect(section(show('Augmentin'), 'indications')?.text).toBeTruthy();
  });

  it('metoprolol tartrate shows a tartrate label; the succinate label’s sections say where they come from', () => {
    const m = show('metoprolol tartrate 25 mg PO BID');
    expect(m.label?.product).toMatch(/^tartrate/);
    expect(section(m, 'dosage_administration')?.fromOther).toBeNull();
    expect(section(m, 'dosage_administration')?.source?.label).toMatch(/tartrate/i);
    for (const s of sections(m).filter(
      (s) => s.text && s.source && !s.source.local && s.key !== 'breastfeeding_lactmed',
    ))
      if (!/tartrate/i.test(s.source!.label ?? '') && s.source!.label !== 'Lopressor')
        expect(s.fromOther, `${s.key} from ${s.source!.label}`).toMatch(/label/);
    expect(section(m, 'adverse_reactions')?.fromOther).toMatch(/succinate, extended-release/);
  });

  it('metoprolol succinate shows succinate dosing, not tartrate dosing', () => {
    const m = show('Metoprolol succinate ER 50 mg daily');
    const dosing = section(m, 'dosage_administration');
    expect(dosing?.fromOther).toBeNull();
    expect(dosing?.source?.label).toMatch(/succinate|toprol/i);
    expect(dosing?.text).not.toMatch(/tartrate/i);
  });

  it('diltiazem extended-release opens an extended-release label and doses from it', () => {
    const m = show('Diltiazem ER 120 mg daily');
    expect(m.label?.product).toMatch(/extended-release/);
    const dosing = section(m, 'dosage_administration');
    expect(dosing?.fromOther).toBeNull();
    expect(dosing?.source?.label).toBe(m.label?.title);
  });

  it('every label section names its label, manufacturer where known, and date or source', () => {
    const m = show('warfarin');
    for (const s of sections(m).filter((s) => s.text && s.key !== 'breastfeeding_lactmed')) {
      expect(s.source?.label, s.key).toBeTruthy();
      expect(s.source?.setId, s.key).toBeTruthy();
    }
    expect(m.label?.manufacturer).toBeTruthy();
  });
});

describe('boxed warning in three states', () => {
  it('shows a boxed warning where the label has one', () => {
    expect(section(show('warfarin'), 'boxed_warning')?.text).toMatch(/bleeding/i);
  });

  it('says "this label has no boxed warning" for a whole label without one', () => {
    const boxed = section(show('atorvastatin'), 'boxed_warning');
    expect(boxed?.text).toBeNull();
    expect(boxed?.missingNote).toBe(NO_BOXED_WARNING);
  });

  it('says "not in this data pack" where no full label for the product is in the pack', () => {
    const boxed = section(show('Lantus'), 'boxed_warning');
    expect(boxed?.missingNote).toBe(BOXED_NOT_IN_PACK);
  });

  it('puts furosemide’s boxed text under the boxed-warning heading, not in warnings', () => {
    const m = show('furosemide');
    expect(section(m, 'boxed_warning')?.text).toMatch(/potent diuretic/);
    expect(section(m, 'warnings_precautions')?.text ?? '').not.toMatch(/^Furosemide is a potent diuretic/);
  });
});

describe('combination products and biologics', () => {
  it('Percocet without its own label shows each component’s sections, labelled with the component', () => {
    const m = show('Percocet');
    const from = sections(m)
      .map((s) => s.fromOther ?? '')
      .filter(Boolean);
    expect(from.some((f) => /component oxycodone/.test(f))).toBe(true);
    expect(from.some((f) => /component acetaminophen/.test(f))).toBe(true);
  });

  it('piperacillin-tazobactam, trimethoprim-sulfamethoxazole and sacubitril-valsartan have sections, each saying whose', () => {
    for (const name of ['Zosyn', 'Bactrim', 'Entresto']) {
      const present = sections(show(name)).filter((s) => s.text);
      expect(present.length, name).toBeGreaterThan(0);
      // A section the combination has itself (its LactMed record) is not repeated from a component.
      const keys = present.filter((s) => !s.fromOther?.includes('component')).map((s) => s.key);
      for (const s of present.filter((s) => s.fromOther?.includes('component')))
        expect(keys, `${name}: ${s.key}`).not.toContain(s.key);
    }
    expect(sections(show('Entresto')).some((s) => /component valsartan/.test(s.fromOther ?? ''))).toBe(true);
  });

  it('Lantus (insulin glargine, recombinant) reaches insulin glargine’s label text', () => {
    const m = show('Lantus');
    expect(m.drug.id).toBe('insulin-glargine');
    expect(section(m, 'drug_interactions')?.text).toBeTruthy();
  });
});

describe('LactMed', () => {
  it('gives sertraline a Breastfeeding (LactMed) section with the 2016 notice and attribution', () => {
    const s = section(show('sertraline'), 'breastfeeding_lactmed');
    expect(s?.text).toMatch(/^LactMed® 2016 edition .*not the current LactMed/);
    expect(s?.text).toMatch(/Summary of use during lactation/);
    expect(s?.text).toMatch(/Effects in breastfed infants/);
    expect(s?.text).not.toMatch(/\[\d+\]/);
    expect(s?.source?.name).toMatch(/2016 edition \(not current\)/);
  });

  it('is found by full-text search', () => {
    const r = search(pack.db, 'norsertraline');
    expect(r.results.some((h) => h.drugId === 'sertraline' && h.section === 'breastfeeding_lactmed')).toBe(true);
  });
});

describe('clean text', () => {
  it('has no section-number cross-references, revision stamps or doubled sections', () => {
    const rows = pack.db.exec("SELECT key, text FROM section WHERE source_id != 'lactmed-2016'")[0]!.values as [
      string,
      string,
    ][];
    const artefact =
      /\(\s*\d{1,2}\.\d{1,2}\s*\)|\[see [^\]]*\(\s*\d{1,2}(\.\d{1,2})?\s*\)\s*\]|Revised:\s*\d{1,2}\/\d{4}/;
    const bad = rows.filter(([, text]) => artefact.test(text));
    // Measured on the real labels: what remains is a table cell or a quoted reference the patterns cannot tell.
    expect(bad.length / rows.length).toBeLessThan(0.02);
    const furosemide = show('furosemide');
    const indications = section(furosemide, 'indications')!.text!;
    expect(indications.indexOf('Edema Furosemide tablets')).toBe(indications.lastIndexOf('Edema Furosemide tablets'));
  });

  it('moves the Highlights bullets above a PLR section into its key points', () => {
    const w = section(show('metoprolol tartrate'), 'warnings_precautions');
    expect(w?.summary).toMatch(/Abrupt cessation/);
    expect(w?.text).toMatch(/^5\.1 /);
  });
});
