// Provenance of the label corpora shipped under data/sources/labels (details in each SOURCE.md).

import type { SourceInfo } from '../../../shared/pack/content.ts';

const FDA_TEXT = 'FDA labeling text: US public domain';

export const DAILYMED_XML: SourceInfo = {
  id: 'dailymed-spl-xml-21',
  name: 'DailyMed SPL prescribing labels (21 common drugs, 2024-11 to 2026-01)',
  origin: 'github.com/mohammed-shanid/medical-rag-phase1 @ 4c3652f2 (data/raw_labels/*.xml, unmodified DailyMed SPL)',
  licence: `${FDA_TEXT}; repository Apache-2.0`,
  attribution: 'Prescribing information from DailyMed, U.S. National Library of Medicine (FDA-approved labeling).',
  retrieved: '2026-02-25',
  kind: 'label',
};

export const OPENFDA_SPL_EXTRA: SourceInfo = {
  id: 'openfda-spl-fixtures-extra',
  name: 'FDA openFDA test-fixture SPL labels (Viagra 2017, haloperidol 2010)',
  origin: 'github.com/FDA/openfda @ 2c152208 (openfda/annotation_table and openfda/spl test data)',
  licence: `${FDA_TEXT}; repository CC0 1.0`,
  attribution: 'FDA-approved labeling as published by openFDA, U.S. Food and Drug Administration.',
  retrieved: '2026-02-18',
  kind: 'label',
};

export const OPENFDA_SPL_SAMPLES: SourceInfo = {
  id: 'openfda-spl-samples',
  name: 'FDA openFDA test-fixture SPL labels (Lipitor, Humira, an OTC cough product; pre-2015 versions)',
  origin: 'github.com/FDA/openfda @ 2c152208 (openfda/spl/tests/data/lipitor-orig.xml, humira.xml, cough.xml)',
  licence: `${FDA_TEXT}; repository CC0 1.0`,
  attribution: 'FDA-approved labeling as published by openFDA, U.S. Food and Drug Administration.',
  retrieved: '2026-02-18',
  kind: 'label',
};

export const DAILYMED_HTML_LILLY: SourceInfo = {
  id: 'dailymed-html-lilly-8',
  name: 'DailyMed prescribing information as section HTML (8 Eli Lilly labels, 2021-03 to 2025-02)',
  origin: 'github.com/devspelunk/ai-enhanced-medicine @ 17c771e1 (Labels.json, DailyMed section HTML)',
  licence: `${FDA_TEXT} (repository has no licence file)`,
  attribution: 'Prescribing information from DailyMed, U.S. National Library of Medicine (FDA-approved labeling).',
  retrieved: '2025-06-18',
  kind: 'label',
};

export const OPENFDA_MEDGUARD: SourceInfo = {
  id: 'openfda-medguard-875',
  name: 'openFDA drug label sections for 875 drugs (retrieved 2026-07)',
  origin:
    'github.com/Devarshp0511/medguard-rag @ dfa11b77 (data/raw/openfda/*.json, copies of api.fda.gov/drug/label records)',
  licence: `${FDA_TEXT}; openFDA data CC0 1.0 (repository has no licence file)`,
  attribution: 'Label sections from openFDA, U.S. Food and Drug Administration.',
  retrieved: '2026-07-15',
  kind: 'label',
};

export const TAC2017: SourceInfo = {
  id: 'tac2017-adr-200',
  name: 'NLM TAC 2017 adverse drug reaction corpus (200 labels, ~2013–2016 versions)',
  origin:
    'github.com/tatonetti-lab/onsides @ a4728641 (database/annotations/demner-fushman-*-labels.json; MedDRA annotations removed)',
  licence: `${FDA_TEXT}; repository MIT`,
  attribution:
    'Adverse reactions and warnings text from the NLM TAC 2017 ADR corpus: Demner-Fushman D. et al., A dataset of 200 structured product labels annotated for adverse drug reactions. Sci Data 5:180001 (2018); via the OnSIDES project (Tatonetti Lab).',
  retrieved: '2026-04-28',
  kind: 'label',
};

export const ZIETZM: SourceInfo = {
  id: 'ddi-sections-zietzm-1468',
  name: 'DailyMed Drug Interactions sections of 1,468 labels (~2024)',
  origin:
    'github.com/zietzm/llm-ddi-extraction @ 4c444f2f (data/gpt_annotations.csv and to_manually_annotate.csv, label text column only)',
  licence: `${FDA_TEXT} (repository has no licence file)`,
  attribution:
    'Drug interaction sections of DailyMed labels (U.S. National Library of Medicine), collected by M. Zietz (llm-ddi-extraction).',
  retrieved: '2024-07-03',
  kind: 'label',
};

export const NLM_DDI_CORPUS: SourceInfo = {
  id: 'nlm-ddi-corpus-cv-labels-2014',
  name: 'NLM DDI corpus: sections of 182 cardiovascular labels (2014)',
  origin:
    'github.com/dbmi-pitt/public-PDDI-analysis @ 8199ee66 (PDDI-Datasets/NLM-Corpus/DataSet_May_2014_Final/*.txt)',
  licence: `${FDA_TEXT}; corpus assembled by NLM (repository has no licence file)`,
  attribution:
    'Label sections from the NLM drug-drug interaction corpus (U.S. National Library of Medicine, 2014), via the dbmi-pitt public-PDDI-analysis project.',
  retrieved: '2015-05-19',
  kind: 'label',
};

export const LABEL_SOURCES: SourceInfo[] = [
  DAILYMED_XML,
  OPENFDA_SPL_EXTRA,
  OPENFDA_SPL_SAMPLES,
  DAILYMED_HTML_LILLY,
  OPENFDA_MEDGUARD,
  TAC2017,
  ZIETZM,
  NLM_DDI_CORPUS,
];
