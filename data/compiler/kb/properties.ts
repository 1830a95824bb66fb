// Drug properties: from every domain file first (a rule in one domain may select by a property of
// another), then FDA's CYP table for every drug it lists that no file grades for that property.
import type { PackContent } from '../../../shared/pack/content.ts';
import { moietyKey } from '../../../electron/common/normalize.ts';
import { readFdaCypTable } from './fdaCypTable.ts';
import { labelCitation } from './labelCitations.ts';
import type { PropertyEntry } from './domainFile.ts';
import { records, type DomainFileRead } from './domainRecords.ts';
import { inRecord } from './readKb.ts';
import { labelQuote } from './labelQuote.ts';

/** What rules select by: property → value → drug ids, and each drug's property in words and quoted. */
export interface KbProperties {
  byProperty: Map<string, Map<string, Set<string>>>;
  /** `drugId|property` → its values joined ("strong/moderate"). */
  labels: Map<string, string>;
  /** `drugId|property` → the label sentence a mined tag carries, for the alert's "why". */
  quotes: Map<string, string>;
}

export function compileProperties(
  domains: DomainFileRead[],
  content: PackContent,
  sourcesDir: string,
  src: string,
): KbProperties {
  const writtenRecords = records(domains, 'properties', (body) => body.properties ?? []);
  const graded = new Set(
    writtenRecords.flatMap(({ record: p, where }) =>
      inRecord(where, () => p.drugs.map((d) => `${moietyKey(d)}|${p.property}`)),
    ),
  );
  const fromTable = readFdaCypTable(sourcesDir)
    .map((p) => ({ ...p, drugs: p.drugs.filter((d) => !graded.has(`${moietyKey(d)}|${p.property}`)) }))
    .filter((p) => p.drugs.length > 0);
  const byProperty = new Map<string, Map<string, Set<string>>>();
  const labels = new Map<string, string>();
  // Properties that sources set before the KB (a vaccine's type) are selectable too.
  for (const p of content.properties.values()) {
    const values = byProperty.get(p.property) ?? new Map<string, Set<string>>();
    values.set(p.value, (values.get(p.value) ?? new Set<string>()).add(p.drugId));
    byProperty.set(p.property, values);
  }
  // A tag mined from a label carries the label's own sentence; the alert's "why" quotes it.
  const quotes = new Map<string, string>();
  const propertyRecords = [
    ...writtenRecords,
    ...fromTable.map((p) => ({ record: p, where: `FDA CYP table: ${p.property}` })),
  ];
  for (const { record: p, where } of propertyRecords) inRecord(where, () => addProperty(p));
  function addProperty(p: PropertyEntry): void {
    for (const name of p.drugs) {
      const key = moietyKey(name);
      if (!key) continue;
      const drugId = content.ensureDrug(key, src);
      content.addProperty({
        drugId,
        property: p.property,
        value: p.value,
        note: p.quote ? `Label: "${p.quote}"` : (p.note ?? ''),
        cite: p.cite.join(','),
        sourceId: src,
      });
      const values = byProperty.get(p.property) ?? new Map<string, Set<string>>();
      const ids = values.get(p.value) ?? new Set<string>();
      ids.add(drugId);
      values.set(p.value, ids);
      byProperty.set(p.property, values);
      labels.set(`${drugId}|${p.property}`, [labels.get(`${drugId}|${p.property}`), p.value].filter(Boolean).join('/'));
      if (p.quote) quotes.set(`${drugId}|${p.property}`, `its label says "${labelQuote(p.quote)}"`);
      for (const cite of p.cite) labelCitation(content, cite);
    }
  }
  return { byProperty, labels, quotes };
}
