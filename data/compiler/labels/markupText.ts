// SPL narrative markup (and the HTML openFDA keeps for tables) → the text a monograph shows:
// paragraphs separated by blank lines, list items as "• " lines, tables as table data (see sectionTable.ts).
import {
  TABLE_MARK,
  tableParagraph,
  type SectionTable,
  type TableCell,
} from '../../../electron/common/sectionTable.ts';
import { isElement, type MarkupElement, type MarkupNode } from './markupTree.ts';

const BLOCKS = new Set([
  'paragraph',
  'p',
  'div',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'title',
  'blockquote',
  'pre',
]);
const LISTS = new Set(['list', 'ul', 'ol', 'dl']);
const ITEMS = new Set(['item', 'li', 'dt', 'dd']);
// Pictures, the highlights excerpt (it repeats the full text) and styling carry no readable text.
const SKIPPED = new Set([
  'rendermultimedia',
  'observationmedia',
  'img',
  'excerpt',
  'col',
  'colgroup',
  'style',
  'script',
  'head',
]);

/** Accumulates lines; break requests between pieces of text become newlines only when text follows. */
export class TextBuilder {
  private readonly pieces: string[] = [];
  private line = '';
  private gap = 0;
  private markerOnly = false;
  /** The tables met so far, in the order their paragraphs stand in the text. */
  readonly tables: SectionTable[] = [];

  text(raw: string): void {
    let collapsed = raw.replace(/\s+/g, ' ');
    if (collapsed[0] === ' ' && (this.line === '' || this.line.endsWith(' '))) collapsed = collapsed.slice(1);
    if (!collapsed) return;
    if (collapsed !== ' ') this.markerOnly = false;
    this.line += collapsed;
  }

  /** Starts a list item line; the marker waits for the item's text rather than standing alone. */
  marker(prefix: string): void {
    this.lineBreak(1);
    this.line = prefix;
    this.markerOnly = true;
  }

  lineBreak(newlines: 1 | 2): void {
    if (this.markerOnly) return;
    const done = this.line.trim();
    if (done) {
      this.pieces.push(this.pieces.length > 0 ? '\n'.repeat(Math.max(this.gap, 1)) + done : done);
      this.gap = 0;
    }
    this.line = '';
    this.gap = Math.max(this.gap, newlines);
  }

  /** A table: its own paragraph in the text, its data in `tables`. */
  table(table: SectionTable): void {
    this.lineBreak(2);
    this.markerOnly = false;
    this.line = tableParagraph(table);
    this.tables.push(table);
    this.lineBreak(2);
  }

  toString(): string {
    this.markerOnly = false;
    this.lineBreak(1);
    return this.pieces.join('');
  }
}

/** A span attribute as a count: absent, malformed or absurd values mean 1. */
function span(value: string | undefined): number | undefined {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : undefined;
}

function readCell(cell: MarkupElement, inHead: boolean, depth: number): TableCell {
  const inner = new TextBuilder();
  renderChildren(cell, inner, depth);
  // A table nested in a cell is read as the cell's text.
  // Paragraphs in a cell are lines: a cell has no room for blank lines.
  const text = inner
    .toString()
    .replaceAll(TABLE_MARK, '')
    .replace(/\n{2,}/g, '\n');
  const out: TableCell = { text };
  if (inHead || cell.name.toLowerCase() === 'th') out.header = true;
  const colSpan = span(cell.attrs.colspan ?? cell.attrs.colSpan);
  const rowSpan = span(cell.attrs.rowspan ?? cell.attrs.rowSpan);
  if (colSpan) out.colSpan = colSpan;
  if (rowSpan) out.rowSpan = rowSpan;
  return out;
}

function readTable(table: MarkupElement, depth: number): SectionTable {
  const captions: string[] = [];
  const rows: TableCell[][] = [];
  const walkRows = (element: MarkupElement, inHead: boolean): void => {
    for (const child of element.children) {
      if (!isElement(child)) continue;
      const name = child.name.toLowerCase();
      if (SKIPPED.has(name)) continue;
      if (name === 'caption') {
        const caption = new TextBuilder();
        renderChildren(child, caption, depth);
        captions.push(caption.toString().replace(/\s*\n+\s*/g, ' '));
      } else if (name === 'tr') {
        const cells = child.children
          .filter((c): c is MarkupElement => isElement(c) && /^t[dh]$/i.test(c.name))
          .map((c) => readCell(c, inHead, depth));
        // A row of empty cells carries nothing, unless it holds a span the next rows rely on.
        if (cells.some((c) => c.text || c.rowSpan)) rows.push(cells);
      } else {
        walkRows(child, inHead || name === 'thead');
      }
    }
  };
  walkRows(table, false);
  return { caption: captions.filter(Boolean).join(' '), rows };
}

function renderTable(element: MarkupElement, out: TextBuilder, depth: number): void {
  const table = readTable(element, depth);
  if (table.rows.some((row) => row.some((cell) => cell.text))) out.table(table);
  else if (table.caption) {
    out.lineBreak(2);
    out.text(table.caption);
    out.lineBreak(2);
  }
}

export function renderNode(node: MarkupNode, out: TextBuilder, depth = 0): void {
  if (typeof node === 'string') {
    out.text(node);
    return;
  }
  const name = node.name.toLowerCase();
  if (SKIPPED.has(name)) return;
  if (name === 'br') {
    out.lineBreak(1);
  } else if (name === 'table') {
    renderTable(node, out, depth);
  } else if (LISTS.has(name)) {
    out.lineBreak(depth === 0 ? 2 : 1);
    for (const child of node.children) {
      if (isElement(child) && ITEMS.has(child.name.toLowerCase())) {
        out.marker(`${'  '.repeat(depth)}• `);
        renderChildren(child, out, depth + 1);
        out.lineBreak(1);
      } else if (isElement(child) && child.name.toLowerCase() !== 'caption') {
        renderNode(child, out, depth);
      } else if (isElement(child)) {
        out.lineBreak(1);
        renderChildren(child, out, depth);
        out.lineBreak(1);
      }
    }
    out.lineBreak(depth === 0 ? 2 : 1);
  } else if (BLOCKS.has(name)) {
    // Inside a list item a paragraph is a line, not a separate block.
    const gap = depth > 0 ? 1 : 2;
    out.lineBreak(gap);
    renderChildren(node, out, depth);
    out.lineBreak(gap);
  } else {
    renderChildren(node, out, depth);
  }
}

export function renderChildren(element: MarkupElement, out: TextBuilder, depth = 0): void {
  for (const child of element.children) renderNode(child, out, depth);
}
