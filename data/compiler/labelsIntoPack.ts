// Puts every label of each drug into the pack, ranked, with the product it describes (salt, release,
// route, brands, manufacturer), and the sections each product's monograph may show, each section tied
// to its label. Which label a monograph shows is decided when it is read, from what the user asked for.
import type { LabelDoc } from './model.ts';
import type { PackContent, SectionRow, SourceInfo } from '../../shared/pack/content.ts';
import { chooseLabels, type RankedLabel } from './labels/index.ts';
import { cleanSection } from './labels/cleanText.ts';
import { titleCase } from './vocabulary.ts';
import { moietyKey } from '../../electron/common/normalize.ts';
import { labelKeyResolver } from './labelKeys.ts';

export interface LabelOptions {
  isReferenceBrand: (brand: string) => boolean;
  formsOfBrand?: (brand: string) => { form: string; route: string }[];
}

export function addLabels(content: PackContent, sources: SourceInfo[], docs: LabelDoc[], options: LabelOptions): void {
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
  // Keys that are already drug names come first, so a key that only maps onto a drug ranks after the drug's own labels.
  const chosen = [...chooseLabels(docs, options)]
    .map(([key, choice]) => ({ key, resolved: resolve(key), choice }))
    .sort((x, y) => Number(x.resolved !== x.key) - Number(y.resolved !== y.key));
  const nextRank = new Map<string, number>();
  for (const { resolved, choice } of chosen) {
    if (!resolved) continue;
    const drugId = content.ensureDrug(resolved, choice.labels[0]?.doc.sourceId ?? 'unknown');
    const base = nextRank.get(drugId) ?? 0;
    const idOf = new Map<string, string>();
    for (const label of choice.labels)
      idOf.set(`${label.doc.sourceId}:${label.doc.setId}`, addLabelRow(content, drugId, base, label));
    nextRank.set(drugId, base + choice.labels.length);
    const added: SectionRow[] = [];
    for (const s of choice.sections) {
      const labelId = idOf.get(`${s.sourceId}:${s.setId}`)!;
      const clean = cleanSection(s);
      added.push({
        drugId,
        key: clean.key,
        title: clean.title,
        text: clean.text,
        tables: clean.tables,
        summary: clean.summary ?? '',
        labelId,
        sourceId: s.sourceId,
      });
    }
    content.sections.push(...added);
  }
}

function addLabelRow(content: PackContent, drugId: string, base: number, label: RankedLabel): string {
  const { doc, rank, traits } = label;
  const id = `${doc.sourceId}:${doc.setId}`;
  if (!content.labels.has(id)) {
    content.labels.set(id, {
      id,
      title: doc.title || doc.setId,
      versionDate: doc.versionDate,
      sourceId: doc.sourceId,
      drugId,
      rank: base + rank,
      manufacturer: doc.manufacturer ?? '',
      salts: traits.salts,
      release: traits.release,
      route: traits.route,
      brands: doc.brandNames,
      boxedStated: doc.boxedStated ?? false,
    });
  }
  return id;
}
