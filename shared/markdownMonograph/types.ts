// The shape a hospital-written monograph is read into; the pack builder consumes it as is.
import type { SectionKey } from '../../electron/common/sections.ts';
import type { SectionTable } from '../../electron/common/sectionTable.ts';

export type InteractionSeverity = 'contraindicated' | 'major' | 'moderate';
export type Urgency = 'immediate' | 'if-bothersome';
export type Frequency = 'more common' | 'less common' | 'rare' | 'incidence not known';

export interface Unplaced {
  heading: string;
  text: string;
  reason: string;
}

export interface ParsedMonograph {
  drug: { name: string; route: string | null; brands: string[] };
  dosageForms: string[];
  /** tables: the GFM tables whose marked paragraphs stand in text, in order. */
  sections: { key: SectionKey; title: string; text: string; tables?: SectionTable[] }[];
  interactions: { name: string; severity: InteractionSeverity }[];
  sideEffects: { name: string; urgency: Urgency; frequency: Frequency | null }[];
  conditions: { name: string; note: string | null }[];
  unplaced: Unplaced[];
  /** Lines of the web page around the monograph (attribution, advertisement, navigation), left out of it. */
  furniture: string[];
}

/** One Markdown line (or table) after tokenizing; text is already plain (emphasis and links read). */
export type Token =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'item'; text: string; depth: number; marker: string }
  | { kind: 'line'; text: string; emphasisOnly: boolean }
  | { kind: 'table'; table: SectionTable }
  | { kind: 'blank' };
