import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { search } from '../../electron/node/search/search.ts';
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../electron/common/snippet.ts';
import { realPack } from '../support/pack.ts';

let db: Database;
beforeAll(async () => {
  db = (await realPack()).db;
});

describe('search', () => {
  it('finds a drug by generic name first', () => {
    const r = search(db, 'warfarin');
    expect(r.names[0]?.drugId).toBe('warfarin');
    expect(r.correctedTo).toBeNull();
  });

  it('finds the generic from a brand name', () => {
    const r = search(db, 'Eliquis');
    expect(r.names[0]).toMatchObject({ drugId: 'apixaban', kind: 'brand' });
  });

  it('ignores salt forms and word order', () => {
    expect(search(db, 'metoprolol tartrate').names.map((n) => n.drugId)).toContain('metoprolol');
    expect(search(db, 'tartrate metoprolol').names.map((n) => n.drugId)).toContain('metoprolol');
  });

  it.each([
    ['amoxicilin', 'amoxicillin'],
    ['metforman', 'metformin'],
    ['lisinipril', 'lisinopril'],
  ])('forgives the misspelling %s', (typo, drug) => {
    const r = search(db, typo);
    expect(r.correctedTo).toBe(drug);
    expect(r.names.map((n) => n.drugId)).toContain(drug);
  });

  it('finds words in monograph text with a highlighted snippet and the section', () => {
    const r = search(db, 'rhabdomyolysis');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.results[0]!.snippet).toMatch(new RegExp(`${SNIPPET_OPEN}rhabdomyolysis${SNIPPET_CLOSE}`, 'i'));
    expect(r.results.map((h) => h.drugId)).toContain('simvastatin');
    expect(r.results[0]!.terms).toContain('rhabdomyolysis');
  });

  it('corrects a misspelled word in the text search', () => {
    const r = search(db, 'hepatotoxicty');
    expect(r.results.length).toBeGreaterThan(0);
    expect(r.correctedTo).toBe('hepatotoxicity');
    expect(r.results[0]!.terms).toContain('hepatotoxicity');
  });

  it.each([
    '"',
    '"unclosed phrase',
    'NEAR/3 OR AND NOT',
    '(((',
    'warfarin*) OR (',
    '💊🩺',
    '-',
    '  ',
    'x'.repeat(5000),
    'Patient is a 76 year old admitted with a fall; on warfarin and amiodarone, INR 4.2, plan to hold doses and recheck tomorrow morning.',
  ])('never fails on odd input %#', (q) => {
    const r = search(db, q);
    expect(r.query).toBe(q);
    expect(Array.isArray(r.results)).toBe(true);
  });

  it('says nothing was found, with suggestions, for a near miss', () => {
    const r = search(db, 'zzqx');
    expect(r.names).toEqual([]);
    expect(r.results).toEqual([]);
  });

  it('flags look-alike names with tall-man lettering', () => {
    const hit = search(db, 'hydroxyzine').names.find((n) => n.drugId === 'hydroxyzine');
    expect(hit?.tallman?.display).toBe('hydrOXYzine');
    expect(hit?.tallman?.confusable).toContain('hydrALAZINE');
  });
});
