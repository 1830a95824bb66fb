// Puts the chosen label sections into the pack, each recording the label (set id, date) it came from.
import type { LabelDoc, SourceInfo } from './model.ts';
import type { PackContent } from './content.ts';
import { chooseSections } from './labels/index.ts';
import { titleCase } from './vocabulary.ts';
import { moietyKey } from '../../electron/common/normalize.ts';

export function addLabels(content: PackContent, sources: SourceInfo[], docs: LabelDoc[], isReferenceBrand: (brand: string) => boolean): void {
  for (const source of sources) content.addSource(source);
  for (const doc of docs) {
    const key = moietyKey(doc.ingredients.join('; '));
    if (!key) continue;
    const drugId = content.ensureDrug(key, doc.sourceId);
    for (const brand of doc.brandNames) {
      if (moietyKey(brand) !== key) content.addName(drugId, titleCase(brand), 'brand', doc.sourceId);
    }
  }
  const titles = new Map(docs.map((d) => [`${d.sourceId}:${d.setId}`, d.title]));
  for (const [key, sections] of chooseSections(docs, { isReferenceBrand })) {
    const drugId = content.ensureDrug(key, sections[0]?.sourceId ?? 'unknown');
    for (const s of sections) {
      const labelId = `${s.sourceId}:${s.setId}`;
      if (!content.labels.has(labelId)) {
        content.labels.set(labelId, { id: labelId, title: titles.get(labelId) ?? s.setId, versionDate: s.versionDate, sourceId: s.sourceId });
      }
      content.sections.push({ drugId, key: s.key, title: s.title, text: s.text, labelId, sourceId: s.sourceId });
    }
  }
}
