// The drug-name heading, the brand list and the dosage-forms list: the product facts of a monograph.
import { isBrandLabel } from './headings.ts';
import { cleanName, isListLike } from './text.ts';
import type { Token } from './types.ts';

const ROUTE_WORDS = new Set([
  'oral',
  'by mouth',
  'intravenous',
  'iv',
  'intramuscular',
  'im',
  'subcutaneous',
  'sc',
  'topical',
  'rectal',
  'vaginal',
  'inhalation',
  'nasal',
  'ophthalmic',
  'otic',
  'transdermal',
  'sublingual',
  'buccal',
  'injection',
  'enteral',
  'dental',
  'mucous membrane',
  'intrathecal',
  'epidural',
  'cutaneous',
]);

/** "Warfarin (Oral Route)" → warfarin + "oral"; "Insulin (Intravenous Route, Subcutaneous Route)" → two routes. */
export function parseTitle(text: string): { name: string; route: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  if (!match?.[1]) return { name: text.trim(), route: null };
  const parts = (match[2] ?? '')
    .toLowerCase()
    .replace(/\broutes?\b/g, '')
    .split(/[,/;]|\band\b/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const saysRoute =
    /\broutes?\b/i.test(match[2] ?? '') || (parts.length > 0 && parts.every((part) => ROUTE_WORDS.has(part)));
  return saysRoute && parts.length > 0
    ? { name: match[1].trim(), route: parts.join(', ') }
    : { name: text.trim(), route: null };
}

/** Brand names, one per item or line (or comma-separated); other prose is returned for the unplaced report. */
export function readBrands(tokens: Token[]): { brands: string[]; prose: string[] } {
  const brands: string[] = [];
  const prose: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'blank' || token.kind === 'heading' || token.kind === 'table' || isBrandLabel(token.text))
      continue;
    if (token.kind === 'line' && !isListLike(token.text)) {
      prose.push(token.text);
      continue;
    }
    for (const part of token.text.split(/[,;]/)) addUnique(brands, cleanName(part.replace(/[®™]/g, '')));
  }
  return { brands, prose };
}

const FORMS_INTRO =
  /\bdosage\s+forms?\b|\b(available|comes?|supplied)\s+(in|as)\s+(the\s+)?following\b|^(forms?|formulations?)$/i;

/**
 * Forms listed after a "dosage forms" intro, until prose follows the list. An intro that carries its
 * forms inline ("…dosage forms: Tablet, Injection") is split on commas.
 */
export function readDosageForms(tokens: Token[]): string[] {
  const forms: string[] = [];
  let collecting = false;
  let found = 0;
  for (const token of tokens) {
    if (token.kind === 'blank' || token.kind === 'table') continue;
    const isItem = token.kind === 'item' || (token.kind === 'line' && isListLike(token.text));
    if (!isItem && FORMS_INTRO.test(token.text.replace(/:.*$/, ''))) {
      collecting = true;
      found = 0;
      const inline = token.text.split(/:\s*/).slice(1).join(': ');
      for (const part of inline.split(/[,;]|\band\b/)) addUnique(forms, cleanName(part));
      continue;
    }
    if (collecting && isItem) {
      addUnique(forms, cleanName(token.text));
      found++;
    } else if (collecting && found > 0) collecting = false;
  }
  return forms;
}

function addUnique(list: string[], value: string): void {
  if (value && !list.some((existing) => existing.toLowerCase() === value.toLowerCase())) list.push(value);
}
