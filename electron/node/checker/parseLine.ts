// Splits a medication-list line as written in a discharge summary ("Metoprolol tartrate 25 mg PO BID",
// "Eliquis 5mg", "1. warfarin 3 mg daily (INR 2-3)") into the drug name and the rest, kept as typed.
import type { ParsedLine } from '../../common/contract.ts';

const ROUTES = new Set([
  'po',
  'oral',
  'orally',
  'iv',
  'ivp',
  'ivpb',
  'im',
  'sc',
  'sq',
  'subcut',
  'subq',
  'sl',
  'pr',
  'pv',
  'top',
  'topical',
  'td',
  'transdermal',
  'inh',
  'inhaled',
  'neb',
  'nebulised',
  'nebulized',
  'intranasal',
  'nasal',
  'ophth',
  'ophthalmic',
  'otic',
  'rectal',
  'vaginal',
  'ng',
  'peg',
  'buccal',
  'intravenous',
  'intramuscular',
  'subcutaneous',
  'by',
]);
const FREQUENCIES = new Set([
  'qd',
  'od',
  'daily',
  'bid',
  'bd',
  'tid',
  'tds',
  'qid',
  'qds',
  'qhs',
  'hs',
  'nocte',
  'mane',
  'prn',
  'stat',
  'once',
  'twice',
  'weekly',
  'monthly',
  'qam',
  'qpm',
  'qod',
  'every',
  'at',
  'bedtime',
  'morning',
  'evening',
  'night',
  'nightly',
  'as',
  'needed',
  'times',
  'a',
  'day',
  'q4h',
  'q6h',
  'q8h',
  'q12h',
  'q24h',
  'q2h',
  'q3h',
  'q4-6h',
  'ac',
  'pc',
  'with',
]);
// Dosage-form words are not part of a drug's name.
const FORM_WORDS = new Set([
  'tab',
  'tabs',
  'tablet',
  'tablets',
  'cap',
  'caps',
  'capsule',
  'capsules',
  'er',
  'xr',
  'xl',
  'sr',
  'cr',
  'la',
  'dr',
  'ec',
  'odt',
  'inj',
  'injection',
  'solution',
  'soln',
  'susp',
  'suspension',
  'syrup',
  'elixir',
  'cream',
  'ointment',
  'gel',
  'patch',
  'inhaler',
  'mdi',
  'drops',
  'spray',
  'powder',
  'vial',
  'amp',
  'ampoule',
  'pen',
  'liquid',
  'chewable',
  'extended-release',
  'delayed-release',
  'immediate-release',
  'ir',
  'hfa',
  'oral',
  'suppository',
]);
const DOSE =
  /^(\d+(?:[.,]\d+)?(?:\s*[-/]\s*\d+(?:[.,]\d+)?)*)\s*(mg|mcg|µg|ug|g|gm|ml|l|units?|iu|meq|mmol|%|puffs?|drops?|tabs?|tablets?|caps?|sprays?|patch(?:es)?)?\b/i;

export function parseLine(input: string): ParsedLine {
  // List numbering, bullets and parenthesised notes are not part of the drug.
  const cleaned = input
    .replace(/½/g, '1/2')
    .replace(/¼/g, '1/4')
    .replace(/^\s*(?:\d+[.)]|[-*•·])\s+/, '')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = cleaned.split(' ').filter(Boolean);
  const nameParts: string[] = [];
  let i = 0;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lower = token.toLowerCase().replace(/[.,;:]$/, '');
    if (/^\d/.test(token) && nameParts.length > 0) break;
    if (nameParts.length > 0 && (ROUTES.has(lower) || FREQUENCIES.has(lower))) break;
    // "5mg" glued to the name ("Eliquis5mg") is split off too.
    const glued = token.match(/^([a-z][a-z-]+)(\d.*)$/i);
    if (glued && (nameParts.length > 0 || glued[1]!.length >= 4) && DOSE.test(glued[2]!)) {
      nameParts.push(glued[1]!);
      tokens[i] = glued[2]!;
      break;
    }
    nameParts.push(token);
  }
  const rest = tokens.slice(i).join(' ');
  let dose: string | null = null;
  let route: string | null = null;
  const frequency: string[] = [];
  let remaining = rest;
  const doseMatch = remaining.match(DOSE);
  if (doseMatch && doseMatch.index === 0) {
    dose = doseMatch[0].trim();
    remaining = remaining.slice(doseMatch[0].length).trim();
  }
  for (const token of remaining.split(' ').filter(Boolean)) {
    const lower = token.toLowerCase().replace(/[.,;:]$/, '');
    if (!route && ROUTES.has(lower) && lower !== 'by') route = token;
    else frequency.push(token);
  }
  const name = nameParts
    .filter((p, idx) => idx === 0 || !FORM_WORDS.has(p.toLowerCase().replace(/[.,]$/, '')))
    .join(' ')
    .replace(/[,;:]+$/, '');
  return { input, name: name || cleaned, dose, route, frequency: frequency.length > 0 ? frequency.join(' ') : null };
}
