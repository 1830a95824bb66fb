// A mistake in a knowledge-base file stops the build with the file and the record that holds it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PackContent } from '../../shared/pack/content.ts';
import { compileKnowledgeBase } from '../../data/compiler/kb/compileKb.ts';
import { ROOT } from '../support/paths.ts';

let kb: string;
beforeEach(() => {
  kb = join(mkdtempSync(join(tmpdir(), 'wardbook-kb-')), 'kb');
  cpSync(resolve(ROOT, 'data/kb'), kb, { recursive: true });
  // Mined tags cite the pack's labels, which the compiler reads before the knowledge base.
  rmSync(join(kb, 'label-mined.json'));
});
afterEach(() => rmSync(resolve(kb, '..'), { recursive: true, force: true }));

const compile = () => compileKnowledgeBase(kb, new PackContent(), resolve(ROOT, 'data/sources'));
const edit = (file: string, change: (json: Record<string, unknown[]>) => void) => {
  const json = JSON.parse(readFileSync(join(kb, file), 'utf8')) as Record<string, unknown[]>;
  change(json);
  writeFileSync(join(kb, file), JSON.stringify(json, null, 2));
};

describe('knowledge-base errors name the file and the record', () => {
  it('the unbroken copy compiles', () => {
    expect(compile).not.toThrow();
  });

  it('a rule', () => {
    edit('qt.json', (json) => {
      (json.rules![2] as { sources: unknown }).sources = 5;
    });
    expect(compile).toThrow('knowledge base: qt.json: rules[2] "qt-known-possible": sources: ');
  });

  it('a property', () => {
    edit('qt.json', (json) => {
      (json.properties![0] as { drugs: unknown }).drugs = null;
    });
    expect(compile).toThrow(/^knowledge base: qt\.json: properties\[0\] \(qt_risk \w+\): drugs: /);
  });

  it('a list that is not a list', () => {
    edit('serotonin.json', (json) => {
      (json as Record<string, unknown>).rules = { id: 'x' };
    });
    expect(compile).toThrow('knowledge base: serotonin.json: rules: ');
  });

  it('a file that is not JSON, with the line and column', () => {
    writeFileSync(join(kb, 'qt.json'), '{\n  "domain": "qt",\n  oops\n}\n');
    expect(compile).toThrow(new RegExp(`${join(kb, 'qt.json')} \\(line 3, column 3\\) is not valid JSON`));
  });
});
