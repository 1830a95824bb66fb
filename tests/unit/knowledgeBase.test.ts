// The knowledge base's own checker (unknown properties, citations, ids, selectors that match
// nothing…) is part of the suite, so a bad edit to data/kb fails CI, not a ward.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDomainFile } from '../../data/compiler/kb/domainFile.ts';
import { SPECIAL_FILES } from '../../data/compiler/kb/specialFiles.ts';
import { parseListRuleBody } from '../../shared/pack/listRule.ts';
import { realPack } from '../support/pack.ts';
import { ROOT } from '../support/paths.ts';

const KB = resolve(ROOT, 'data/kb');

describe('knowledge base files', () => {
  it('pass data/kb/check-kb.ts', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'data/kb/check-kb.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.stdout + r.stderr).toMatch(/0 error\(s\)/);
    expect(r.status).toBe(0);
  });
});

describe('knowledge base schema', () => {
  const rule = {
    id: 'qt-known-known',
    kind: 'pair',
    a: { property: 'qt_risk', values: ['known'] },
    b: { property: 'qt_risk', values: ['known'] },
    severity: 'major',
    evidence: 'established',
    effect: 'e',
    mechanism: 'm',
    management: 'g',
    sources: ['crediblemeds-2024'],
  };
  const file = (rules: unknown[], properties: unknown[] = []) => ({ domain: 'qt', title: 'QT', properties, rules });

  it('reads every domain file of data/kb', () => {
    const domains = readdirSync(KB).filter((f) => f.endsWith('.json') && !SPECIAL_FILES.has(f));
    expect(domains.length).toBeGreaterThan(10);
    for (const f of domains) {
      const body = parseDomainFile(f, JSON.parse(readFileSync(join(KB, f), 'utf8')));
      expect(body.domain, f).toBeTruthy();
    }
  });

  it.each([
    [
      [rule, { ...rule, id: 'bad-severity', severity: 'severe' }],
      /^knowledge base: qt\.json: rules\[1\] "bad-severity": severity: /,
    ],
    [[{ ...rule, id: 'no-b', b: undefined }], /rules\[0\] "no-b": b: /],
    [[{ ...rule, id: 'typo', mangement: 'g' }], /rules\[0\] "typo": mangement: /],
    [[{ ...rule, id: 'odd-kind', kind: 'pairs' }], /rules\[0\] "odd-kind": kind: /],
    [
      [{ ...rule, id: 'label-without-quote', kind: 'label', label: { drug: 'dofetilide' } }],
      /"label-without-quote": label\.quote: /,
    ],
    [[{ ...rule, id: 'selector-typo', a: { propety: 'qt_risk' } }], /"selector-typo": a\.propety: /],
    [
      [{ ...rule, id: 'unlabelled', a: { drugs: ['warfarin'] } }],
      /"unlabelled": a: a selector naming warfarin has no "label"$/,
    ],
    [
      [
        {
          id: 'no-condition',
          kind: 'condition',
          select: {},
          severity: 'major',
          message: 'm',
          management: 'g',
          sources: [],
        },
      ],
      /"no-condition": condition: /,
    ],
  ])('refuses a bad rule, naming the file, the record and the field (%#)', (rules, message) => {
    expect(() => parseDomainFile('qt.json', file(rules))).toThrow(message);
  });

  it('refuses a bad property entry, naming it', () => {
    expect(() =>
      parseDomainFile('qt.json', file([], [{ property: 'qt_risk', value: 'known', drugs: 'dofetilide', cite: [] }])),
    ).toThrow(/^knowledge base: qt\.json: properties\[0\] \(qt_risk known\): drugs: /);
  });
});

describe('compiled list rules', () => {
  it('every stored body fits the schema the checker reads it with', async () => {
    const rows = (await realPack()).db.exec('SELECT id, body FROM list_rule')[0]!.values;
    expect(rows.length).toBeGreaterThan(50);
    for (const [id, body] of rows) expect(parseListRuleBody(String(id), String(body)).id).toBe(id);
  });

  it('refuses a body of no known shape, naming the rule', () => {
    const body = {
      id: 'x',
      kind: 'food',
      severity: 'major',
      message: '',
      management: '',
      sources: [],
      evidence: 'established',
    };
    expect(() => parseListRuleBody('x', JSON.stringify(body))).toThrow(/^list rule x: /);
  });
});
