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
  /** The label's Highlights for this section (its key points), where the label has them. */
  summary?: string;
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
  /** The company that put the label out (labeler, manufacturer or repackager), where the source says. */
  manufacturer?: string;
  /**
   * True for a repackager's or relabeler's label (the SPL names a source NDC, openFDA has an original packager's
   * NDC), false for the original packager's (the application holder or its manufacturer), unset where the source
   * does not say.
   */
  repackaged?: boolean;
  /** Routes the source gives for the product ("ORAL", "INTRAVENOUS"). */
  routes?: string[];
  /**
   * True when the source carries a boxed warning wherever its label has one (a whole SPL, an openFDA
   * record, the TAC corpus), so a missing boxed warning means the label has none.
   */
  boxedStated?: boolean;
}
