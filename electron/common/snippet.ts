// Search snippets mark their matches with two control characters, so that no label text can forge a
// highlight and the renderer never needs v-html. Every reader of a snippet goes through this module.
export const SNIPPET_OPEN = '\u0002';
export const SNIPPET_CLOSE = '\u0003';

// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose (above)
const MARKED = /(\u0002[^\u0003]*\u0003)/;

export const hasSnippetMarks = (text: string): boolean => text.includes(SNIPPET_OPEN);

/** The text cut into plain and marked runs, in order. */
export function snippetParts(text: string): { mark: boolean; text: string }[] {
  return text
    .split(MARKED)
    .map((p) => (p.startsWith(SNIPPET_OPEN) ? { mark: true, text: p.slice(1, -1) } : { mark: false, text: p }));
}

/** A snippet for a terminal: «match». */
export const snippetWithGuillemets = (text: string): string =>
  text.replaceAll(SNIPPET_OPEN, '«').replaceAll(SNIPPET_CLOSE, '»');
