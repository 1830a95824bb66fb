// A folder of SPL documents as DailyMed distributes them: loose .xml (or .xml.gz), per-label .zip
// files (XML plus images), and release zips that hold those per-label zips.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_LIMITS, ArchiveError, gunzipChecked, unzipChecked } from '../archive.ts';
import type { LabelDoc } from '../model.ts';
import { parseSplXml } from './spl.ts';

const decoder = new TextDecoder('utf-8');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  )) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

function xmlInZip(
  bytes: Uint8Array,
  emit: (name: string, xml: string) => void,
  where: string,
  budget = { used: 0 },
  depth = 1,
): void {
  if (depth > ARCHIVE_LIMITS.maxDepth)
    throw new ArchiveError(`${where}: refused — zip archives nested more than ${ARCHIVE_LIMITS.maxDepth} deep.`);
  const entries = unzipChecked(bytes, where, (name) => /\.(xml|zip)$/i.test(name), ARCHIVE_LIMITS, budget);
  for (const [name, data] of Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (/\.zip$/i.test(name)) xmlInZip(data, emit, `${where}!${name}`, budget, depth + 1);
    else emit(`${where}!${name}`, decoder.decode(data));
  }
}

/** Every SPL document in the tree, in path order; non-SPL XML files are skipped. */
export function readSplDir(dir: string, sourceId: string): LabelDoc[] {
  const docs: LabelDoc[] = [];
  const emit = (where: string, xml: string): void => {
    // Zips from DailyMed may carry other XML (e.g. indexing files); only SPL documents are labels.
    if (!xml.includes('urn:hl7-org:v3') || !/<document[\s>]/.test(xml)) return;
    try {
      docs.push(parseSplXml(xml, sourceId));
    } catch (error) {
      throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
    }
  };
  for (const path of filesUnder(dir)) {
    const lower = path.toLowerCase();
    if (lower.endsWith('.xml')) emit(path, readFileSync(path, 'utf8'));
    else if (lower.endsWith('.xml.gz')) emit(path, gunzipChecked(readFileSync(path), path).toString('utf8'));
    else if (lower.endsWith('.zip')) xmlInZip(readFileSync(path), emit, path);
  }
  return docs;
}
