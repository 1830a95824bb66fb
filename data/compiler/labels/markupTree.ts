// The element tree the label readers walk, built from a conforming parser's events (saxes for SPL XML,
// htmlparser2 for openFDA's HTML): names as the document spells them, with their namespace.
export interface MarkupElement {
  /** Local name; HTML names are lower case. */
  name: string;
  /** Namespace URI ('' for HTML and for XML outside any namespace). */
  ns: string;
  /** Attributes in no namespace, by local name. */
  attrs: Record<string, string>;
  children: MarkupNode[];
}

export type MarkupNode = MarkupElement | string;

// Far deeper than any label (an SPL nests about 30 levels); the tree walkers recurse, so a hostile
// document must stop here with a message rather than exhaust the stack.
export const MAX_DEPTH = 400;

export class TreeBuilder {
  readonly root: MarkupElement = { name: '#root', ns: '', attrs: {}, children: [] };
  private readonly stack: MarkupElement[] = [this.root];

  /** Returns false when the element would nest deeper than MAX_DEPTH (the caller reports where). */
  open(name: string, ns: string, attrs: Record<string, string>): boolean {
    if (this.stack.length > MAX_DEPTH) return false;
    const element: MarkupElement = { name, ns, attrs, children: [] };
    this.stack[this.stack.length - 1]!.children.push(element);
    this.stack.push(element);
    return true;
  }

  text(text: string): void {
    const children = this.stack[this.stack.length - 1]!.children;
    const last = children.length - 1;
    if (typeof children[last] === 'string') children[last] += text;
    else children.push(text);
  }

  close(): void {
    if (this.stack.length > 1) this.stack.pop();
  }
}

export function isElement(node: MarkupNode | undefined): node is MarkupElement {
  return typeof node === 'object';
}

/** Raw concatenated text, whitespace collapsed. */
export function textOf(node: MarkupNode | undefined): string {
  if (node === undefined) return '';
  const parts: string[] = [];
  const walk = (n: MarkupNode): void => {
    if (typeof n === 'string') parts.push(n);
    else {
      if (n.name === 'br' || n.name === 'suffix') parts.push(' ');
      for (const c of n.children) walk(c);
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
