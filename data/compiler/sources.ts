// Provenance of the non-label sources; label sources are declared beside their readers.

import type { SourceInfo } from '../../shared/pack/content.ts';

export const DRUGSATFDA: SourceInfo = {
  id: 'drugsatfda-2019',
  name: 'Drugs@FDA data files (2019-07-02 snapshot)',
  origin: 'US FDA, via github.com/FDA/openfda (openfda/drugsfda/tests/drugsatfda.zip) @ 2c152208',
  licence: 'US public domain (FDA work); repository CC0 1.0',
  attribution: 'Drugs@FDA, U.S. Food and Drug Administration.',
  retrieved: '2019-07-02',
  kind: 'vocabulary',
};

export const DRUGSATFDA_2022: SourceInfo = {
  id: 'drugsatfda-2022',
  name: 'Drugs@FDA data files (April 2022 snapshot)',
  origin: 'US FDA Drugs@FDA download, via github.com/SteveHQiu/BeersCriteria @ 6e3939ed (data/)',
  licence: 'US public domain (FDA work)',
  attribution: 'Drugs@FDA, U.S. Food and Drug Administration.',
  retrieved: '2022-04-15',
  kind: 'vocabulary',
};

export const PURPLE_BOOK: SourceInfo = {
  id: 'fda-purplebook-2025-03',
  name: 'FDA Purple Book: licensed biological products (March 2025 data download)',
  origin:
    'purplebooksearch.fda.gov monthly data download, via github.com/shaileshb2024/fda-biologics-prediction @ 17a8503b',
  licence: 'US public domain (FDA work)',
  attribution: 'Purple Book: Database of Licensed Biological Products, U.S. Food and Drug Administration.',
  retrieved: '2025-03-14',
  kind: 'vocabulary',
};

export const CDC_CVX: SourceInfo = {
  id: 'cdc-cvx-2025-10',
  name: 'CDC CVX vaccine code set (2025-10-31)',
  origin: 'CDC/NCIRD IIS standards (CVX), via github.com/biopragmatics/obo-db-ingest @ 0eb8ed32 (export/cvx)',
  licence: 'US public domain (CDC work)',
  attribution: 'CVX – Vaccines Administered, Centers for Disease Control and Prevention (CDC/NCIRD).',
  retrieved: '2025-10-31',
  kind: 'vocabulary',
};

export const DRUGCENTRAL: SourceInfo = {
  id: 'drugcentral-2016',
  name: 'DrugCentral pharmacologic classes and identifiers (2016 export)',
  origin: 'github.com/olegursu/drugtarget @ 64630f7c (DrugCentral team export, 2016-11-16)',
  licence: 'CC BY 4.0',
  attribution:
    'Pharmacologic classes from DrugCentral (Ursu O. et al., DrugCentral: online drug compendium. Nucleic Acids Res. 2017;45:D932-D939), licensed CC BY 4.0. FDA EPC/MoA/PE class names originate from FDA SPL indexing; MeSH from NLM.',
  retrieved: '2016-11-16',
  kind: 'classes',
};

export const NDFRT: SourceInfo = {
  id: 'ndfrt-2014',
  name: 'VA NDF-RT drug–drug interactions (2014-07-07)',
  origin: 'US Department of Veterans Affairs NDF-RT, via github.com/dbmi-pitt/public-PDDI-analysis @ 8199ee66',
  licence: 'US public domain (federal work)',
  attribution: 'National Drug File – Reference Terminology (NDF-RT), U.S. Department of Veterans Affairs.',
  retrieved: '2014-07-07',
  kind: 'interactions',
};

