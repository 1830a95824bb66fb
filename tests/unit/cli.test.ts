// The CLI as a pharmacist or a script uses it: a real process, real pack, JSON out, exit codes.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACK, ROOT } from '../support/paths.ts';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'electron/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, any> };
}

describe('command-line interface', () => {
  it('info', () => {
    const r = cli('info', '--json');
    expect(r.code).toBe(0);
    const info = r.json();
    expect(Object.keys(info.pack)).toEqual(expect.arrayContaining(['version', 'builtAt', 'schemaVersion']));
    expect(info.counts.drugs).toBeGreaterThan(3000);
    expect(Object.keys(info.counts.interactions).sort()).toEqual(['contraindicated', 'major', 'minor', 'moderate']);
    expect(info.sources.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['drugsatfda-2019', 'drugcentral-2016', 'ndfrt-2014']),
    );
    expect(info.sources[0]).toHaveProperty('licence');
  });

  it('search', () => {
    const r = cli('search', 'Eliquis', '--json');
    expect(r.code).toBe(0);
    expect(r.json().results).toBeInstanceOf(Array);
    expect(r.json().names[0].drugId).toBe('apixaban');
    expect(r.json()).toHaveProperty('suggestions');
  });

  it('search with nothing found exits 1', () => {
    const r = cli('search', 'qqqqqqqqqq', '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nothing found/);
  });

  it('show', () => {
    const r = cli('show', 'warfarin', '--json');
    expect(r.code).toBe(0);
    const m = r.json();
    expect(m.drug).toMatchObject({ id: 'warfarin', name: 'warfarin' });
    expect(m.drug.brands.length).toBeGreaterThan(0);
    expect(m.sections[0]).toEqual(
      expect.objectContaining({ key: expect.any(String), title: expect.any(String), text: expect.any(String) }),
    );
    expect(m.pack.version).toBeTruthy();
  });

  it('show of an unknown drug exits 1 with suggestions', () => {
    const r = cli('show', 'warfrin');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/did you mean warfarin/);
  });

  it('interactions for several drugs, reporting an unknown one as not checked', () => {
    const r = cli('interactions', 'warfarin', 'Zorblax', '--json');
    expect(r.code).toBe(1);
    const [w, z] = r.json().results;
    expect(w.drug.id).toBe('warfarin');
    expect(w.partners[0]).toEqual(
      expect.objectContaining({
        drugId: expect.any(String),
        severity: expect.any(String),
        effect: expect.any(String),
        management: expect.any(String),
        sources: expect.any(Array),
      }),
    );
    expect(z).toMatchObject({ input: 'Zorblax', drug: null });
    expect(r.err).toMatch(/not checked/);
  });

  it('check', () => {
    const r = cli(
      'check',
      'warfarin',
      'aspirin',
      'Zorblax',
      '--condition',
      'renal impairment',
      '--allergy',
      'penicillin',
      '--json',
    );
    expect(r.code).toBe(0);
    const c = r.json();
    expect(c.recognized.map((e: { drugId: string }) => e.drugId)).toEqual(['warfarin', 'aspirin']);
    expect(c.unrecognized).toEqual([expect.objectContaining({ input: 'Zorblax', suggestions: expect.any(Array) })]);
    expect(c.interactions[0]).toEqual(
      expect.objectContaining({
        a: expect.any(String),
        b: expect.any(String),
        severity: expect.any(String),
        effect: expect.any(String),
        mechanism: expect.any(String),
        management: expect.any(String),
        sources: expect.any(Array),
      }),
    );
    expect(c.alerts).toBeInstanceOf(Array);
  });

  it("check as text: each drug's reasons on a line of their own; a list alert names its drugs, why and sources", () => {
    const r = cli('check', 'lisinopril', 'spironolactone', 'potassium chloride', 'amiodarone', 'metoprolol');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    const pair = lines.indexOf('MODERATE  amiodarone + metoprolol');
    expect(lines[pair + 2]).toMatch(/^ {2}Why: amiodarone: /);
    expect(lines[pair + 3]).toMatch(/^ {7}metoprolol: /);
    const sources = lines.slice(pair).find((l) => l.startsWith('  Sources: '))!;
    expect(new Set(sources.split('; ')).size).toBe(sources.split('; ').length);
    const alert = lines.findIndex((l) =>
      /^MAJOR {2}\[cumulative\] .*lisinopril \+ potassium chloride \+ spironolactone/.test(l),
    );
    expect(alert).toBeGreaterThan(pair);
    expect(lines.slice(alert, alert + 8).join('\n')).toMatch(
      /Why: lisinopril: [^\n]+\n {7}potassium chloride: [^\n]+\n {7}spironolactone: /,
    );
    expect(lines.slice(alert, alert + 8).some((l) => l.startsWith('  Sources: '))).toBe(true);
  });

  it('verify', () => {
    const r = cli('verify');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/sound data pack/);
  });

  it('verify FILE checks that file, not the default pack', () => {
    const r = cli('verify', resolve(ROOT, 'package.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${resolve(ROOT, 'package.json')} is not a sound data pack`);
    expect(r.err).toMatch(/not a Wardbook data pack/);
  });

  it('a command refuses arguments it does not take, rather than answering another question', () => {
    for (const argv of [
      ['verify', 'a.sqlite', 'b.sqlite'],
      ['info', 'warfarin'],
      ['restore-pack', 'old.sqlite'],
    ]) {
      const r = cli(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(new RegExp(`^${argv[0]} takes (no arguments|one argument); got`));
    }
  });

  it('verify and every command refuse a file that is not a pack', () => {
    const r = cli('verify', '--pack', resolve(ROOT, 'package.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a Wardbook data pack/);
    expect(cli('info', '--pack', '/nonexistent/pack.sqlite').code).toBe(1);
  });

  it('parse-monograph', () => {
    const r = cli('parse-monograph', resolve(ROOT, 'tests/fixtures/local-monographs/warfarin.md'), '--json');
    expect(r.code).toBe(0);
    const m = r.json();
    expect(m.drug.name.toLowerCase()).toBe('warfarin');
    expect(Object.keys(m)).toEqual(
      expect.arrayContaining([
        'drug',
        'dosageForms',
        'sections',
        'interactions',
        'sideEffects',
        'conditions',
        'unplaced',
      ]),
    );
    expect(m.interactions.map((i: { severity: string }) => i.severity)).toEqual(
      expect.arrayContaining(['contraindicated', 'major', 'moderate']),
    );
    expect(cli('parse-monograph', '/nonexistent.md').code).toBe(1);
  });

  it('usage errors exit 2', () => {
    expect(cli().code).toBe(2);
    expect(cli('frobnicate').code).toBe(2);
    expect(cli('show').code).toBe(2);
    expect(cli('info', '--bogus').code).toBe(2);
    expect(cli('check', 'warfarin', '--min-severity', 'extreme').code).toBe(1);
  });

  // A pasted page used to hang `show` (every shorter prefix of 11,000 words retried) or overflow the
  // stack; the CLI now applies the IPC limits to its arguments.
  it.each([['show'], ['interactions'], ['search'], ['check']])('%s refuses a 100,000-character argument', (command) => {
    const r = cli(command, 'warfarin '.repeat(12_000).slice(0, 100_000));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is longer than 2000 characters/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('uses the pack given with --pack', () => {
    expect(cli('info', '--json', '--pack', PACK).code).toBe(0);
  });
});
