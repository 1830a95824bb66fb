// What every source reader hands to the pack writer: plain records, no SQL.
import type { SectionKey } from '../../electron/common/sections.ts';
import type { SectionTable } from '../../electron/common/sectionTable.ts';

export interface LabelSection {
  key: SectionKey;
  /** Heading as the label printed it ("5 WARNINGS AND PRECAUTIONS"). */
  title: string;
  /** Plain text: markup stripped, paragraphs separated by blank lines, each table as one marked paragraph. */
  text: string;
  /** The tables whose paragraphs stand in `text`, in order (electron/common/sectionTable.ts). */
  tables?: SectionTable[];
}

export interface LabelDoc {
  sourceId: string;
  /** DailyMed set id where known, else a stable id of the source's own record. */
  setId: string;
  /** YYYY-MM-DD, or '' when the source does not date its labels. */
  versionDate: string;
  title: string;
  /** Active ingredients as the label names them (raw, not normalised). */
  ingredients: string[];
  brandNames: string[];
  productType: 'rx' | 'otc' | 'unknown';
  sections: LabelSection[];
}
