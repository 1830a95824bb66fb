// Label text as a nurse should read it: no section-number cross-references, no revision stamps or
// repackager addresses, no text printed twice, and the Highlights copy moved out of the full text into
// the section's key points.
import type { SectionKey } from '../../../electron/common/sections.ts';
import { TABLE_MARK, tableParagraph, type SectionTable } from '../../../electron/common/sectionTable.ts';
import type { LabelSection } from '../model.ts';

const NUMBER = String.raw`\d{1,2}(?:\.\d{1,2}){0,2}`;
const NUMBERS = String.raw`${NUMBER}(?:\s*(?:,|and|&|-|–)\s*${NUMBER})*`;

// "[see Warnings and Precautions (5.1)]", "[ see Clinical Studies ( 14 ) ]", "(see Use in Specific Populations (8.6))",
// "[see Contraindications (4) and Drug Interactions (7)]".
const SEE_REFERENCE = new RegExp(
  String.raw`[[(]\s*(see(?:\s+also)?)\s+([^\[\]()]{3,120}?)\s*\(\s*${NUMBERS}\s*\)\s*(?:(?:,|;|and)\s*[^\[\]()]{3,80}?\s*\(\s*${NUMBERS}\s*\)\s*)*[\])]`,
  'gi',
);
const NUMBER_IN_REFERENCE = new RegExp(String.raw`\s*\(\s*${NUMBERS}\s*\)`, 'g');
// "( 5.2 )", "(5.1, 5.3)", "( 2.1 , 2.5 )": a bare section-number reference.
const BARE_REFERENCE = new RegExp(
  String.raw`\s?\(\s*(?:\d{1,2}(?:\.\d{1,2}){1,2}|${NUMBER}(?=\s+\)))(?:\s*[,;]\s*${NUMBER})*\s*\)`,
  'g',
);
const BARE_SPACED = new RegExp(String.raw`\s?\(\s+${NUMBERS}\s+\)`, 'g');
const REVISED = /(^|\n|\s)(?:Revised|Rev\.|Issued):?\s*\d{1,2}\/\d{2,4}\b\.?/gi;
// A manufacturer's, distributor's or repackager's address line, from its cue to the end of the line.
const ADDRESS_CUE =
  /(?:^|\n|(?<=[.)]\s))\s*(?:(?:Re)?packaged|Relabeled|Manufactured|Distributed|Marketed|Mfd\.?|Dist\.?|Made in|Product of)\s*(?:for|by|in)?\s*:?[^\n]*$/gim;
const ZIP =
  /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b\d{5}(?:-\d{4})?\s*(?:USA|U\.S\.A\.)|\b(?:India|USA|Israel|Canada|Germany)\b/;

/** "See full prescribing information for complete boxed warning": the Highlights version of a boxed warning. */
const HIGHLIGHTS_BOXED = /\(?\s*see full prescribing information for (?:the )?complete boxed warning\.?\s*\)?/i;

