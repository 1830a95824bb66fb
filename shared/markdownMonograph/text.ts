// Plain-text helpers shared by the tokenizer and the list readers.

const ESCAPE = '\uE000';

/** Markdown inline syntax → readable text: emphasis, code, links, images and tags removed. */
export function stripInline(markdown: string): string {
  let s = markdown.replace(
    /\\([\\`*_{}[\]()#+\-.!>~|])/g,
    (_, ch: string) => ESCAPE + ch.charCodeAt(0).toString(16) + ';',
  );
  s = s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/~~(?=\S)(.*?\S)~~/g, '$1');
  // Strongest first so "***x***" loses all its stars.
  for (const re of [/(\*\*\*|___)(?=\S)(.*?\S)\1/g, /(\*\*|__)(?=\S)(.*?\S)\1/g, /(\*)(?=\S)(.*?\S)\*/g])
    s = s.replace(re, '$2');
  // Underscores only at word edges: "pre_op" and snake_case stay as written.
  s = s.replace(/(^|[^\w])_(?=\S)(.*?\S)_(?!\w)/g, '$1$2');
  s = s.replace(new RegExp(`${ESCAPE}([0-9a-f]+);`, 'g'), (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s.replace(/\s+/g, ' ').trim();
}

/** Comparable form of a heading or label: "BEFORE USING:" and "Before using" both → "before using". */
export function normKey(text: string): string {
  return stripInline(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * A short line without sentence punctuation reads as a list entry ("Tablet", "Unusual bruising"),
 * which is how writers who skip bullets put one item per line.
 */
export function isListLike(text: string): boolean {
  return text.length > 0 && text.length <= 80 && !/[.!?:;]$/.test(text) && text.split(/\s+/).length <= 8;
}

// Em dash, en dash, a spaced hyphen or a double hyphen separate an item from its note. A bare
// hyphen does not ("Glucose-6-phosphate"), nor a colon ("Note: …" is prose, not a condition).
const NOTE_SEPARATOR = /\s*[\u2014\u2013]\s*|\s+-\s+|\s*--\s*/;

export function splitNote(text: string): { name: string; note: string | null } {
  const match = NOTE_SEPARATOR.exec(text);
  if (!match || match.index === 0) return { name: cleanName(text), note: null };
  const note = text.slice(match.index + match[0].length).trim();
  return { name: cleanName(text.slice(0, match.index)), note: note || null };
}

/** An item as a name: trailing punctuation and the "or"/"and" that join grouped items removed. */
export function cleanName(text: string): string {
  return text
    .replace(/[\s,;:.]+$/, '')
    .replace(/,?\s+(or|and)$/i, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();
}
