// Hostile input at every source reader: random, truncated and deeply nested XML, HTML and Markdown, and
// quoted or ragged delimited text. Each ends with a result or an error naming the file and the position;
// one bad SPL file never stops the others being read. (Speed is measured in the benchmark, not here.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSplXml, readOpenFdaRecord, readSplDir } from '../../data/compiler/labels/index.ts';
import { parseMonograph } from '../../shared/markdownMonograph/parseMonograph.ts';
import { parseCsv, readCsv, readTsv, streamCsv, streamTsv } from '../../data/compiler/delimited.ts';
import { sectionParts, TABLE_MARK } from '../../electron/common/sectionTable.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const tinyRx = readFileSync(join(fixtures, 'labels/spl/tinyrx.xml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'wardbook-hostile-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const RUNS = { numRuns: 60 };

describe('SPL XML reader', () => {
  it('refuses a truncated SPL with file, line and column, and imports nothing of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: tinyRx.length - 12 }), (cut) => {
        expect(() => parseSplXml(tinyRx.slice(0, cut), 'test', 'tinyrx.xml')).toThrow(/^tinyrx\.xml:\d+:\d+: /);
      }),
      RUNS,
    );
  });

  it('answers random text and random markup with a document or a positioned refusal', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('<', '>', '&', '&amp;', '&#x0;', '&bogus;', '<![CDATA[', ']]>', '<!--', '-->', '<?x ?>'),
      fc.constantFrom('<document xmlns="urn:hl7-org:v3">', '</document>', '<section>', '</section>', '<text>'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        try {
          parseSplXml(pieces.join(''), 'test', 'random.xml');
        } catch (error) {
          expect((error as Error).message).toMatch(/^random\.xml(:\d+:\d+)?: /);
        }
      }),
      RUNS,
    );
  });

  it('refuses nesting deeper than any label, with the position, instead of overflowing the stack', () => {
    const depth = 100_000;
    const xml = `<document xmlns="urn:hl7-org:v3">${'<section>'.repeat(depth)}${'</section>'.repeat(depth)}</document>`;
    expect(() => parseSplXml(xml, 'test', 'deep.xml')).toThrow(/^deep\.xml:1:\d+: elements nested deeper than/);
  });

  it('reads the namespace, not the prefix: a prefixed HL7 document reads, a look-alike in another namespace does not', () => {
    const prefixed = tinyRx
      .replace('<document xmlns="urn:hl7-org:v3"', '<v3:document xmlns:v3="urn:hl7-org:v3"')
      .replace(/<(\/?)(?!v3:|\?|!)([A-Za-z])/g, '<$1v3:$2');
    expect(parseSplXml(prefixed, 'test').title).toBe(parseSplXml(tinyRx, 'test').title);
    const foreign = tinyRx.replace('xmlns="urn:hl7-org:v3"', 'xmlns="urn:example:not-hl7"');
    expect(() => parseSplXml(foreign, 'test', 'foreign.xml')).toThrow(/foreign\.xml: not an SPL document/);
  });

  it('keeps reading the other files of a folder when one is not well-formed, and says which and where', () => {
    writeFileSync(join(dir, 'a-good.xml'), tinyRx);
    writeFileSync(join(dir, 'b-truncated.xml'), tinyRx.slice(0, 2000));
    writeFileSync(join(dir, 'c-good.xml'), tinyRx.replace(/(<setId root=")11111111/, '$199999999'));
    const refused: string[] = [];
    const docs = readSplDir(dir, 'test', (message) => refused.push(message));
    expect(docs.map((d) => d.setId.slice(0, 8))).toEqual(['11111111', '99999999']);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/b-truncated\.xml:\d+:\d+: /);
  });
});

describe('label HTML reader (openFDA tables)', () => {
  const tag = fc.constantFrom('table', 'tr', 'td', 'th', 'thead', 'tbody', 'caption', 'p', 'ul', 'li', 'br', 'sup');
  const piece = fc.oneof(
    fc.string(),
    tag.map((t) => `<${t}>`),
    tag.map((t) => `</${t}>`),
    fc.constantFrom('<td colspan="999999999">', '<td rowspan="-3">', '&nbsp;', '&#x1F600;', '&#99999999;', '&', '<'),
  );

  it('always reads random, unbalanced and truncated table HTML into text and well-formed tables', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(piece, { maxLength: 40 }), (text, pieces) => {
        const doc = readOpenFdaRecord(
          {
            set_id: ['x'],
            openfda: { generic_name: ['X'] },
            warnings: [text || 'Warnings'],
            warnings_table: [pieces.join('')],
          },
          'test',
        );
        for (const section of doc.sections) {
          const tables = section.tables ?? [];
          expect(section.text.split('').filter((c) => c === TABLE_MARK)).toHaveLength(
            tables.length + (text.split(TABLE_MARK).length - 1),
          );
          for (const table of tables)
            for (const cell of table.rows.flat()) {
              expect(cell.colSpan ?? 2).toBeGreaterThan(1);
              expect(cell.colSpan ?? 2).toBeLessThanOrEqual(1000);
              expect(cell.rowSpan ?? 2).toBeGreaterThan(1);
            }
          // Whatever the text holds, splitting it at its tables loses no table.
          expect(sectionParts(section.text, tables).filter((p) => p.kind === 'table')).toHaveLength(tables.length);
        }
      }),
      RUNS,
    );
  });

  it('decodes named and numeric character references through the library', () => {
    const doc = readOpenFdaRecord(
      {
        set_id: ['x'],
        openfda: { generic_name: ['X'] },
        warnings: ['Warnings 5 &micro;g &ge; 2 &#8804; 3 &#x2014; &frac12; &unknownref; AT&T'],
      },
      'test',
    );
    expect(doc.sections[0]?.text).toBe('5 µg ≥ 2 ≤ 3 — ½ &unknownref; AT&T');
  });

  it('survives tables nested ten thousand deep', () => {
    const html = '<table><tr><td>'.repeat(10_000) + 'x' + '</td></tr></table>'.repeat(10_000);
    const doc = readOpenFdaRecord(
      { set_id: ['x'], openfda: { generic_name: ['X'] }, warnings: ['Warnings text'], warnings_table: [html] },
      'test',
    );
    expect(doc.sections[0]?.text).toContain('x');
  });
});

