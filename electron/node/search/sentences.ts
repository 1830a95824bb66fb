// Label text as sentences and tokens: the answer card quotes whole sentences, and matches are
// marked with the same control characters as the full-text snippets (so text cannot forge a mark).
import { SNIPPET_CLOSE, SNIPPET_OPEN } from '../../common/snippet.ts';

export interface Token {
  word: string;
  start: number;
  end: number;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

const ASCII = /^[A-Za-z0-9]+$/;

/** Whether a character outside ASCII folds to a letter or digit a word could hold ("é", "²", "İ"; not "µ", "•"). */
export const foldsToWord = (ch: string) => /[a-z0-9]/.test(fold(ch));

const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** The tokens of a run holding characters outside ASCII: letter and digit runs, folded, split at what folding leaves. */
function foreignTokens(text: string, from: number, to: number, out: Token[]): void {
  for (const m of text.slice(from, to).matchAll(/[\p{L}\p{N}]+/gu)) {
    const start = from + m.index;
    const word = ASCII.test(m[0]) ? m[0].toLowerCase() : fold(m[0]);
    if (/^[a-z0-9]+$/.test(word)) out.push({ word, start, end: start + m[0].length });
    else for (const part of word.match(/[a-z0-9]+/g) ?? []) out.push({ word: part, start, end: start + m[0].length });
  }
}

/**
 * Words as the index's unicode61 tokenizer sees them (letters and digits, folded), with offsets. An
 * ASCII character that is not a letter or digit always separates words, so the text is cut there
 * and only a run holding other characters is read with the Unicode classes.
 */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length;) {
    let c = text.charCodeAt(i);
    if (c < 128 && !isAsciiWordChar(c)) {
      i++;
      continue;
    }
    let j = i;
    let ascii = true;
    for (; j < text.length; j++) {
      c = text.charCodeAt(j);
      if (c >= 128) ascii = false;
      else if (!isAsciiWordChar(c)) break;
    }
    if (ascii) out.push({ word: text.slice(i, j).toLowerCase(), start: i, end: j });
    else foreignTokens(text, i, j, out);
    i = j;
  }
  return out;
}

export interface Sentence {
  start: number;
  end: number;
}

// A sentence ends at . ! ? before a capital, digit, bullet or bracket, at a line break, or at a
// bullet; decimals ("2.5 mg") and abbreviations before a lower-case word ("e.g. the") do not end one.
const BOUNDARY = /(?<=[.!?])\s+(?=[A-Z0-9(•"“'[])|\s*\n+\s*|\s+(?=•)/g;

/** The sentences in text order, found as they are read (a caller may stop early). */
export function* sentences(text: string): Generator<Sentence> {
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m.index > start) yield { start, end: m.index };
    start = m.index + m[0].length;
  }
  if (start < text.length) yield { start, end: text.length };
}

// Every match of BOUNDARY is a whole run of white space (each branch ends in a greedy \s run whose
// lookahead needs a character that is not space), so whether a run ends a sentence depends only on
// the run and its two neighbours. That lets a sentence be found from one position inside it,
// without splitting the text before it.

/** Exactly the characters /\s/ matches, by code (a regular expression per character costs more). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A character after . ! ? that starts a sentence: [A-Z0-9(•"“'[]. */
function startsSentence(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 40 ||
    c === 0x2022 ||
    c === 34 ||
    c === 0x201c ||
    c === 39 ||
    c === 91
  );
}

/** Whether the white-space run text[from, to) ends a sentence. */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  if (to >= text.length) return false;
  const next = text.charCodeAt(to);
  if (next === 0x2022) return true;
  const before = from > 0 ? text.charCodeAt(from - 1) : 0;
  return (before === 46 || before === 33 || before === 63) && startsSentence(next);
}

/** The sentence holding the character at `at` (not a space): the same span `sentences` gives. */
export function sentenceAt(text: string, at: number): Sentence {
  let start = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let from = i;
    while (from > 0 && isSpace(text.charCodeAt(from - 1))) from--;
    if (endsSentence(text, from, i + 1)) {
      start = i + 1;
      break;
    }
    i = from;
  }
  let end = text.length;
  for (let i = at + 1; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let to = i + 1;
    while (to < text.length && isSpace(text.charCodeAt(to))) to++;
    if (endsSentence(text, i, to)) {
      end = i;
      break;
    }
    i = to - 1;
  }
  return { start, end };
}

const LONGEST = 320;

/**
 * A sentence with its matched tokens marked; one longer than LONGEST is cut to whole words around
 * its first match, with an ellipsis where it was cut (never mid-word).
 */
export function markedSentence(text: string, sentence: Sentence, marks: Token[]): string {
  const { start, end } = sentence;
  if (end - start > LONGEST) {
    const first = marks[0]?.start ?? start;
    let from = Math.max(start, first - LONGEST / 3);
    let to = Math.min(end, from + LONGEST);
    if (from > start) from = text.indexOf(' ', from) + 1 || from;
    if (to < end) to = Math.max(text.lastIndexOf(' ', to), from + 1);
    const inner = markRange(text, from, to, marks).trim();
    return `${from > start ? '…' : ''}${inner}${to < end ? '…' : ''}`;
  }
  return markRange(text, start, end, marks).trim().replace(/\s+/g, ' ');
}

function markRange(text: string, from: number, to: number, marks: Token[]): string {
  let out = '';
  let at = from;
  for (const m of marks) {
    if (m.start < at || m.end > to) continue;
    out += text.slice(at, m.start) + SNIPPET_OPEN + text.slice(m.start, m.end) + SNIPPET_CLOSE;
    at = m.end;
  }
  return (out + text.slice(at, to)).replace(/\s+/g, ' ');
}
