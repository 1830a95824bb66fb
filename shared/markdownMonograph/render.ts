// Tokens back to readable plain text: paragraphs separated by a blank line, bullets as "- ", each table
// as its marked paragraph (the table data goes with the section, in the same order).
import { tableParagraph } from '../../electron/common/sectionTable.ts';
import { isListLike } from './text.ts';
import type { Token } from './types.ts';

export function renderText(tokens: Token[]): string {
  const out: string[] = [];
  let previous: Token | undefined;
  const breakParagraph = (): void => {
    if (out.length > 0 && out.at(-1) !== '') out.push('');
  };
  for (const token of tokens) {
    if (token.kind === 'blank') breakParagraph();
    else if (token.kind === 'table') {
      breakParagraph();
      out.push(tableParagraph(token.table), '');
    } else if (token.kind === 'heading') {
      breakParagraph();
      out.push(token.text, '');
    } else if (token.kind === 'item') out.push(`${'  '.repeat(token.depth)}${token.marker} ${token.text}`);
    else if (previous?.kind === 'line' && wrappedAtSentenceEnd(previous.text, token.text))
      out.push(`${out.pop() ?? ''} ${token.text}`);
    else out.push(token.text);
    previous = token;
  }
  return out.join('\n').trim();
}

/**
 * Prose hard-wrapped where a sentence ends reads better as one paragraph. The tokenizer keeps such
 * lines apart (a new sentence may open a list), so only the rendered text joins them; short or
 * list-like lines stay on their own line because they are probably one-per-line items.
 */
function wrappedAtSentenceEnd(previous: string, next: string): boolean {
  return /[.!?]$/.test(previous) && previous.split(/\s+/).length > 8 && !isListLike(next);
}