describe('Markdown monograph reader', () => {
  const line = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '# Drug (oral)',
      '## Side Effects',
      '#Precautions',
      '**Storage**',
      '• item',
      '- item',
      '  - nested',
    ),
    fc.constantFrom('| a | b |', '| --- | --- |', '> quote', '    indented', '```', '***', '[a](b', '*a _b'),
  );

  it('reads any sequence of lines into a monograph', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const parsed = parseMonograph(lines.join('\n'), { fallbackName: 'x' });
        expect(parsed.drug.name).toBeTypeOf('string');
        for (const s of parsed.sections) expect(s.text.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('reads deeply nested quotes and lists and a 54,000-character line', () => {
    expect(parseMonograph(`# D\n\n## Precautions\n\n${'> '.repeat(2000)}deep`).sections[0]?.text).toContain('deep');
    expect(
      parseMonograph(
        `# D\n\n## Precautions\n\n${Array.from({ length: 100 }, (_, i) => `${'  '.repeat(i)}- l${i}`).join('\n')}`,
      ).sections[0]?.text,
    ).toContain('l99');
    const long = parseMonograph(`# D\n\n## Precautions\n\n${'[a](b *c '.repeat(6_000)}end`);
    expect(long.sections[0]?.text.endsWith('end')).toBe(true);
  });

  it('keeps a GFM table as table data in its section', () => {
    const parsed = parseMonograph('# D (oral)\n\n## Proper Use\n\n| Age | Dose |\n| --- | --- |\n| Adult | 5 mg |\n');
    expect(parsed.sections[0]?.tables).toEqual([
      {
        caption: '',
        rows: [
          [
            { text: 'Age', header: true },
            { text: 'Dose', header: true },
          ],
          [{ text: 'Adult' }, { text: '5 mg' }],
        ],
      },
    ]);
  });
});

describe('delimited readers', () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom('"', '""', '"a\tb"', '"x\ny"', '\t', ',', '\r\n'));

  it('reads quoted fields holding tabs, commas, quotes and newlines as one cell', () => {
    const path = join(dir, 'quoted.tsv');
    writeFileSync(path, 'id\tname\tnote\n1\t"a\tb"\t"line one\nline two"\n2\t"say ""hi"""\t\n3\tshort\n');
    expect(readTsv(path)).toEqual([
      { id: '1', name: 'a\tb', note: 'line one\nline two' },
      { id: '2', name: 'say "hi"', note: '' },
      { id: '3', name: 'short', note: '' },
    ]);
    expect(parseCsv('a,b\n"1,5","x\ny"\n')).toEqual([{ a: '1,5', b: 'x\ny' }]);
  });

  it('answers random quoted and ragged text with rows or an error naming the file and line', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 20 }), (rows) => {
        const text = rows.map((r) => r.join('\t')).join('\n');
        const path = join(dir, 'random.tsv');
        writeFileSync(path, text);
        try {
          for (const row of readTsv(path)) for (const value of Object.values(row)) expect(value).toBeTypeOf('string');
        } catch (error) {
          expect((error as Error).message).toMatch(/random\.tsv: .*line \d+/);
        }
      }),
      RUNS,
    );
  });

  const streamed = async (rows: AsyncGenerator<Record<string, string>>) => {
    const out: Record<string, string>[] = [];
    for await (const row of rows) out.push(row);
    return out;
  };

  it('streams a large source file (gzip, Latin-1 or UTF-8) to the same rows as reading it whole', async () => {
    const sources = join(import.meta.dirname, '../../data/sources');
    const products = join(sources, 'drugsatfda-2019/Products.txt.gz');
    expect(await streamed(streamTsv(products, 'latin1'))).toEqual(readTsv(products, 'latin1'));
    const ndfrt = join(sources, 'ndfrt-2014/ndfrt_va_drug_interactions.csv.gz');
    expect(await streamed(streamCsv(ndfrt))).toEqual(readCsv(ndfrt));
  });

  it('streams quoted fields and names the file and line of a broken one, also inside gzip', async () => {
    const path = join(dir, 'streamed.tsv.gz');
    writeFileSync(path, gzipSync('id\tname\n1\t"a\tb"\n\n2\t"x\ny"\n'));
    expect(await streamed(streamTsv(path))).toEqual([
      { id: '1', name: 'a\tb' },
      { id: '2', name: 'x\ny' },
    ]);
    const broken = join(dir, 'broken.tsv');
    writeFileSync(broken, 'id\tname\n1\tok\n2\t"never closed\n');
    await expect(streamed(streamTsv(broken))).rejects.toThrow(/broken\.tsv: .*line \d+/);
    const truncated = join(dir, 'truncated.tsv.gz');
    writeFileSync(truncated, gzipSync('id\tname\n1\tok\n'.repeat(200)).subarray(0, 40));
    await expect(streamed(streamTsv(truncated))).rejects.toThrow(/truncated\.tsv\.gz: /);
  });
});
