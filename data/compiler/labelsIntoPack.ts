// Puts the chosen label sections into the pack, each recording the label (set id, date) it came from.
import type { LabelDoc } from './model.ts';
import type { SourceInfo } from '../../shared/pack/content.ts';
import type { PackContent, SectionRow } from '../../shared/pack/content.ts';
import { chooseSections } from './labels/index.ts';
import { titleCase } from './vocabulary.ts';
import { moietyKey } from '../../electron/common/normalize.ts';
import { labelKeyResolver } from './labelKeys.ts';

export function addLabels(
  content: PackContent,
  sources: SourceInfo[],
  docs: LabelDoc[],
  isReferenceBrand: (brand: string) => boolean,
): void {
  for (const source of sources) content.addSource(source);
  const resolve = labelKeyResolver(content);
  for (const doc of docs) {
    const key = resolve(moietyKey(doc.ingredients.join('; ')));
    if (!key) continue;
    const drugId = content.ensureDrug(key, doc.sourceId);
    for (const brand of doc.brandNames) {
      if (moietyKey(brand) !== key) content.addName(drugId, titleCase(brand), 'brand', doc.sourceId);
    }
  }
  const titles = new Map(docs.map((d) => [`${d.sourceId}:${d.setId}`, d.title]));
  // Keys that are already drug names come first, so a key that only maps onto a drug fills in
  // what that drug's own label lacks and never doubles a section.
  const chosen = [...chooseSections(docs, { isReferenceBrand })]
    .map(([key, sections]) => ({ key, resolved: resolve(key), sections }))
    .sort((x, y) => Number(x.resolved !== x.key) - Number(y.resolved !== y.key));
  const filled = new Map<string, Set<string>>();
  for (const { resolved, sections } of chosen) {
    if (!resolved) continue;
    const drugId = content.ensureDrug(resolved, sections[0]?.sourceId ?? 'unknown');
    const have = filled.get(drugId) ?? new Set<string>();
    const added: SectionRow[] = [];
    for (const s of sections) {
      if (have.has(s.key)) continue;
      const labelId = `${s.sourceId}:${s.setId}`;
      if (!content.labels.has(labelId)) {
        content.labels.set(labelId, {
          id: labelId,
          title: titles.get(labelId) ?? s.setId,
          versionDate: s.versionDate,
          sourceId: s.sourceId,
        });
      }
      added.push({ drugId, key: s.key, title: s.title, text: s.text, tables: s.tables, labelId, sourceId: s.sourceId });
    }
    content.sections.push(...added);
    for (const s of added) have.add(s.key);
    filled.set(drugId, have);
  }
}
