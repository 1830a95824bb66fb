// A label table as data, for the screen and for print: rows of cells, header cells marked, spans kept.
// In a section's text a table stands as one paragraph that opens with TABLE_MARK and holds the
// caption and the cells' words (cells separated by tabs, rows by newlines): full-text search and
// snippets still see the words, and the n-th marked paragraph is the section's n-th table.

export interface TableCell {
  text: string;
  /** A heading cell (th, or a cell of the table head). */
  header?: true;
  colSpan?: number;
  rowSpan?: number;
}

export interface SectionTable {
  caption: string;
  rows: TableCell[][];
}

export const TABLE_MARK = '\uFFFC';

/** The paragraph that stands for a table in its section's text: one line per caption and row. */
export function tableParagraph(table: SectionTable): string {
  const lines = [table.caption, ...table.rows.map((row) => row.map((cell) => cell.text).join('\t'))]
    .map((line) => line.replace(/[^\S\t]+/g, ' ').trim())
    .filter(Boolean);
  return TABLE_MARK + lines.join('\n');
}

export type SectionPart = { kind: 'text'; text: string } | { kind: 'table'; table: SectionTable };

/**
 * A section's text cut at its tables: the n-th line opening with TABLE_MARK starts the n-th table's
 * paragraph, which takes as many lines as that paragraph has (blank lines between paragraphs may have been
 * squeezed out, as print does). A mark without its table stays text, so nothing is ever lost.
 */
export function sectionParts(text: string, tables: readonly SectionTable[] | undefined): SectionPart[] {
  if (!tables || tables.length === 0 || !text.includes(TABLE_MARK)) return [{ kind: 'text', text }];
  const parts: SectionPart[] = [];
  const lines = text.split('\n');
  let pending: string[] = [];
  let next = 0;
  const flush = (): void => {
    const chunk = pending.join('\n').trim();
    if (chunk) parts.push({ kind: 'text', text: chunk });
    pending = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const table = line.startsWith(TABLE_MARK) ? tables[next] : undefined;
    if (!table) {
      pending.push(line.replaceAll(TABLE_MARK, ''));
      continue;
    }
    next++;
    flush();
    parts.push({ kind: 'table', table });
    i += tableParagraph(table).split('\n').length - 1;
  }
  flush();
  return parts;
}
