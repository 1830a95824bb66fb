// Hospital-written drug notes in the consumer-page Markdown layout → sections and structured rows
// for the data pack. Whatever cannot be placed is reported in `unplaced`, never dropped; the page furniture a
// saved web page ends with (attribution, advertisement, navigation) is never content and is listed apart.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { SECTIONS, SECTION_KEYS, type SectionKey } from '../../electron/common/sections.ts';
import { readConditions } from './conditions.ts';
import { readInteractions } from './interactions.ts';
import { layOut, type Region } from './layout.ts';
import { parseTitle, readBrands, readDosageForms } from './products.ts';
import { renderText } from './render.ts';
import { readSideEffects } from './sideEffects.ts';
import { splitPageFurniture } from './pageFurniture.ts';
import { tokenize } from './tokenize.ts';
import type { ParsedMonograph, Token, Unplaced } from './types.ts';
import { compareText } from '../../electron/common/order.ts';

export type { ParsedMonograph, Unplaced } from './types.ts';

export interface ParseOptions {
  /** Drug name to use when the file has no "# Name (route)" heading (the file name, usually). */
  fallbackName?: string;
}

export function parseMonograph(markdown: string, options: ParseOptions = {}): ParsedMonograph {
  const { tokens, furniture } = splitPageFurniture(tokenize(markdown));
  const { title, regions } = layOut(tokens);
  const unplaced: Unplaced[] = [];
  const drug = {
    ...(title ? parseTitle(title) : { name: options.fallbackName ?? '', route: null }),
    brands: [] as string[],
  };
  if (!title) {
    const source = options.fallbackName ? `; name taken from the file name ("${options.fallbackName}")` : '';
    unplaced.push({ heading: '(drug name)', text: '', reason: `no "# Name (route)" heading${source}` });
  }

  const byKey = new Map<SectionKey, Region[]>();
  for (const region of regions) {
    const { placement } = region;
    const text = renderText(region.tokens);
    if (placement.kind === 'section') byKey.set(placement.key, [...(byKey.get(placement.key) ?? []), region]);
    else if (placement.kind === 'brands') {
      const { brands, prose } = readBrands(region.tokens);
      for (const brand of brands) if (!drug.brands.includes(brand)) drug.brands.push(brand);
      if (prose.length > 0)
        unplaced.push({
          heading: region.heading,
          text: prose.join('\n'),
          reason: 'text under a brand-name heading that is not a brand name',
        });
    } else if (placement.kind === 'unplaced')
      unplaced.push({ heading: region.heading, text, reason: placement.reason });
    else if (text) unplaced.push({ heading: region.heading, text, reason: STRAY_TEXT_REASON[placement.kind] });
  }

  const streams = new Map([...byKey].map(([key, list]) => [key, sectionTokens(list)] as const));
  const stream = (key: SectionKey): Token[] => streams.get(key) ?? [];
  const firstHeading = (key: SectionKey): string => byKey.get(key)?.[0]?.heading ?? SECTIONS[key].title;

  const interactions = readInteractions(stream('drug_interactions'), firstHeading('drug_interactions'));
  const sideEffects = readSideEffects(stream('adverse_reactions'), firstHeading('adverse_reactions'));
  unplaced.push(...interactions.unplaced, ...sideEffects.unplaced);

  return {
    drug,
    dosageForms: readDosageForms([...stream('description'), ...stream('dosage_forms')]),
    // Canonical order and titles, so the same notes written in any order or case give the same pack.
    sections: SECTION_KEYS.flatMap((key) => {
      const text = renderText(stream(key));
      const tables = stream(key).flatMap((token) => (token.kind === 'table' ? [token.table] : []));
      return text ? [{ key, title: SECTIONS[key].title, text, ...(tables.length > 0 ? { tables } : {}) }] : [];
    }),
    interactions: interactions.rows,
    sideEffects: sideEffects.rows,
    conditions: readConditions(stream('other_conditions')),
    unplaced,
    furniture,
  };
}

const STRAY_TEXT_REASON = {
  preamble: 'text before the first heading',
  title: 'text between the drug name and the first section heading',
  container: 'text under a grouping heading (such as "Before Using") outside its subsections',
} as const;

/** A section's regions as one token run; a sub-part's heading stays in as a heading token. */
function sectionTokens(regions: Region[]): Token[] {
  return regions.flatMap((region) => {
    const labelled = region.placement.kind === 'section' && region.placement.labelled;
    return labelled ? [{ kind: 'heading' as const, level: 3, text: region.heading }, ...region.tokens] : region.tokens;
  });
}

// The longest monograph we have seen is under 200 kB; a file many times that is not one monograph.
const MAX_MONOGRAPH_BYTES = 5_000_000;

/** Refused before parsing: a file that is not Markdown text is never imported as an empty monograph. */
export class NotMonographError extends Error {}

/** A monograph file's text: UTF-8, no NUL bytes, at most MAX_MONOGRAPH_BYTES. */
function readMonographText(path: string): string {
  const bytes = readFileSync(path);
  const name = basename(path);
  if (bytes.length > MAX_MONOGRAPH_BYTES)
    throw new NotMonographError(
      `${name} is ${(bytes.length / 1e6).toFixed(1)} MB: a Markdown monograph is at most ${MAX_MONOGRAPH_BYTES / 1e6} MB`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NotMonographError(`${name} is not UTF-8 text: save the monograph as UTF-8 Markdown`);
  }
  if (text.includes('\0'))
    throw new NotMonographError(`${name} holds NUL bytes: it is binary or UTF-16, not UTF-8 Markdown text`);
  return text;
}

export function parseMonographFile(path: string): ParsedMonograph {
  return parseMonograph(readMonographText(path), { fallbackName: nameFromFile(path) });
}

/**
 * Every *.md file in dir, sorted by file name. A file that cannot be read comes back as an empty
 * monograph whose `unplaced` says why, so one bad file is reported in the build log, not fatal.
 */
export function readLocalMonographDir(dir: string): { file: string; parsed: ParsedMonograph }[] {
  const files = readdirSync(dir)
    .filter((file) => extname(file).toLowerCase() === '.md')
    .sort(compareText);
  const out: { file: string; parsed: ParsedMonograph }[] = [];
  for (const file of files) {
    const path = join(dir, file);
    try {
      if (!statSync(path).isFile()) continue;
      out.push({ file, parsed: parseMonographFile(path) });
    } catch (error) {
      out.push({
        file,
        parsed: unreadable(nameFromFile(file), error instanceof Error ? error.message : String(error)),
      });
    }
  }
  return out;
}

function unreadable(name: string, message: string): ParsedMonograph {
  return {
    drug: { name, route: null, brands: [] },
    dosageForms: [],
    sections: [],
    interactions: [],
    sideEffects: [],
    conditions: [],
    unplaced: [{ heading: '(whole file)', text: '', reason: `could not read the file: ${message}` }],
    furniture: [],
  };
}

/** "warfarin-oral.md" → "warfarin oral". */
function nameFromFile(path: string): string {
  return basename(path, extname(path)).replace(/[-_]+/g, ' ').trim();
}
