// SPL narrative markup (and the HTML openFDA keeps for tables) → the plain text a monograph shows:
// paragraphs separated by blank lines, list items as "• " lines, table rows as " | "-joined cells.
import { isElement, type XmlElement, type XmlNode } from './xml.ts';

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

  toString(): string {
    this.markerOnly = false;
    this.lineBreak(1);
    return this.pieces.join('');
  }
}

function renderTable(table: XmlElement, out: TextBuilder, depth: number): void {
  out.lineBreak(2);
  const walkRows = (element: XmlElement): void => {
    for (const child of element.children) {
      if (!isElement(child) || SKIPPED.has(child.name)) continue;
      if (child.name === 'caption') {
        const caption = new TextBuilder();
        renderChildren(child, caption, depth);
        out.text(caption.toString().replace(/\s*\n+\s*/g, ' '));
        out.lineBreak(1);
      } else if (child.name === 'tr') {
        const cells: string[] = [];
        for (const cell of child.children) {
          if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
          const inner = new TextBuilder();
          renderChildren(cell, inner, depth);
          cells.push(
            inner
              .toString()
              .replace(/\s*\n+\s*/g, ' ')
              .trim(),
          );
        }
        if (cells.some((c) => c)) {
          out.text(cells.join(' | ').trim());
          out.lineBreak(1);
        }
      } else {
        walkRows(child);
      }
    }
  };
  walkRows(table);
  out.lineBreak(2);
}

export function renderNode(node: XmlNode, out: TextBuilder, depth = 0): void {
  if (typeof node === 'string') {
    out.text(node);
    return;
  }
  const name = node.name;
  if (SKIPPED.has(name)) return;
  if (name === 'br') {
    out.lineBreak(1);
  } else if (name === 'table') {
    renderTable(node, out, depth);
  } else if (LISTS.has(name)) {
    out.lineBreak(depth === 0 ? 2 : 1);
    for (const child of node.children) {
      if (isElement(child) && ITEMS.has(child.name)) {
        out.marker(`${'  '.repeat(depth)}• `);
        renderChildren(child, out, depth + 1);
        out.lineBreak(1);
      } else if (isElement(child) && child.name !== 'caption') {
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

export function renderChildren(element: XmlElement, out: TextBuilder, depth = 0): void {
  for (const child of element.children) renderNode(child, out, depth);
}
