// The domain files (every data/kb/*.json that is not a special file), read through their schema, and
// their records, each named by file, list and position for any error compiling it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDomainFile, recordName, type DomainFile } from './domainFile.ts';
import { readJson } from './readKb.ts';
import { SPECIAL_FILES } from './specialFiles.ts';

export interface DomainFileRead {
  file: string;
  body: DomainFile;
}

export function readDomainFiles(dir: string): DomainFileRead[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !SPECIAL_FILES.has(f))
    .sort()
    .map((f) => ({ file: f, body: parseDomainFile(f, readJson<unknown>(join(dir, f))) }));
}

/** The schema has checked each record's shape; what still goes wrong while compiling one names it too. */
export const records = <R>(
  domains: DomainFileRead[],
  list: 'properties' | 'rules',
  of: (body: DomainFile) => R[],
): { record: R; where: string }[] =>
  domains.flatMap(({ file, body }) =>
    of(body).map((record, i) => ({ record, where: `${file}: ${list}[${i}] ${recordName(record)}` })),
  );
