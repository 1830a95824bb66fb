// The whole compile: vocabulary → classes → labels → interaction lists → knowledge base → local.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PackContent } from '../../shared/pack/content.ts';
import { readDrugCentral, readDrugsAtFda } from './vocabulary.ts';
import { readNdfrt, readOnc } from './interactionLists.ts';
import { compileKnowledgeBase } from './kb/compileKb.ts';
import { readAliases } from './kb/specialFileContent.ts';
import { addLabels } from './labelsIntoPack.ts';
import { addLocalMonographs } from './localIntoPack.ts';
import { LABEL_SOURCES, readEmbeddedLabels, readOpenFdaFiles, readSplDir } from './labels/index.ts';
import { writePack } from '../../shared/pack/writePack.ts';
import { readCvx, readVaccineConcepts } from './vaccines.ts';
import { readPurpleBook } from './purpleBook.ts';
import { compileShorthand } from './kb/shorthand.ts';
import type { LabelDoc } from './model.ts';
import type { SourceInfo } from '../../shared/pack/content.ts';
import { DRUGSATFDA, DRUGSATFDA_2022 } from './sources.ts';
import { addBrandVariants } from './brandVariants.ts';
import { addLactMed } from './lactmed.ts';
import { foldName } from '../../electron/common/normalize.ts';

export interface BuildOptions {
  dataDir: string;
  openFda: string[];
  splDirs: string[];
  localDirs: string[];
}

export interface BuildResult {
  bytes: Uint8Array;
  warnings: string[];
}

const OPENFDA_BULK: SourceInfo = {
  id: 'openfda-bulk',
  name: 'openFDA drug label download',
  origin: 'open.fda.gov drug/label bulk download (supplied at build time)',
  licence: 'CC0 1.0 / US public domain',
  attribution: 'openFDA, U.S. Food and Drug Administration.',
  retrieved: '',
  kind: 'label',
};
const DAILYMED_SPL: SourceInfo = {
  id: 'dailymed-spl',
  name: 'DailyMed SPL label download',
  origin: 'dailymed.nlm.nih.gov SPL download (supplied at build time)',
  licence: 'US public domain (FDA labeling)',
  attribution: 'DailyMed, U.S. National Library of Medicine.',
  retrieved: '',
  kind: 'label',
};

export function packMeta(dataDir: string): { version: string; builtAt: string } {
  const pack = JSON.parse(readFileSync(join(dataDir, 'pack.json'), 'utf8')) as { version: string; date: string };
  // SOURCE_DATE_EPOCH lets a hospital date its own build without breaking reproducibility.
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const builtAt = epoch ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : pack.date;
  return { version: pack.version, builtAt };
}

export async function buildPack(options: BuildOptions): Promise<BuildResult> {
  const { dataDir } = options;
  const meta = packMeta(dataDir);
  const content = new PackContent();
  readAliases(join(dataDir, 'kb'), content);
  const vocabulary = await readDrugsAtFda(content, [
    { dir: join(dataDir, 'sources/drugsatfda-2022'), source: DRUGSATFDA_2022 },
    { dir: join(dataDir, 'sources/drugsatfda-2019'), source: DRUGSATFDA },
  ]);
  await readDrugCentral(join(dataDir, 'sources/drugcentral-2016'), content);
  const vaccines = readVaccineConcepts(join(dataDir, 'kb'), content);
  await readPurpleBook(join(dataDir, 'sources/fda-purplebook-2025-03'), vaccines, content);
  readCvx(join(dataDir, 'sources/cdc-cvx-2025-10'), vaccines, content);
  compileShorthand(join(dataDir, 'kb'), content);

  const docs: LabelDoc[] = readEmbeddedLabels(dataDir, vocabulary.brandToIngredients);
  const labelSources = [...LABEL_SOURCES];
  if (options.openFda.length > 0) {
    labelSources.push({ ...OPENFDA_BULK, retrieved: meta.builtAt });
    docs.push(...readOpenFdaFiles(options.openFda, OPENFDA_BULK.id));
  }
  for (const dir of options.splDirs) {
    if (!labelSources.some((s) => s.id === DAILYMED_SPL.id))
      labelSources.push({ ...DAILYMED_SPL, retrieved: meta.builtAt });
    docs.push(...readSplDir(dir, DAILYMED_SPL.id, (message) => content.warnings.push(`refused ${message}`)));
  }
  const forms = new Map<string, { form: string; route: string }[]>();
  const brandKey = (brand: string) => foldName(brand).replace(/[^a-z0-9]/g, '');
  for (const p of content.products) {
    const list = forms.get(brandKey(p.brand)) ?? [];
    list.push({ form: p.form, route: p.route });
    forms.set(brandKey(p.brand), list);
  }
  addLabels(content, labelSources, docs, {
    isReferenceBrand: (brand) => vocabulary.isReferenceBrand(brand),
    formsOfBrand: (brand) => forms.get(brandKey(brand)) ?? [],
  });
  addLactMed(content, join(dataDir, 'sources/lactmed-2016'));
  addBrandVariants(content);

  await readNdfrt(join(dataDir, 'sources/ndfrt-2014'), content);
  readOnc(join(dataDir, 'sources/onc-ddi'), content);
  compileKnowledgeBase(join(dataDir, 'kb'), content, join(dataDir, 'sources'));
  for (const dir of options.localDirs) addLocalMonographs(content, dir, meta.builtAt);

  const bytes = await writePack(content, meta);
  return { bytes, warnings: content.warnings };
}