export const ONC_HIGH: SourceInfo = {
  id: 'onc-high-priority-2012',
  name: 'ONC high-priority drug–drug interactions (Phansalkar 2012)',
  origin:
    'Phansalkar S et al. J Am Med Inform Assoc 2012;19:735-43; class-member table via github.com/dbmi-pitt/public-PDDI-analysis @ 8199ee66',
  licence: 'Factual list (not copyrightable); cited',
  attribution:
    'Phansalkar S, et al. Drug-drug interactions that should be non-interruptive / high-priority in order to reduce alert fatigue. JAMIA 2012;19:735-43.',
  retrieved: '2017-10-02',
  kind: 'interactions',
};

export const ONC_NON_INTERRUPTIVE: SourceInfo = {
  id: 'onc-non-interruptive-2013',
  name: 'ONC non-interruptive drug–drug interactions (Phansalkar 2013)',
  origin:
    'Phansalkar S et al. J Am Med Inform Assoc 2013;20:489-93; class-member table via github.com/dbmi-pitt/public-PDDI-analysis @ 8199ee66',
  licence: 'Factual list (not copyrightable); cited',
  attribution:
    'Phansalkar S, et al. Drug-drug interactions that should be non-interruptive in order to reduce alert fatigue in electronic health records. JAMIA 2013;20:489-93.',
  retrieved: '2017-10-02',
  kind: 'interactions',
};

export const KNOWLEDGE_BASE: SourceInfo = {
  id: 'wardbook-kb',
  name: 'Wardbook interaction knowledge base',
  origin: 'data/kb/ in the Wardbook repository (authored by the Wardbook team; each rule cites its references)',
  licence: 'CC0 1.0',
  attribution: 'Wardbook knowledge base; facts cited per rule (FDA labels, FDA DDI table, published scales and lists).',
  retrieved: '2026-11-24',
  kind: 'knowledge-base',
};

export function localSource(dir: string, retrieved: string): SourceInfo {
  return {
    id: 'local',
    name: 'Local hospital monographs',
    origin: `Markdown monographs imported from ${dir}`,
    licence: 'Local content of the hospital that built this pack',
    attribution: 'Written by this hospital; not reviewed by the Wardbook team.',
    retrieved,
    kind: 'local',
  };
}

// The clinical wording the question search expands (data/kb/search-synonyms.json) was reviewed from
// these two lists, kept in data/sources/clinical-synonyms/; each search_term row names the one its
// reason cites first.
export const MESH_2024: SourceInfo = {
  id: 'mesh-2024',
  name: 'Medical Subject Headings (MeSH) 2024: descriptors and entry terms',
  origin:
    'U.S. National Library of Medicine, MeSH 2024 (desc2024), via github.com/jaytimm/mesh-resources @ 1937b5da (data_mesh_thesaurus.rds, data_mesh_trees.rds)',
  licence: 'NLM MeSH terms and conditions: free use with attribution and the edition stated',
  attribution:
    'Medical Subject Headings (MeSH®), 2024 edition, courtesy of the U.S. National Library of Medicine. MeSH 2024 is not the current edition; entry terms were filtered to clinical branches and reviewed into Wardbook search synonyms (see data/sources/clinical-synonyms/SOURCE.md). NLM does not endorse Wardbook.',
  retrieved: '2023-12-27',
  kind: 'vocabulary',
};

export const META_INVENTORY: SourceInfo = {
  id: 'meta-inventory-2021',
  name: 'Medical Abbreviation and Acronym Meta-Inventory: clinical abbreviation senses',
  origin:
    'github.com/lisavirginia/clinical-abbreviations @ c2530a65 (source inventories Vanderbilt 2013, Stetson 2002, Columbia 2018)',
  licence: 'CC BY 4.0',
  attribution:
    'Clinical abbreviation senses from the Medical Abbreviation and Acronym Meta-Inventory (Grossman Liu L. et al., Sci Data 2021;8:149; github.com/lisavirginia/clinical-abbreviations), source inventories Vanderbilt, Stetson and Columbia, licensed CC BY 4.0 (creativecommons.org/licenses/by/4.0/); filtered and reviewed into Wardbook search synonyms.',
  retrieved: '2021-02-26',
  kind: 'vocabulary',
};
