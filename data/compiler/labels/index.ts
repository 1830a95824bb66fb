// FDA label text readers and label selection: the only entry point the compiler imports.
export { LABEL_SOURCES } from './labelSources.ts';
export { parseSplXml } from './spl.ts';
export { readOpenFdaRecord } from './openFda.ts';
export { readOpenFdaFiles } from './openFdaFiles.ts';
export { readSplDir } from './splDir.ts';
export { readEmbeddedLabels, readEmbeddedLabelsWithReport, type EmbeddedReport } from './embedded.ts';
export {
  chooseLabels,
  chooseSections,
  labelKey,
  labelTraits,
  type ChosenSection,
  type ChooseOptions,
  type KeyChoice,
  type RankedLabel,
} from './choose.ts';
export type { BrandLookup } from './titleIngredients.ts';
