// A folder of SPL documents as DailyMed distributes them: loose .xml (or .xml.gz), per-label .zip
// files (XML plus images), and release zips that hold those per-label zips.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARCHIVE_LIMITS, ArchiveError, gunzipChecked, unzipChecked } from '../archive.ts';
import type { LabelDoc } from '../model.ts';
import { isSplDocument, readSplDocument } from './spl.ts';
import { parseXmlDocument } from './splXml.ts';
import { byText } from '../../../electron/common/order.ts';

const decoder = new TextDecoder('utf-8');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byText((e) => e.name))) {
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
  for (const [name, data] of Object.entries(entries).sort(byText(([name]) => name))) {
    if (/\.zip$/i.test(name)) xmlInZip(data, emit, `${where}!${name}`, budget, depth + 1);
    else emit(`${where}!${name}`, decoder.decode(data));
  }
}

/** Says why a document was refused: "file:line:column: problem". */
export type RefusedHandler = (message: string) => void;

const toStderr: RefusedHandler = (message) => process.stderr.write(`labels: refused ${message}\n`);

/**
 * Every SPL document in the tree, in path order. Other XML (DailyMed zips carry indexing files) is
 * skipped; a document that is not well-formed is refused through `onRefused` and the others still read.
 */
export function readSplDir(dir: string, sourceId: string, onRefused: RefusedHandler = toStderr): LabelDoc[] {
  const docs: LabelDoc[] = [];
  const emit = (where: string, xml: string): void => {
    try {
      const root = parseXmlDocument(xml, where);
      if (isSplDocument(root)) docs.push(readSplDocument(root, sourceId, where));
    } catch (error) {
      onRefused((error as Error).message);
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
