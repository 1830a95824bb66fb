// FDA Purple Book: licensed biologics with their proper names, brands, biosimilars and vaccines.
// A biosimilar is the drug of its reference product ("adalimumab-adaz" → adalimumab); a vaccine goes
// to its vaccine concept. The file's two-digit years and repeated (BLA, product) keys are handled here.
import { join } from 'node:path';
import type { PackContent } from '../../shared/pack/content.ts';
import { streamCsv } from './delimited.ts';
import { foldName, moietyKey } from '../../electron/common/normalize.ts';
import { PURPLE_BOOK } from './sources.ts';
import { isVaccineName, type VaccineConcepts } from './vaccines.ts';
import { titleCase } from './vocabulary.ts';

const STATUS: Record<string, string> = { Rx: 'Rx', OTC: 'OTC', Disc: 'Discontinued', 'Disc*': 'Discontinued' };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "13-Feb-36" → "1936-02-13": a two-digit year after the file's own year is last century. */
export function purpleBookDate(text: string, fileYear = 2025): string | null {
  const m = /^(\d{1,2})-([A-Za-z]{3})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  if (month === 0) return null;
  const yy = Number(m[3]);
  const year = 2000 + yy > fileYear ? 1900 + yy : 2000 + yy;
  return `${year}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/** Reads the Purple Book; returns the latest approval date it lists (what the pack knows biologics up to). */
export async function readPurpleBook(dir: string, vaccines: VaccineConcepts, content: PackContent): Promise<string> {
  const src = PURPLE_BOOK.id;
  content.addSource(PURPLE_BOOK);
  const seen = new Set<string>();
  let latest = '';
  for await (const row of streamCsv(join(dir, 'purplebook.csv.gz'))) {
    const proper = (row['Proper Name'] ?? '').trim();
    if (!proper) continue;
    const date = purpleBookDate(row['Approval Date'] ?? '');
    if (date && date > latest) latest = date;
    const biosimilar = (row['BLA Type'] ?? '').startsWith('351(k)');
    const reference = (row['Ref. Product Proper Name'] ?? '').trim();
    let drugId: string;
    if (isVaccineName(proper)) drugId = vaccines.drugFor(proper, src);
    else {
      const key = moietyKey(biosimilar && reference ? reference : proper);
      if (!key) continue;
      drugId = content.ensureDrug(key, src);
      if (foldName(proper) !== content.drugs.get(drugId)?.name)
        content.addName(drugId, proper.toLowerCase(), 'synonym', src);
    }
    const status = STATUS[(row['Marketing Status'] ?? '').trim()] ?? 'Unknown';
    if ((row.Licensure ?? '').trim() === 'Licensed') content.noteStatus(drugId, status);
    const brands = (row['Proprietary Name'] ?? '')
      .split(',')
      .map((b) => b.trim())
      .filter((b) => b && b.toUpperCase() !== 'N/A');
    for (const brand of brands) content.addName(drugId, titleCase(brand), 'brand', src);
    // One product row per (BLA, product number): later rows repeat it once per supplement.
    const productKey = `${row['BLA Number']}|${row['Product Number']}`;
    if (seen.has(productKey)) continue;
    seen.add(productKey);
    content.products.push({
      drugId,
      brand: brands.map(titleCase).join(', '),
      ingredients: proper,
      form: (row['Dosage Form'] ?? '').trim().toLowerCase(),
      route: (row['Route of Administration'] ?? '').trim().toLowerCase(),
      strength: (row.Strength ?? '').trim(),
      status,
      application: `BLA ${row['BLA Number'] ?? ''}`.trim(),
      sourceId: src,
    });
  }
  return latest;
}
