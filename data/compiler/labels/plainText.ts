// Label text that reached us already flattened (TAC-2017, zietzm, NLM corpus): tidy the layout and,
// where one file holds several sections, cut it at its headings.
import type { SectionKey } from '../../../electron/common/sections.ts';
import { keyForHeading, normaliseHeading } from './sectionMap.ts';

/** Headings of sections the monograph leaves out: text under them is dropped until the next heading. */
const DROPPED_HEADING =
  /^(clinical studies|references|nonclinical toxicology|carcinogenesis|animal (toxicology|pharmacology)|drug abuse and dependence|package label|principal display panel|recent major changes|highlights of prescribing information|full prescribing information|clinical trials?)/;

/** Trims lines, collapses spacing, turns "*" bullets into "• ", drops Highlights "EXCERPT:" paragraphs. */
export function normalisePlain(text: string): string {
  const kept: string[] = [];
  let inExcerpt = false;
  for (const raw of text
    .replace(/\r\n?/g, '\n')
    .replace(/<\/?(paragraph|main|content|sup|sub|linkhtml)[^>]*>/gi, '')
    .replace(/<item>/gi, '\n• ')
    .split('\n')) {
    const line = raw
      .replace(/[ \t\u00a0]+/g, ' ')
      .trim()
      .replace(/^\*\s*/, '• ');
    // A Highlights excerpt runs from its "EXCERPT:" line to the next blank line.
    if (/^EXCERPT:/i.test(line)) inExcerpt = true;
    else if (!line) inExcerpt = false;
    if (!inExcerpt && line !== '•') kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/\(\s+([\d.,\s]+?)\s+\)/g, '($1)')
    .replace(/\[\s+see\b/gi, '[see')
    .replace(/\s+\]/g, ']');
}

export interface PlainSection {
  key: SectionKey;
  title: string;
  text: string;
}

function headingKey(line: string): SectionKey | 'drop' | undefined {
  if (line.length > 90 || (/[.;]$/.test(line) && !/section\.?$/i.test(line))) return undefined;
  const key = keyForHeading(line);
  if (key) return key;
  const heading = normaliseHeading(line);
  if (DROPPED_HEADING.test(heading)) return 'drop';
  // A numbered top-level heading we do not keep ("13 NONCLINICAL TOXICOLOGY") also ends the previous section.
  if (/^\d{1,2}\s+[A-Z][A-Z ,&/-]+$/.test(line)) return 'drop';
  return undefined;
}

/** Cuts a multi-section text at lines that are section headings; text before the first heading is skipped. */
export function splitPlainSections(text: string): PlainSection[] {
  const out: PlainSection[] = [];
  let current: { key: SectionKey | 'drop'; title: string; lines: string[] } | undefined;
  const close = (): void => {
    if (current && current.key !== 'drop') {
      const body = normalisePlain(current.lines.join('\n'));
      if (body) out.push({ key: current.key, title: current.title, text: body });
    }
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    const key = line ? headingKey(line) : undefined;
    if (key) {
      close();
      current = { key, title: line.replace(/\s+SECTION$/i, '').replace(/\s+-\s+/g, ' and '), lines: [] };
    } else if (current) {
      current.lines.push(raw);
    }
  }
  close();
  return out;
}
