// Readers for the tab- and comma-separated source files, plain or gzip-compressed, through csv-parse:
// RFC 4180 quoting (a quoted field may hold the delimiter, quotes and newlines), a header row naming
// the columns, and errors that name the file and the line.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
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

/** Rows keyed by the header row; a short row's missing cells read as ''. */
function rows(input: string | Buffer, where: string, options: Options): Row[] {
  let records: string[][];
  try {
    records = parse(input, { ...OPTIONS, ...options, columns: false });
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
  }
  const header = (records.shift() ?? []).map((name) => name.trim());
  return records
    .filter((cells) => cells.some((cell) => cell.length > 0))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
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
