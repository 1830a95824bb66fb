// Markdown as hospital writers actually type it → a flat list of headings, list items, lines and tables.
// The syntax is CommonMark + GFM tables (micromark, through mdast-util-from-markdown). On its tree a small
// forgiving layer reads what writers mean where CommonMark reads otherwise: "#Heading" without a space,
// bullets pasted from Word ("•Item"), bullets CommonMark leaves inside a paragraph or an indented block,
// emphasis-only lines (possible headings), and hard-wrapped prose joined back into sentences.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import type { SectionTable } from '../../electron/common/sectionTable.ts';
import type { Token } from './types.ts';

// Forgiving patterns, tested on the source line (tabs expanded, quote markers removed).
const ATX_NO_SPACE = /^ {0,3}(#{1,6})(?!#)\S/;
const BULLET = /^( *)([-*+]|\d{1,3}[.)])\s+\S/;
const GLYPH_BULLET = /^( *)[•·▪‣◦]\s*\S/;
const EMPHASIS_ONLY = /^(\*\*|__)(?=\S)(.+?\S)\1\s*:?$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;

interface Line {
  /** Plain text of the line (inline markup read). */
  text: string;
  /** The line as typed, for the forgiving patterns. */
  raw: string;
  /** 1-based source line. */
  at: number;
}

// micromark matches link labels by scanning back through the paragraph, so one huge paragraph costs
// time quadratic in its length. Text is fed to it in paragraphs of at most this many characters (a long
// line is wrapped at a space, a long run of lines gets a blank line), far above any real paragraph.
const PARAGRAPH_LIMIT = 4000;

/** Wraps and breaks text so that no paragraph exceeds PARAGRAPH_LIMIT characters; everything is kept. */
function boundParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  let run = 0;
  for (const line of lines) {
    const pieces: string[] = [];
    let rest = line;
    while (rest.length > PARAGRAPH_LIMIT) {
      const cut = rest.lastIndexOf(' ', PARAGRAPH_LIMIT);
      const at = cut > PARAGRAPH_LIMIT / 2 ? cut : PARAGRAPH_LIMIT;
      pieces.push(rest.slice(0, at));
      rest = rest.slice(at).replace(/^ +/, '');
    }
    pieces.push(rest);
    for (const piece of pieces) {
      if (!piece.trim()) run = 0;
      else if (run + piece.length > PARAGRAPH_LIMIT && run > 0 && !piece.trimStart().startsWith('|')) {
        out.push('');
        run = 0;
      }
      run += piece.length;
      out.push(piece);
    }
  }
  return out;
}

/** Characters word processors paste that CommonMark reads as text: no-break spaces, zero-width marks. */
function normalizeSource(markdown: string): string {
  return markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '');
}

function asTyped(line: string): string {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  const expanded = lead.replace(/\t/g, '    ') + line.slice(lead.length).replace(/\t/g, ' ');
  return expanded.replace(/^ {0,3}(> ?)+/, '');
}

/** Readable text of inline content: emphasis, code, links and images give their text, HTML tags a space. */
function phrasingText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if (node.type === 'html') out += ' ';
    else if (node.type === 'image') out += node.alt ?? '';
    else if ('children' in node) out += phrasingText(node.children);
  }
  return out;
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();
const markdown = (source: string) =>
  fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

function tableOf(node: Table): SectionTable {
  return {
    caption: '',
    rows: node.children.map((row, r) =>
      row.children.map((cell) => ({ text: clean(phrasingText(cell.children)), ...(r === 0 ? { header: true } : {}) })),
    ),
  };
}

/**
 * Hard-wrapped prose joins back into one line so a list intro split across lines is still
 * recognised; a capitalised next line is kept apart because unbulleted lists look like that.
 */
