// openFDA bulk downloads (drug-label-000N-of-000M.json, optionally .json.zip): {"meta":…, "results":[…]}.
// Each file is a few hundred MB, so records are cut out of the text one at a time instead of
// materialising the whole results array.
import { readFileSync } from 'node:fs';
import { ArchiveError, unzipChecked } from '../archive.ts';
import type { LabelDoc } from '../model.ts';
import { readOpenFdaRecord } from './openFda.ts';

const decoder = new TextDecoder('utf-8');

/** Calls fn with each top-level object of the "results" array, scanning braces outside strings. */
export function eachResult(json: string, fn: (record: unknown, index: number) => void): void {
  const key = json.indexOf('"results"');
  if (key < 0) throw new Error('not an openFDA download: no "results" array');
  let i = json.indexOf('[', key) + 1;
  if (i === 0) throw new Error('not an openFDA download: "results" is not an array');
  let depth = 0;
  let start = -1;
  let count = 0;
  let inString = false;
  for (; i < json.length; i++) {
    const ch = json.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) {
      inString = true;
    } else if (ch === 123 /* { */) {
      if (depth++ === 0) start = i;
    } else if (ch === 125 /* } */) {
      if (--depth === 0) {
        let record: unknown;
        try {
          record = JSON.parse(json.slice(start, i + 1));
        } catch (error) {
          throw new Error(
            `results record ${count + 1} (at character ${start}) is not valid JSON: ${(error as Error).message}`,
            { cause: error },
          );
        }
        fn(record, count++);
      }
    } else if (ch === 93 /* ] */ && depth === 0) {
      return;
    }
  }
  throw new Error('the file ends inside the "results" array (a truncated or damaged download)');
}

function jsonTexts(path: string): string[] {
  const bytes = readFileSync(path);
  if (!path.toLowerCase().endsWith('.zip')) return [decoder.decode(bytes)];
  const entries = unzipChecked(bytes, path, (name) => name.toLowerCase().endsWith('.json'));
  return Object.keys(entries)
    .sort()
    .map((name) => decoder.decode(entries[name]));
}

/** How a reader finds a record in the download: its set id, else its id. */
function recordName(record: unknown): string {
  const r = (typeof record === 'object' && record !== null ? record : {}) as Record<string, unknown>;
  const setId: unknown = r.set_id ?? (r.openfda as Record<string, unknown> | undefined)?.spl_set_id;
  const id: unknown = Array.isArray(setId) ? (setId as unknown[])[0] : setId;
  return typeof id === 'string' ? `set_id ${id}` : typeof r.id === 'string' ? `id ${r.id}` : 'no set_id';
}

export function readOpenFdaFiles(paths: string[], sourceId: string): LabelDoc[] {
  const docs: LabelDoc[] = [];
  for (const path of paths) {
    try {
      for (const text of jsonTexts(path)) {
        eachResult(text, (record, index) => {
          let doc: LabelDoc;
          try {
            doc = readOpenFdaRecord(record, sourceId);
          } catch (error) {
            throw new Error(`results record ${index + 1} (${recordName(record)}): ${(error as Error).message}`, {
              cause: error,
            });
          }
          if (doc.ingredients.length > 0 && doc.sections.length > 0) docs.push(doc);
        });
      }
    } catch (error) {
      if (error instanceof ArchiveError) throw error;
      throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  return docs;
}
