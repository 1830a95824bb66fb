// openFDA's HTML fragments (the *_table fields) through htmlparser2: HTML's own recovery rules for
// unclosed and void elements, and every named and numeric character reference decoded by `entities`.
import { Parser } from 'htmlparser2';
import { decodeHTMLStrict } from 'entities';
import { TreeBuilder, type MarkupElement } from './markupTree.ts';

export function parseHtmlFragment(html: string): MarkupElement {
  const tree = new TreeBuilder();
  // Beyond the depth limit elements are flattened into their ancestor: HTML has no "not well-formed".
  let tooDeep = 0;
  const parser = new Parser(
    {
      onopentag: (name, attrs) => {
        if (tooDeep > 0 || !tree.open(name, '', attrs)) tooDeep++;
      },
      onclosetag: () => {
        if (tooDeep > 0) tooDeep--;
        else tree.close();
      },
      ontext: (text) => {
        tree.text(text);
      },
    },
    // The fragments are SPL narrative serialised as XHTML: "<td/>" is an empty cell, not an open one.
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return tree.root;
}

/** Plain label text (openFDA's text fields): character references decoded, only the terminated ones. */
export function decodeReferences(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}