function continuesSentence(previous: string, next: string): boolean {
  return !/[.!?:]$/.test(previous) && /^[a-z([]/.test(next);
}

class Tokenizer {
  readonly tokens: Token[] = [];
  private last = 0;
  /** Indents of the forgiving bullets in the current run, for their nesting. */
  private indents: number[] = [];

  constructor(
    private readonly lines: readonly string[],
    /** Source line of this text's first line (an indented block is read again on its own). */
    private readonly offset = 0,
    private readonly nested = false,
  ) {}

  private source(at: number): string {
    return asTyped(this.lines[at - 1 - this.offset] ?? '');
  }

  /** Adds a token starting at source line `at`; a blank line before it becomes a blank token. */
  private push(token: Token, at: number): void {
    if (at > this.last + 1 && this.tokens.length > 0 && this.tokens.at(-1)?.kind !== 'blank') {
      this.tokens.push({ kind: 'blank' });
      this.indents = [];
    }
    if (token.kind === 'heading') this.indents = [];
    this.tokens.push(token);
    this.last = Math.max(this.last, at);
  }

  block(node: RootContent, depth: number): void {
    const start = (node.position?.start.line ?? 1) + this.offset;
    const end = (node.position?.end.line ?? 1) + this.offset;
    if (node.type === 'heading') {
      // CommonMark lets a Setext underline take a whole paragraph; as typed, only a one-line one is a heading.
      if (end - start > 1 && SETEXT_UNDERLINE.test(this.source(end))) {
        this.lines_(this.linesOf(node.children, start), depth);
        this.push({ kind: 'blank' }, end);
      } else {
        const text = clean(phrasingText(node.children));
        this.push(text ? { kind: 'heading', level: node.depth, text } : { kind: 'blank' }, start);
      }
    } else if (node.type === 'paragraph') this.lines_(this.linesOf(node.children, start), depth);
    else if (node.type === 'list') {
      for (const [i, item] of node.children.entries()) {
        const at = (item.position?.start.line ?? 1) + this.offset;
        const numbered = /^\s*(\d{1,9}[.)])/.exec(this.source(at))?.[1];
        this.item(item, node.ordered ? (numbered ?? `${(node.start ?? 1) + i}.`) : '-', depth, at);
      }
    } else if (node.type === 'blockquote') for (const child of node.children) this.block(child, depth);
    else if (node.type === 'table') this.push({ kind: 'table', table: tableOf(node) }, start);
    else if (node.type === 'thematicBreak') this.push({ kind: 'blank' }, start);
    else if (node.type === 'code' && !/^\s*(`{3,}|~{3,})/.test(this.source(start)) && !this.nested) {
      // An indented block is, to a hospital writer, indented text: read it again as Markdown.
      const inner = new Tokenizer(node.value.split('\n'), start - 1, true);
      for (const child of markdown(node.value).children) inner.block(child, depth);
      for (const token of inner.tokens) this.push(token, start);
      this.last = end;
    } else if (node.type === 'code' || node.type === 'html') {
      const fenced = node.type === 'code' && /^\s*(`{3,}|~{3,})/.test(this.source(start));
      const lines = node.value.split('\n').map((raw, i) => ({
        text: clean(raw.replace(/<\/?[a-z][^>]*>/gi, ' ')),
        raw: asTyped(raw),
        at: start + i + (fenced ? 1 : 0),
      }));
      this.lines_(lines, depth);
    }
    this.last = Math.max(this.last, end);
  }

  private item(item: ListItem, marker: string, depth: number, at: number): void {
    const token = { kind: 'item' as const, text: '', depth, marker };
    this.push(token, at);
    for (const child of item.children) {
      if (child.type !== 'paragraph') {
        this.block(child, depth + 1);
        continue;
      }
      const start = (child.position?.start.line ?? at) + this.offset;
      for (const [i, line] of this.linesOf(child.children, start).entries()) {
        // Indented lines continue the item; a line CommonMark joins to it lazily stands as typed.
        if ((i === 0 && token.text === '') || /^ {2,}/.test(line.raw)) token.text = clean(`${token.text} ${line.text}`);
        else this.lines_([line], depth);
      }
      this.last = Math.max(this.last, (child.position?.end.line ?? at) + this.offset);
    }
    // A marker with nothing after it ("- ") is not an item.
    if (!token.text) this.tokens.splice(this.tokens.lastIndexOf(token), 1);
  }

  /** A block's text lines, paired with their source lines when the two match one to one. */
  private linesOf(children: readonly PhrasingContent[], start: number): Line[] {
    const texts = phrasingText(children).split('\n');
    return texts.map((text, i) => ({ text: clean(text), raw: this.source(start + i), at: start + i }));
  }

  /** Lines of prose: each a heading, a bullet or a line, as the writer meant it. */
  private lines_(lines: readonly Line[], depth: number): void {
    for (const line of lines) {
      if (!line.text) continue;
      const atx = ATX_NO_SPACE.exec(line.raw);
      if (atx && line.text.startsWith('#')) {
        const text = clean(line.text.replace(/^#+/, '').replace(/\s*#+\s*$/, ''));
        this.push(text ? { kind: 'heading', level: atx[1]!.length, text } : { kind: 'blank' }, line.at);
        continue;
      }
      const bullet = BULLET.exec(line.raw) ?? GLYPH_BULLET.exec(line.raw);
      const bulletText = clean(line.text.replace(/^([-*+]|\d{1,3}[.)])\s+|^[•·▪‣◦]\s*/, ''));
      if (bullet && bulletText) {
        const number = /^\s*(\d{1,3}[.)])/.exec(line.raw)?.[1];
        const level = depth + this.nest(bullet[1]?.length ?? 0);
        this.push({ kind: 'item', text: bulletText, depth: level, marker: number ?? '-' }, line.at);
        continue;
      }
      const previous = this.tokens.at(-1);
      if (previous?.kind === 'line' && line.at === this.last + 1 && continuesSentence(previous.text, line.text)) {
        previous.text = `${previous.text} ${line.text}`;
        previous.emphasisOnly = false;
        this.last = line.at;
        continue;
      }
      this.push({ kind: 'line', text: line.text, emphasisOnly: EMPHASIS_ONLY.test(line.raw.trim()) }, line.at);
    }
  }

  /** Nesting depth of a forgiving bullet from its indent; a one-space wobble is not a new level. */
  private nest(indent: number): number {
    while (this.indents.length > 0 && (this.indents.at(-1) ?? 0) > indent + 1) this.indents.pop();
    const top = this.indents.at(-1);
    if (top === undefined || indent >= top + 2) this.indents.push(indent);
    return this.indents.length - 1;
  }
}

export function tokenize(text: string): Token[] {
  const lines = boundParagraphs(normalizeSource(text).split('\n'));
  const source = lines.join('\n');
  const tokenizer = new Tokenizer(lines);
  for (const node of markdown(source).children) tokenizer.block(node, 0);
  return tokenizer.tokens;
}
