// Every label corpus shipped in the repository, read into LabelDocs.
import { join } from 'node:path';
import type { LabelDoc } from '../model.ts';
import { readJsonLines, readNlmCorpus, readTac, readZietzm, type CorpusResult } from './corpora.ts';
import {
  DAILYMED_HTML_LILLY,
  DAILYMED_XML,
  NLM_DDI_CORPUS,
  OPENFDA_MEDGUARD,
  OPENFDA_SPL_EXTRA,
  OPENFDA_SPL_SAMPLES,
  TAC2017,
  ZIETZM,
} from './labelSources.ts';
import { readGzipText } from './corpora.ts';
import { readDailyMedHtmlRecord } from './dailymedHtml.ts';
import { readOpenFdaRecord } from './openFda.ts';
import { readSplDir } from './splDir.ts';
import type { BrandLookup } from './titleIngredients.ts';

export interface EmbeddedReport {
  /** Labels read per source id. */
  docs: Record<string, number>;
  /** Records left out because no active ingredient could be worked out, per source id (titles or ids). */
  unresolved: Record<string, string[]>;
}

function labelsDir(dataDir: string, id: string): string {
  return join(dataDir, 'sources', 'labels', id);
}

/** As readEmbeddedLabels, with counts and the records that could not be tied to an ingredient. */
export function readEmbeddedLabelsWithReport(
  dataDir: string,
  lookup: BrandLookup,
): { docs: LabelDoc[]; report: EmbeddedReport } {
  const report: EmbeddedReport = { docs: {}, unresolved: {} };
  const all: LabelDoc[] = [];
  const add = (id: string, result: CorpusResult): void => {
    report.docs[id] = result.docs.length;
    report.unresolved[id] = result.unresolved;
    all.push(...result.docs);
  };
  const resolvedOnly = (docs: LabelDoc[]): CorpusResult => ({
    docs: docs.filter((d) => d.ingredients.length > 0 && d.sections.length > 0),
    unresolved: docs.filter((d) => d.ingredients.length === 0).map((d) => d.title || d.setId),
  });
  add(DAILYMED_XML.id, resolvedOnly(readSplDir(labelsDir(dataDir, DAILYMED_XML.id), DAILYMED_XML.id)));
  add(OPENFDA_SPL_EXTRA.id, resolvedOnly(readSplDir(labelsDir(dataDir, OPENFDA_SPL_EXTRA.id), OPENFDA_SPL_EXTRA.id)));
  add(
    OPENFDA_SPL_SAMPLES.id,
    resolvedOnly(readSplDir(labelsDir(dataDir, OPENFDA_SPL_SAMPLES.id), OPENFDA_SPL_SAMPLES.id)),
  );
  const lilly = JSON.parse(
    readGzipText(join(labelsDir(dataDir, DAILYMED_HTML_LILLY.id), 'Labels.json.gz')),
  ) as unknown[];
  add(DAILYMED_HTML_LILLY.id, resolvedOnly(lilly.map((r) => readDailyMedHtmlRecord(r, DAILYMED_HTML_LILLY.id))));
  const medguard = readJsonLines(join(labelsDir(dataDir, OPENFDA_MEDGUARD.id), 'openfda-medguard.jsonl.gz'));
  add(OPENFDA_MEDGUARD.id, resolvedOnly(medguard.map((record) => readOpenFdaRecord(record, OPENFDA_MEDGUARD.id))));
  add(TAC2017.id, readTac(labelsDir(dataDir, TAC2017.id), TAC2017.id, lookup));
  add(ZIETZM.id, readZietzm(labelsDir(dataDir, ZIETZM.id), ZIETZM.id, lookup));
  add(NLM_DDI_CORPUS.id, readNlmCorpus(labelsDir(dataDir, NLM_DDI_CORPUS.id), NLM_DDI_CORPUS.id, lookup));
  return { docs: all, report };
}

/** All shipped label sources; unresolved records are reported on stderr so they are never lost silently. */
export function readEmbeddedLabels(dataDir: string, brandToIngredients: BrandLookup): LabelDoc[] {
  const { docs, report } = readEmbeddedLabelsWithReport(dataDir, brandToIngredients);
  for (const [id, titles] of Object.entries(report.unresolved)) {
    if (titles.length > 0)
      process.stderr.write(
        `labels: ${id}: ${titles.length} record(s) without a recognisable active ingredient were left out\n`,
      );
  }
  return docs;
}
