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

/** Words as the index's unicode61 tokenizer sees them (letters and digits, folded), with offsets. */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = ASCII.test(m[0]) ? m[0].toLowerCase() : fold(m[0]);
    if (/^[a-z0-9]+$/.test(word)) out.push({ word, start: m.index, end: m.index + m[0].length });
    else
      for (const part of word.match(/[a-z0-9]+/g) ?? [])
        out.push({ word: part, start: m.index, end: m.index + m[0].length });
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

export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
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
