// A consumer drug page saved as Markdown ends with the page around the monograph, not with the monograph:
// the attribution line ("Drug information provided by: …"), "Portions of this document last updated",
// copyright, advertisement labels, print/share links and site navigation. That trailing run is never
// content (it would otherwise read as the last side effects); it is returned apart, so the build can say
// what it left out.
import type { Token } from './types.ts';

// The page's own attribution or legal line: from here to the end is the page, unless a real section follows.
const ATTRIBUTION =
  /^(?:drug information (?:is )?(?:provided|supplied) by|(?:this )?(?:drug )?information (?:is )?(?:provided|supplied|licensed) by|content (?:is )?(?:provided|supplied|licensed) by|portions of this document last updated|copyright\b|\(c\)\s*\d{4}|©|all rights reserved|[\w .&-]{2,60} does not endorse)/i;

// Lines that are furniture wherever they stand in the trailing run: advertisement labels, links, navigation.
const FURNITURE =
  /^(?:advertisement|advertising(?: (?:&|and) sponsorship)?|sponsored(?: content)?|ad|reprint permissions|terms (?:of use|and conditions)|privacy(?: policy)?|cookie(?:s| policy| settings)?|back to top|print|share|email|e-mail|tweet|facebook|twitter|pinterest|linkedin|related(?: (?:articles|content|information|links|pages))?|see also|products (?:&|and) services|(?:request|make) an appointment|find a doctor|site ?map|contact us|about us|home|menu|skip to (?:main )?content|last (?:updated|reviewed)\b.*|original article:.*)[.:]?$/i;

function textOf(token: Token): string | null {
  if (token.kind === 'blank' || token.kind === 'table') return null;
  return token.text.replace(/\s+/g, ' ').trim();
}

/**
 * The tokens of the monograph and, apart, the lines of the page furniture at its end: a trailing run of
 * furniture lines, and everything from the last attribution line on when only furniture headings follow it.
 */
export function splitPageFurniture(tokens: readonly Token[]): { tokens: Token[]; furniture: string[] } {
  let end = tokens.length;
  // Trailing furniture lines (and blank lines between them).
  for (let i = tokens.length - 1; i >= 0; i--) {
    const text = textOf(tokens[i]!);
    if (text === null ? tokens[i]!.kind === 'blank' : FURNITURE.test(text) || ATTRIBUTION.test(text)) end = i;
    else break;
  }
  // An attribution line cuts the page off even before navigation lists, as long as no heading after it is content.
  for (let i = end - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const text = textOf(token);
    if (token.kind === 'heading' && text !== null && !FURNITURE.test(text)) break;
    if (text !== null && ATTRIBUTION.test(text)) end = i;
  }
  const furniture = tokens
    .slice(end)
    .map(textOf)
    .filter((t): t is string => !!t);
  return { tokens: tokens.slice(0, end), furniture };
}
