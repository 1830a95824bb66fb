// The knowledge base's own checker (unknown properties, citations, ids, selectors that match
// nothing…) is part of the suite, so a bad edit to data/kb fails CI, not a ward.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

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