export function removeCrossReferences(text: string): string {
  return text
    .replace(SEE_REFERENCE, (m: string, see: string) => {
      const what = m.slice(1, -1).trim().slice(see.length).replace(NUMBER_IN_REFERENCE, '').trim();
      return `(${see.toLowerCase()} ${what})`;
    })
    .replace(BARE_SPACED, '')
    .replace(BARE_REFERENCE, '')
    .replace(/ +([.,;:])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .replace(/[ \t]{2,}/g, ' ');
}

function removeStampsAndAddresses(text: string): string {
  return text
    .replace(REVISED, '$1')
    .replace(ADDRESS_CUE, (line) => (ZIP.test(line) || line.length < 160 ? '' : line))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** openFDA sometimes gives a section twice over, one copy after the other. */
function undouble(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length < 80) return text;
  for (let cut = Math.floor(flat.length / 2) - 2; cut <= Math.ceil(flat.length / 2) + 2; cut++) {
    const first = flat.slice(0, cut).trim();
    if (first.length > 0 && flat.slice(cut).trim() === first) {
      // Keep the first copy with its own line breaks.
      let seen = 0;
      for (let i = 0; i < text.length; i++) {
        if (!/\s/.test(text[i]!)) seen++;
        if (seen === first.replace(/\s/g, '').length) return text.slice(0, i + 1).trim();
      }
    }
  }
  return text;
}

const SECTION_NUMBER: Partial<Record<SectionKey, string>> = {
  indications: '1',
  dosage_administration: '2',
  dosage_forms: '3',
  contraindications: '4',
  warnings_precautions: '5',
  adverse_reactions: '6',
  drug_interactions: '7',
};

/**
 * A PLR section whose text opens with the Highlights bullets ("Heart failure: … ( 5.2 )") before its
 * first numbered subsection ("5.1 Ischemic Heart Disease"): the bullets are the key points.
 */
function splitLeadingHighlights(text: string, key: SectionKey): { text: string; summary: string } {
  const n = SECTION_NUMBER[key];
  if (!n) return { text, summary: '' };
  const first = new RegExp(String.raw`(?:^|\n|\s)${n}\.1\s+[A-Z]`).exec(text);
  if (!first || first.index === 0) return { text, summary: '' };
  const head = text.slice(0, first.index);
  // Key points are prose: a Highlights table stays where it is, as a table (the full text may not repeat it).
  if (head.includes(TABLE_MARK)) return { text, summary: '' };
  const refs = head.match(new RegExp(String.raw`\(\s*${n}\.\d{1,2}`, 'g'))?.length ?? 0;
  if (refs < 2 || head.length > text.length * 0.4) return { text, summary: '' };
  // Keep the section's own heading line ("5 WARNINGS AND PRECAUTIONS") out of the key points.
  const summary = head.replace(new RegExp(String.raw`^\s*${n}\s+[A-Z][A-Z &,/-]+(?=\s)`), '').trim();
  return { text: text.slice(first.index).trim(), summary };
}

/** A boxed warning given twice: the full text and its Highlights version ("See full prescribing information…"). */
function splitBoxedHighlights(text: string): { text: string; summary: string } {
  const marker = HIGHLIGHTS_BOXED.exec(text);
  if (!marker) return { text, summary: '' };
  // The Highlights copy starts at the "WARNING: …" title line just before the marker.
  const before = text.slice(0, marker.index);
  const titleAt = before.search(/(?:^|\n)\s*WARNING[^\n]*\s*$/);
  const start = titleAt >= 0 ? titleAt : marker.index;
  const full = text.slice(0, start).trim();
  const highlights = text.slice(start).replace(HIGHLIGHTS_BOXED, '').trim();
  if (full.length > 80) return { text: full, summary: highlights };
  // Highlights first, then the full text (it starts again at its own WARNING title).
  const rest = text.slice(marker.index + marker[0].length);
  const again = rest.search(/\n\s*WARNING/);
  if (again > 0) return { text: rest.slice(again).trim(), summary: rest.slice(0, again).trim() };
  return { text: text.replace(HIGHLIGHTS_BOXED, '').trim(), summary: '' };
}

export function cleanLabelText(text: string): string {
  return removeStampsAndAddresses(removeCrossReferences(undouble(text)));
}

// While prose is cleaned, each table paragraph stands aside as one placeholder line: line-based rules
// (addresses, stamps) never cut a row out of it, and the tables left afterwards are the ones still in the text.
const PLACEHOLDER = new RegExp(`${TABLE_MARK}(\\d+)${TABLE_MARK}`, 'g');

function setTablesAside(text: string, tables: readonly SectionTable[]): string {
  let out = text;
  tables.forEach((table, i) => {
    out = out.replace(tableParagraph(table), `${TABLE_MARK}${i}${TABLE_MARK}`);
  });
  return out;
}

/** A table's caption and cells cleaned of cross-references like the prose around it. */
function cleanTable(table: SectionTable): SectionTable {
  return {
    caption: removeCrossReferences(table.caption).trim(),
    rows: table.rows.map((row) => row.map((cell) => ({ ...cell, text: removeCrossReferences(cell.text).trim() }))),
  };
}

function bringTablesBack(text: string, tables: readonly SectionTable[]): { text: string; tables: SectionTable[] } {
  const kept: SectionTable[] = [];
  const restored = text.replace(PLACEHOLDER, (_m, i: string) => {
    const table = tables[Number(i)]!;
    kept.push(table);
    return tableParagraph(table);
  });
  return { text: restored, tables: kept };
}

/**
 * A section ready for the pack: clean text, its tables kept with it, and key points taken from its
 * Highlights where the label has them (key points are prose: a table there stays in the full text only).
 */
export function cleanSection(section: LabelSection): LabelSection {
  let text = setTablesAside(section.text, section.tables ?? []);
  const tables = (section.tables ?? []).map(cleanTable);
  let summary = section.summary ?? '';
  const split =
    section.key === 'boxed_warning' ? splitBoxedHighlights(text) : splitLeadingHighlights(text, section.key);
  if (split.summary) {
    text = split.text;
    summary = summary || split.summary;
  }
  const cleanSummary = summary ? cleanLabelText(summary.replace(PLACEHOLDER, '')) : '';
  const cleaned = bringTablesBack(cleanLabelText(text), tables);
  const fallback = bringTablesBack(text.trim(), tables);
  const body = cleaned.text ? cleaned : fallback;
  return {
    key: section.key,
    title: section.title.replace(/\s+SECTION$/i, ''),
    text: body.text,
    ...(body.tables.length > 0 ? { tables: body.tables } : {}),
    // Key points only help where the full text is much longer than them.
    ...(cleanSummary && cleanSummary.length < body.text.length * 0.6 ? { summary: cleanSummary } : {}),
  };
}
