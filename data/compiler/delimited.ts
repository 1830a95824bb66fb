// Readers for the tab- and comma-separated source files, plain or gzip-compressed.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

export function readText(path: string, encoding: BufferEncoding = 'utf8'): string {
  const raw = readFileSync(path);
  return (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString(encoding);
}

/** Rows of a TSV file as objects keyed by the header; surrounding double quotes are removed. */
export function readTsv(path: string, encoding: BufferEncoding = 'utf8'): Record<string, string>[] {
  const lines = readText(path, encoding)
    .split(/\r?\n/)
    .filter((line) => line.length > 0);
  const header = (lines.shift() ?? '').split('\t').map(unquote);
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((name, i) => [name, unquote(cells[i] ?? '')]));
  });
}

function unquote(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1) : cell;
}

/** RFC 4180 CSV (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell.length > 0 || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const header = rows.shift() ?? [];
  return rows
    .filter((cells) => cells.some((c) => c.length > 0))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
