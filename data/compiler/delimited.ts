// Readers for the tab- and comma-separated source files, plain or gzip-compressed, through csv-parse:
// RFC 4180 quoting (a quoted field may hold the delimiter, quotes and newlines), a header row naming
// the columns, and errors that name the file and the line. The large tables are streamed (file →
// gunzip → csv-parse's stream parser, one row at a time); small files and text are parsed whole.
import { createReadStream, readFileSync } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { parse as parseStream } from 'csv-parse';
import { parse, type Options } from 'csv-parse/sync';

function readBytes(path: string): Buffer {
  const raw = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(raw) : raw;
}

export function readText(path: string, encoding: BufferEncoding = 'utf8'): string {
  return readBytes(path).toString(encoding);
}

const OPTIONS: Options = {
  bom: true,
  skip_empty_lines: true,
  // Public files are ragged (short rows) and carry stray quotes inside unquoted fields ('5" tube'):
  // both are read as written; an unterminated quoted field is still an error.
  relax_column_count: true,
  relax_quotes: true,
};

type Row = Record<string, string>;

const hasText = (cells: string[]) => cells.some((cell) => cell.length > 0);
const keyed = (header: string[], cells: string[]): Row =>
  Object.fromEntries(header.map((name, i) => [name, cells[i] ?? '']));
const named = (where: string, error: unknown) => new Error(`${where}: ${(error as Error).message}`, { cause: error });

/** Rows keyed by the header row; a short row's missing cells read as ''. */
function rows(input: string | Buffer, where: string, options: Options): Row[] {
  let records: string[][];
  try {
    records = parse(input, { ...OPTIONS, ...options, columns: false });
  } catch (error) {
    throw named(where, error);
  }
  const header = (records.shift() ?? []).map((name) => name.trim());
  return records.filter(hasText).map((cells) => keyed(header, cells));
}

/** The same rows as `rows`, read from the file as a stream: memory holds one chunk, not the file. */
async function* streamedRows(path: string, options: Options): AsyncGenerator<Row> {
  const parser = parseStream({ ...OPTIONS, ...options, columns: false });
  // A read or gunzip error destroys the parser with it, and so ends the loop below with that error.
  const done = () => undefined;
  if (path.endsWith('.gz')) pipeline(createReadStream(path), createGunzip(), parser, done);
  else pipeline(createReadStream(path), parser, done);
  let header: string[] | null = null;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (!header) header = cells.map((name) => name.trim());
      else if (hasText(cells)) yield keyed(header, cells);
    }
  } catch (error) {
    throw named(path, error);
  }
}

/** Rows of a large TSV file (or .tsv.gz), streamed. */
export function streamTsv(path: string, encoding: BufferEncoding = 'utf8'): AsyncGenerator<Row> {
  return streamedRows(path, { delimiter: '\t', encoding });
}

/** Rows of a large CSV file (or .csv.gz), streamed. */
export function streamCsv(path: string, encoding: BufferEncoding = 'utf8'): AsyncGenerator<Row> {
  return streamedRows(path, { delimiter: ',', encoding });
}

/** Rows of a TSV file (or .tsv.gz) as objects keyed by the header. */
export function readTsv(path: string, encoding: BufferEncoding = 'utf8'): Row[] {
  return rows(readBytes(path), path, { delimiter: '\t', encoding });
}

/** Rows of a CSV file (or .csv.gz) as objects keyed by the header. */
export function readCsv(path: string, encoding: BufferEncoding = 'utf8'): Row[] {
  return rows(readBytes(path), path, { delimiter: ',', encoding });
}

/** Rows of CSV text; `where` names the text in an error. */
export function parseCsv(text: string, where = 'CSV text'): Row[] {
  return rows(text, where, { delimiter: ',' });
}
