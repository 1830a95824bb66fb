// SPL documents through a conforming, namespace-aware XML parser (saxes). A document that is not
// well-formed is refused with its file, line and column; nothing of it is imported.
import { SaxesParser } from 'saxes';
import { TreeBuilder, MAX_DEPTH, type MarkupElement } from './markupTree.ts';

export const HL7 = 'urn:hl7-org:v3';

/** The document's root element; throws "file:line:column: problem" when the XML is not well-formed. */
export function parseXmlDocument(xml: string, fileName: string): MarkupElement {
  const parser = new SaxesParser({ xmlns: true, position: true, fileName });
  const tree = new TreeBuilder();
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) if (attr.uri === '') attrs[attr.local] = attr.value;
    if (!tree.open(tag.local, tag.uri, attrs))
      throw parser.makeError(`elements nested deeper than ${MAX_DEPTH} levels`);
  });
  parser.on('closetag', () => {
    tree.close();
  });
  parser.on('text', (text) => {
    tree.text(text);
  });
  parser.on('cdata', (text) => {
    tree.text(text);
  });
  parser.write(xml).close();
  const root = tree.root.children.find((n) => typeof n === 'object');
  if (!root) throw new Error(`${fileName}: no root element`);
  return root;
}

/** Child elements in the HL7 namespace, optionally of one local name. */
export function hl7Children(element: MarkupElement | undefined, name?: string): MarkupElement[] {
  const out: MarkupElement[] = [];
  if (!element) return out;
  for (const child of element.children)
    if (typeof child === 'object' && child.ns === HL7 && (name === undefined || child.name === name)) out.push(child);
  return out;
}

export function hl7Child(element: MarkupElement | undefined, name: string): MarkupElement | undefined {
  if (!element) return undefined;
  for (const child of element.children)
    if (typeof child === 'object' && child.ns === HL7 && child.name === name) return child;
  return undefined;
}

/** Follows a path of HL7 child names ("code", "manufacturedProduct/name"). */
export function hl7Path(element: MarkupElement | undefined, path: string): MarkupElement | undefined {
  let current = element;
  for (const name of path.split('/')) current = hl7Child(current, name);
  return current;
}

/** Every HL7 descendant with this name, in document order, not descending into matches. */
export function hl7Descendants(element: MarkupElement, name: string, out: MarkupElement[] = []): MarkupElement[] {
  for (const child of element.children) {
    if (typeof child !== 'object') continue;
    if (child.ns === HL7 && child.name === name) out.push(child);
    else hl7Descendants(child, name, out);
  }
  return out;
}
