// openFDA bulk downloads (drug-label-000N-of-000M.json, optionally .json.zip): {"meta":…, "results":[…]}.
// Each file is a few hundred MB, so records are cut out of the text one at a time instead of
// materialising the whole results array.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { LabelDoc } from '../model.ts';
import { readOpenFdaRecord } from './openFda.ts';

const decoder = new TextDecoder('utf-8');

/** Calls fn with each top-level object of the "results" array, scanning braces outside strings. */
export function eachResult(json: string, fn: (record: unknown) => void): void {
  const key = json.indexOf('"results"');
  if (key < 0) throw new Error('not an openFDA download: no "results" array');
  let i = json.indexOf('[', key) + 1;
  if (i === 0) throw new Error('not an openFDA download: "results" is not an array');
  let depth = 0;
  let start = -1;
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
      if (--depth === 0) fn(JSON.parse(json.slice(start, i + 1)));
    } else if (ch === 93 /* ] */ && depth === 0) {
      return;
    }
  }
  throw new Error('the file ends inside the "results" array (a truncated or damaged download)');
}

function jsonTexts(path: string): string[] {
  const bytes = readFileSync(path);
  if (!path.toLowerCase().endsWith('.zip')) return [decoder.decode(bytes)];
  const entries = unzipSync(bytes, { filter: (file) => file.name.toLowerCase().endsWith('.json') });
  return Object.keys(entries)
    .sort()
    .map((name) => decoder.decode(entries[name]));
}

export function readOpenFdaFiles(paths: string[], sourceId: string): LabelDoc[] {
  const docs: LabelDoc[] = [];
  for (const path of paths) {
    try {
      for (const text of jsonTexts(path)) {
        eachResult(text, (record) => {
          const doc = readOpenFdaRecord(record, sourceId);
          if (doc.ingredients.length > 0 && doc.sections.length > 0) docs.push(doc);
        });
      }
    } catch (error) {
      throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  return docs;
}
