// openFDA and corpus texts are one run-on line per section; these restore enough structure to read.
import { renderNode, TextBuilder } from './markupText.ts';
import { descendants, isElement, parseXml, type XmlElement, type XmlNode } from './xml.ts';

/** Paragraph breaks before numbered subsection headings ("… ( 7 ) 7.1 General Information") and bullets. */
export function paragraphise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([.)\]:;]) (\d{1,2}\.\d{1,2} )(?=[A-Z])/g, '$1\n\n$2')
    .replace(/ [•●▪] /g, '\n• ')
    .trim();
}

const SPACE = /\s/;

function compactText(node: XmlNode): string {
  if (typeof node === 'string') return node.replace(/\s+/g, '');
  if (!isElement(node)) return '';
  return node.children.map(compactText).join('');
}

function spliceTable(text: string, table: XmlElement): string {
  const out = new TextBuilder();
  renderNode(table, out);
  const readable = out.toString();
  if (!readable) return text;
  const needle = compactText(table);
  // Compact copy of the text with a map back to original offsets, so spacing differences do not matter.
  const positions: number[] = [];
  const compact: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!SPACE.test(ch)) {
      compact.push(ch);
      positions.push(i);
    }
  }
  const at = needle.length >= 20 ? compact.join('').indexOf(needle) : -1;
  if (at < 0) return `${text}\n\n${readable}`;
  const start = positions[at]!;
  const end = positions[at + needle.length - 1]! + 1;
  return `${text.slice(0, start).trimEnd()}\n\n${readable}\n\n${text.slice(end).trimStart()}`.trim();
}

/**
 * openFDA repeats each table's cells, run together, inside the section text and gives the tables' HTML
 * separately: put each readable table where its run-on copy stands, or after the text when it cannot be found.
 */
export function spliceTables(text: string, tablesHtml: string): string {
  let result = text;
  for (const table of descendants(parseXml(tablesHtml), 'table')) result = spliceTable(result, table);
  return result;
}
