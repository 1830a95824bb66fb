// openFDA and corpus texts are one run-on line per section; these restore enough structure to read.
import { TABLE_MARK, type SectionTable } from '../../../electron/common/sectionTable.ts';
import { parseHtmlFragment } from './labelHtml.ts';
import { renderNode, TextBuilder } from './markupText.ts';
import { isElement, type MarkupElement, type MarkupNode } from './markupTree.ts';

/** Paragraph breaks before numbered subsection headings ("… ( 7 ) 7.1 General Information") and bullets. */
export function paragraphise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([.)\]:;]) (\d{1,2}\.\d{1,2} )(?=[A-Z])/g, '$1\n\n$2')
    .replace(/ [•●▪] /g, '\n• ')
    .trim();
}

const SPACE = /\s/;

function compactText(node: MarkupNode): string {
  if (typeof node === 'string') return node.replace(/\s+/g, '');
  return node.children.map(compactText).join('');
}

function tablesIn(element: MarkupElement, out: MarkupElement[] = []): MarkupElement[] {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.name === 'table') out.push(child);
    else tablesIn(child, out);
  }
  return out;
}

function spliceTable(text: string, paragraph: string, element: MarkupElement): string {
  const needle = compactText(element);
  // Compact copy of the text with a map back to original offsets, so spacing differences do not matter.
  // Tables already placed are not run-on text: a later table must not land inside one.
  const positions: number[] = [];
  const compact: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === TABLE_MARK) {
      const end = text.indexOf('\n\n', i);
      i = end < 0 ? text.length : end;
    } else if (!SPACE.test(ch)) {
      compact.push(ch);
      positions.push(i);
    }
  }
  const at = needle.length >= 20 ? compact.join('').indexOf(needle) : -1;
  if (at < 0) return `${text}\n\n${paragraph}`;
  const start = positions[at]!;
  const end = positions[at + needle.length - 1]! + 1;
  return `${text.slice(0, start).trimEnd()}\n\n${paragraph}\n\n${text.slice(end).trimStart()}`.trim();
}

/**
 * openFDA repeats each table's cells, run together, inside the section text and gives the tables' HTML
 * separately: each table takes the place of its run-on copy, or follows the text when that cannot be found.
 * Returns the text and its tables in the order their paragraphs stand in it.
 */
export function spliceTables(text: string, tablesHtml: readonly string[]): { text: string; tables: SectionTable[] } {
  let result = text;
  const placed: { paragraph: string; table: SectionTable }[] = [];
  for (const element of tablesHtml.flatMap((html) => tablesIn(parseHtmlFragment(html)))) {
    const out = new TextBuilder();
    renderNode(element, out);
    const [table] = out.tables;
    const paragraph = out.toString();
    if (!table || !paragraph.startsWith(TABLE_MARK)) {
      // A table without cell text (a caption alone) reads as the text it has.
      if (paragraph) result = spliceTable(result, paragraph, element);
      continue;
    }
    // openFDA sometimes repeats a table in the same field: it is shown once.
    if (placed.some((p) => p.paragraph === paragraph)) continue;
    result = spliceTable(result, paragraph, element);
    placed.push({ paragraph, table });
  }
  const order = (p: { paragraph: string }): number => result.indexOf(p.paragraph);
  return { text: result, tables: placed.sort((a, b) => order(a) - order(b)).map((p) => p.table) };
}
