// A small forgiving XML/XHTML reader: SPL documents and openFDA's HTML table fragments are
// well-formed enough for a tokenizer, and no XML package is part of the build.
import { decodeEntities } from './entities.ts';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

// HTML fragments in openFDA records sometimes omit the self-closing slash on these.
const VOID_ELEMENTS = new Set(['br', 'col', 'img', 'hr', 'meta', 'input', 'wbr', 'area', 'base', 'link']);

const TOKEN =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<\/\s*([^\s>]+)\s*>|<([^\s/>!?]+)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Element names lose their namespace prefix: SPL puts everything in urn:hl7-org:v3. */
function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return (colon >= 0 ? qualified.slice(colon + 1) : qualified).toLowerCase();
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) {
    attrs[localName(m[1]!)] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Parses a document or fragment into a synthetic root element; never throws on sloppy markup. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  TOKEN.lastIndex = 0;
  for (const m of source.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    const token = m[0];
    if (m[1] !== undefined) {
      top.children.push(m[1]);
    } else if (m[2] !== undefined) {
      const name = localName(m[2]);
      // Close back to the matching open element; a stray close tag is ignored.
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.name === name) {
          stack.length = i;
          break;
        }
      }
    } else if (m[3] !== undefined) {
      const element: XmlElement = { name: localName(m[3]), attrs: parseAttrs(m[4] ?? ''), children: [] };
      top.children.push(element);
      if (m[5] !== '/' && !VOID_ELEMENTS.has(element.name)) stack.push(element);
    } else if (token === '<') {
      top.children.push('<');
    } else if (token[0] !== '<') {
      top.children.push(decodeEntities(token));
    }
  }
  return root;
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object';
}

export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children)
    if (isElement(child) && (name === undefined || child.name === name)) out.push(child);
  return out;
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) if (isElement(child) && child.name === name) return child;
  return undefined;
}

/** Follows a path of child names ("code", "manufacturedProduct/name"). */
export function pathOf(element: XmlElement | undefined, path: string): XmlElement | undefined {
  let current = element;
  for (const name of path.split('/')) current = firstChild(current, name);
  return current;
}

/** Every descendant with this name, in document order, not descending into matches. */
export function descendants(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.name === name) out.push(child);
    else descendants(child, name, out);
  }
  return out;
}

/** Raw concatenated text, whitespace collapsed. */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  const parts: string[] = [];
  const walk = (n: XmlNode): void => {
    if (typeof n === 'string') parts.push(n);
    else {
      if (n.name === 'br' || n.name === 'suffix') parts.push(' ');
      for (const c of n.children) walk(c);
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
