// A rule's selector resolved to drug ids, each with the reason in words.
import type { PackContent } from '../../../shared/pack/content.ts';
import { moietyKey } from '../../../electron/common/normalize.ts';
import type { Selector } from './domainFile.ts';
import type { KbProperties } from './properties.ts';
import { describeProperty } from './propertyWords.ts';

export type Select = (s: Selector | undefined) => Map<string, string>;

/**
 * Drug ids a selector picks, each with the reason in words: the property ("amiodarone: QT risk
 * (known)"), or, for a drug the rule names itself, the selector's label ("colchicine: CYP3A4 and
 * P-gp substrate with a narrow toxic margin"). check-kb and the schema refuse a selector naming drugs without one.
 */
export function selector(content: PackContent, { byProperty, labels, quotes }: KbProperties, src: string): Select {
  return (s) => {
    const out = new Map<string, string>();
    // The schema refuses a selector naming drugs without a label.
    for (const name of s?.drugs ?? []) {
      const key = moietyKey(name);
      if (key) out.set(content.ensureDrug(key, src), `${content.canonical(key)}: ${s?.label ?? ''}`);
    }
    if (s?.property) {
      for (const [value, ids] of byProperty.get(s.property) ?? []) {
        if (s.values && !s.values.includes(value)) continue;
        for (const id of ids) {
          const quote = quotes.get(`${id}|${s.property}`);
          out.set(
            id,
            `${content.drugs.get(id)?.name ?? id}: ${describeProperty(s.property, labels.get(`${id}|${s.property}`) ?? value)}${quote ? `; ${quote}` : ''}`,
          );
        }
      }
    }
    return out;
  };
}
