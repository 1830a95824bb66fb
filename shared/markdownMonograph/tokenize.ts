// Markdown as hospital writers actually type it → a flat list of headings, list items and lines.
// Deliberately forgiving: any line ending, tabs, odd bullets, "#Heading", closing #s, Setext.
import { stripInline } from './text.ts';
import type { Token } from './types.ts';

const ATX = /^ {0,3}(#{1,6})(?!#)\s*(.*)$/;
const BULLET = /^( *)([-*+]|\d{1,3}[.)])\s+(.*)$/;
// Pasted-from-Word bullets often lose the space after the glyph.
const GLYPH_BULLET = /^( *)([•·▪‣◦])\s*(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const EMPHASIS_ONLY = /^(\*\*|__)(?=\S)(.+?\S)\1\s*:?$/;

function normalizeSource(markdown: string): string[] {
  return markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .split('\n')
    .map((line) => {
      const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
      const rest = line.slice(lead.length).replace(/\t/g, ' ').replace(/\s+$/, '');
      return lead.replace(/\t/g, '    ') + rest;
    })
    .map((line) => line.replace(/^ {0,3}(> ?)+/, ''));
}

export function tokenize(markdown: string): Token[] {
  const tokens: Token[] = [];
  let listIndents: number[] = [];
  let blankBefore = true;
  for (const raw of normalizeSource(markdown)) {
    const previous = tokens.at(-1);
    if (!raw.trim()) {
      tokens.push({ kind: 'blank' });
      blankBefore = true;
      continue;
    }
    const setext = SETEXT.exec(raw);
    // A one-line paragraph underlined with === or --- is a heading; a lone --- is a rule.
    if (setext && previous?.kind === 'line' && !blankBefore && isSingleLineParagraph(tokens)) {
      tokens[tokens.length - 1] = { kind: 'heading', level: setext[1]?.startsWith('=') ? 1 : 2, text: previous.text };
      listIndents = [];
      continue;
    }
    if (RULE.test(raw) || (setext && setext[1]?.startsWith('='))) {
      tokens.push({ kind: 'blank' });
      blankBefore = true;
      continue;
    }
    const atx = ATX.exec(raw);
    if (atx) {
      const text = stripInline((atx[2] ?? '').replace(/\s*#+\s*$/, ''));
      tokens.push(text ? { kind: 'heading', level: atx[1]?.length ?? 1, text } : { kind: 'blank' });
      listIndents = [];
      blankBefore = true;
      continue;
    }
    const bullet = BULLET.exec(raw) ?? GLYPH_BULLET.exec(raw);
    if (bullet) {
      const indent = bullet[1]?.length ?? 0;
      const text = stripInline(bullet[3] ?? '');
      if (text) {
        tokens.push({
          kind: 'item',
          text,
          depth: nestItem(listIndents, indent),
          marker: /\d/.test(bullet[2] ?? '') ? (bullet[2] ?? '-') : '-',
        });
        blankBefore = false;
        continue;
      }
    }
    const text = stripInline(raw);
    const lastItem = lastNonBlank(tokens);
    // Indented text under a bullet continues that item (a wrapped or multi-paragraph item).
    if (lastItem?.kind === 'item' && /^ {2,}/.test(raw)) {
      lastItem.text = `${lastItem.text} ${text}`;
    } else if (previous?.kind === 'line' && !blankBefore && continuesSentence(previous.text, text)) {
      previous.text = `${previous.text} ${text}`;
      previous.emphasisOnly = false;
    } else {
      if (blankBefore) listIndents = [];
      tokens.push({ kind: 'line', text, emphasisOnly: EMPHASIS_ONLY.test(raw.trim()) });
    }
    blankBefore = false;
  }
  return tokens;
}

/** Nesting depth of a bullet from its indent; a one-space wobble is not a new level. */
function nestItem(listIndents: number[], indent: number): number {
  while (listIndents.length > 0 && (listIndents.at(-1) ?? 0) > indent + 1) listIndents.pop();
  const top = listIndents.at(-1);
  if (top === undefined || indent >= top + 2) listIndents.push(indent);
  return listIndents.length - 1;
}

function lastNonBlank(tokens: Token[]): Token | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]?.kind !== 'blank') return tokens[i];
  return undefined;
}

function isSingleLineParagraph(tokens: Token[]): boolean {
  const before = tokens[tokens.length - 2];
  return before === undefined || before.kind === 'blank' || before.kind === 'heading';
}

/**
 * Hard-wrapped prose joins back into one line so a list intro split across lines is still
 * recognised; a capitalised next line is kept apart because unbulleted lists look like that.
 */
function continuesSentence(previous: string, next: string): boolean {
  return !/[.!?:]$/.test(previous) && /^[a-z([]/.test(next);
}
