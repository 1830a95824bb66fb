import { beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../electron/node/pack/openPack.ts';
import { monograph, NotFoundError } from '../../electron/node/monograph/monograph.ts';
import { TABS } from '../../electron/common/sections.ts';
import { realPack } from '../support/pack.ts';

let pack: Pack;
beforeAll(async () => {
  pack = await realPack();
});

describe('monograph', () => {
  it('lays warfarin out in every tab, with text from a dated label', () => {
    const m = monograph(pack.db, pack.meta, 'warfarin');
    expect(m.tabs.map((t) => t.key)).toEqual(TABS.map((t) => t.key));
    const sections = m.tabs.flatMap((t) => t.sections);
    const boxed = sections.find((s) => s.key === 'boxed_warning');
    expect(boxed?.text).toMatch(/bleeding/i);
    expect(boxed?.source?.setId).toBeTruthy();
    expect(sections.find((s) => s.key === 'adverse_reactions')?.text).toBeTruthy();
    expect(m.drug.brands.map((b) => b.toLowerCase())).toContain('coumadin');
    expect(m.pack.version).toBe(pack.meta.version);
  });

  it('never leaves a tab empty: a missing section says it is not in this data pack', () => {
    for (const id of ['warfarin', 'apixaban', 'amiodarone', 'simvastatin', 'tramadol']) {
      const m = monograph(pack.db, pack.meta, id);
      for (const tab of m.tabs.filter((t) => t.key !== 'sources')) {
        expect(tab.sections.length, `${id} ${tab.key}`).toBeGreaterThan(0);
        for (const s of tab.sections) {
          if (s.text === null)
            expect(s.missingNote).toMatch(
              s.key === 'boxed_warning'
                ? /^(This label has no boxed warning\.|Not in this data pack \(no full label for this product\))/
                : /^Not in this data pack\. This section would come from /,
            );
          else expect(s.text.trim().length).toBeGreaterThan(0);
        }
      }
    }
  });

  it('refuses an unknown drug id with a clear error', () => {
    expect(() => monograph(pack.db, pack.meta, 'no-such-drug')).toThrow(NotFoundError);
  });
});
