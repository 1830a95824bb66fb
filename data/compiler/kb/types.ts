// The shape of the knowledge base's special files (data/kb/FORMAT.md); domain files are in domainFile.ts.
export interface PatientFactorEntry {
  id: string;
  label: string;
  synonyms: string[];
}
export interface Citation {
  id: string;
  title: string;
  url?: string;
  year?: number | string;
}
export interface Synonyms {
  abbreviations?: Record<string, string>;
  synonyms?: Record<string, string>;
}
export interface TallmanEntry {
  names: string[];
  list: string;
}
