// Hostile input, generated: whatever reaches a channel, a saved-list file or the Markdown importer
// ends in an answer or a sentence saying what was wrong, and the next ordinary query still works.
// Runs are bounded so the whole property suite stays within a few seconds per property.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALLS, CHANNEL, type Call } from '../../electron/common/contract.ts';
import { LIST_FILE_FORMAT, parseListFile, parseListFileBytes } from '../../electron/common/listFile.ts';
import { MAX_LINES, MAX_TEXT } from '../../electron/common/requests.ts';
import { dispatch, type HandlerTable } from '../../electron/node/ipc/handlers.ts';
import { parseMonograph } from '../../shared/markdownMonograph/parseMonograph.ts';
import { realHandlers } from '../support/pack.ts';
import { ROOT } from '../support/paths.ts';

let table: HandlerTable;
beforeAll(async () => {
  table = await realHandlers();
});

/** The app is still usable: an ordinary search and an ordinary check answer as they always do. */
function stillUsable(): void {
  const search = dispatch(table, 'search', { query: 'warfarin' });
  expect(search.ok && search.value.names[0]?.drugId).toBe('warfarin');
  const check = dispatch(table, 'checkList', { lines: ['warfarin 5 mg', 'aspirin 81 mg'] });
  expect(check.ok && check.value.interactions.length).toBeGreaterThan(0);
}

const answered = (r: { ok: boolean; error?: string }) => r.ok || (typeof r.error === 'string' && r.error.length > 0);

// Words a ward list is made of, and words it should never contain, mixed with random text.
const WORDS = ['warfarin', 'Eliquis', 'mg', '5', 'PO', 'BID', 'metoprolol', 'tartrate', 'and', '(', '*', '"', 'NEAR'];
const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme' }));
const line = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));

describe('IPC under generated payloads', () => {
  it('every call answers any JSON value with a result or a message', () => {
    fc.assert(
      fc.property(fc.constantFrom<Call>(...CALLS), fc.jsonValue({ maxDepth: 3 }), (call, payload) => {
        expect(answered(dispatch(table, call, payload))).toBe(true);
      }),
      { numRuns: 300 },
    );
    stillUsable();
  });

  it('a payload over a limit is refused with the field named, never cut', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_TEXT + 1, max: 20_000 }), fc.nat(MAX_LINES - 1), (length, at) => {
        const lines = Array.from({ length: at + 1 }, (_, i) => (i === at ? 'w'.repeat(length) : 'warfarin'));
        const r = dispatch(table, 'checkList', { lines });
        expect(r).toEqual({
          ok: false,
          error: `${CHANNEL.checkList}: lines[${at}] is longer than ${MAX_TEXT} characters`,
        });
      }),
      { numRuns: 20 },
    );
    stillUsable();
  });

  it('search answers any text', () => {
    fc.assert(
      fc.property(fc.oneof(line, fc.string({ maxLength: MAX_TEXT, unit: 'binary' })), (query) => {
        const r = dispatch(table, 'search', { query });
        expect(r.ok).toBe(true);
      }),
      { numRuns: 150 },
    );
    stillUsable();
  });

  it('a list check keeps every non-blank line typed: each is checked, shown as not checked, or kept as a note', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const r = dispatch(table, 'checkList', { lines });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const shown = [...r.value.recognized, ...r.value.unrecognized, ...r.value.notes]
          .map((e) => e.lineIndex)
          .sort((a, b) => a - b);
        expect(shown).toEqual(lines.flatMap((l, i) => (l.trim() ? [i] : [])));
      }),
      { numRuns: 60 },
    );
    stillUsable();
  });
});

describe('saved list files', () => {
  const good = { format: LIST_FILE_FORMAT, version: 1, lines: ['warfarin'], conditions: [], allergies: [] };

  it('reads a good file', () => {
    expect(parseListFile(JSON.stringify(good))).toEqual({ ok: true, value: good });
  });

  it.each([
    ['null', /not a Wardbook medication list\.$/],
    ['[]', /not a Wardbook medication list\.$/],
    ['{"format":"wardbook-medication-list","version":2,"lines":[]}', /newer version of Wardbook \(file version 2\)/],
    ['{"format":"wardbook-medication-list","version":1,"lines":{}}', /damaged: lines must be a list of text\.$/],
    ['{"format":"wardbook-medication-list","version":1,"lines":[],"x":1}', /damaged: unknown field "x"\.$/],
    ['{"format":"wardbook-medication-list","version":1}', /damaged: lines is missing\.$/],
    ['{"format":"wardbook', /not JSON/],
  ])('refuses %s with a sentence', (text, message) => {
    const r = parseListFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('refuses invalid UTF-8 and an oversized file before parsing', () => {
    const r = parseListFileBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(!r.ok && r.error).toMatch(/not UTF-8/);
    const big = parseListFileBytes(new Uint8Array(10_000_000).fill(0x20));
    expect(!big.ok && big.error).toMatch(/too large/);
  });

  it('any bytes, any JSON and any damaged good file end in a list within the limits or a sentence', () => {
    const damaged = fc.tuple(fc.nat(), fc.string({ maxLength: 8 })).map(([at, insert]) => {
      const text = JSON.stringify(good);
      const i = at % text.length;
      return text.slice(0, i) + insert + text.slice(i + 1);
    });
    const input = fc.oneof(
      damaged,
      fc.json({ maxDepth: 3 }),
      fc.string({ unit: 'binary' }),
      fc
        .record({ format: fc.constant(LIST_FILE_FORMAT), version: fc.jsonValue(), lines: fc.jsonValue() })
        .map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          input.map((t) => new TextEncoder().encode(t)),
          fc.uint8Array({ maxLength: 200 }),
        ),
        (bytes) => {
          const r = parseListFileBytes(bytes);
          if (r.ok) {
            expect(r.value.lines.length).toBeLessThanOrEqual(MAX_LINES);
            expect(r.value.lines.every((l) => typeof l === 'string' && l.length <= MAX_TEXT)).toBe(true);
          } else expect(r.error).toMatch(/^(This|.* Wardbook)/);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('Markdown monograph imports', () => {
  const sample = readFileSync(join(ROOT, 'tests/fixtures/local-monographs/warfarin.md'), 'utf8');
  const parts = sample.split('\n');

  it('any shuffle, cut or insertion of a real monograph parses or is refused with a message', () => {
    const markdownish = fc.oneof(
      fc
        .array(fc.constantFrom(...parts, '#', '##', '- ', '* ', '|', '```', '> ', '1. ', '<div>', '&amp;', '\r'), {
          maxLength: 80,
        })
        .map((l) => l.join('\n')),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => sample.slice(Math.min(a, b) % sample.length, Math.max(a, b))),
      fc.string({ maxLength: 500, unit: 'binary' }),
    );
    fc.assert(
      fc.property(markdownish, (markdown) => {
        try {
          const parsed = parseMonograph(markdown);
          expect(Array.isArray(parsed.sections)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
