// Splits a medication-list line as written in a discharge summary ("Metoprolol tartrate 25 mg PO BID",
// "Eliquis 5mg", "1. warfarin 3 mg daily (INR 2-3)") into the drug name and the rest, kept as typed.
import type { ParsedLine } from '../../common/contract.ts';
import { ODD_SPACE } from '../../common/normalize.ts';
import { ACTION } from './notes.ts';

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
// The verb of a directions line ("take 1 tab by mouth") ends the name and opens the dose.
const SIG_VERBS = new Set([
  'take',
  'give',
  'apply',
  'inject',
  'instill',
  'inhale',
  'chew',
  'dissolve',
  'insert',
  'place',
]);

const DOSE =
  /^(\d+(?:[.,]\d+)?(?:\s*[-/]\s*\d+(?:[.,]\d+)?)*)\s*(mg|mcg|µg|ug|g|gm|ml|l|units?|iu|meq|mmol|%|puffs?|drops?|tabs?|tablets?|caps?|sprays?|patch(?:es)?)?\b/i;

// A route word standing alone ("PO", "IV,"), found by one scan rather than a look at every word.
const ROUTE_TOKEN = new RegExp(`(?:^| )((?:${[...ROUTES].filter((r) => r !== 'by').join('|')})[.,;:]?)(?= |$)`, 'i');

/** A token as the word lists hold it: lower case, without one trailing stop, comma, semicolon or colon. */
function bare(token: string): string {
  const last = token.charCodeAt(token.length - 1);
  // . , ; :
  const cut = last === 46 || last === 44 || last === 59 || last === 58 ? token.slice(0, -1) : token;
  return cut.toLowerCase();
}

// An order's name, dose, route and timing fit in its first words; what a line says after them is a
// note kept as typed and never scanned, so a pasted paragraph costs what an order costs.
const HEAD_WORDS = 16;
const HEAD = new RegExp(`^\\s*(?:\\S+\\s+){0,${HEAD_WORDS - 1}}\\S*`);

/** The line's first HEAD_WORDS words, and the rest as typed; a parenthesis opened in the head closes in it. */
function splitHead(input: string): [string, string] {
  let head = HEAD.exec(input)![0];
  const open = head.lastIndexOf('(');
  if (open > head.lastIndexOf(')')) {
    const close = input.indexOf(')', open);
    head = close < 0 ? input : input.slice(0, close + 1);
  }
  return [head, input.slice(head.length).trim()];
}

export function parseLine(input: string): ParsedLine {
  const [head, tail] = splitHead(input);
  // List numbering, bullets and parenthesised notes are not part of the drug.
  // Each pass runs only when the head holds what it replaces: most lines have no fraction or parenthesis.
  let cleaned = head.replace(/^\s*(?:\d+[.)]|[-*•·])\s+/, '').replace(ACTION, '');
  if (cleaned.includes('½') || cleaned.includes('¼')) cleaned = cleaned.replace(/½/g, '1/2').replace(/¼/g, '1/4');
  if (cleaned.includes('(')) cleaned = cleaned.replace(/\([^)]*\)/g, ' ');
  cleaned = cleaned.replace(ODD_SPACE, ' ').trim();
  // Words are read one at a time until the name ends; the rest of the line is left as one string, so
  // a pasted paragraph costs what its name costs, not one look per word.
  const nameParts: string[] = [];
  let rest = '';
  let verb = '';
  for (let at = 0; at < cleaned.length;) {
    const space = cleaned.indexOf(' ', at);
    const end = space < 0 ? cleaned.length : space;
    const token = cleaned.slice(at, end);
    const lower = nameParts.length > 0 ? bare(token) : '';
    if (nameParts.length > 0 && (/^\d/.test(token) || ROUTES.has(lower) || FREQUENCIES.has(lower))) {
      rest = cleaned.slice(at);
      break;
    }
    if (nameParts.length > 0 && SIG_VERBS.has(lower)) {
      verb = token;
      rest = cleaned.slice(end + 1);
      break;
    }
    // "5mg" glued to the name ("Eliquis5mg") is split off too.
    const glued = token.match(/^([a-z][a-z-]+)(\d.*)$/i);
    if (glued && (nameParts.length > 0 || glued[1]!.length >= 4) && DOSE.test(glued[2]!)) {
      nameParts.push(glued[1]!);
      rest = glued[2]! + cleaned.slice(end);
      break;
    }
    nameParts.push(token);
    at = end + 1;
  }
  let dose: string | null = null;
  let remaining = rest;
  const doseMatch = remaining.match(DOSE);
  if (doseMatch && doseMatch.index === 0) {
    dose = doseMatch[0].trim();
    remaining = remaining.slice(doseMatch[0].length).trim();
  }
  // The first route word; every other word is timing or a note, kept as typed.
  const routeToken = ROUTE_TOKEN.exec(remaining);
  const route = routeToken ? routeToken[1]! : null;
  if (routeToken) {
    const end = routeToken.index + routeToken[0].length;
    remaining = [remaining.slice(0, end - route!.length).trim(), remaining.slice(end).trim()].filter(Boolean).join(' ');
  }
  const frequency = [verb, remaining, tail].filter(Boolean).join(' ');
  const name = nameParts
    .filter((p, idx) => idx === 0 || !FORM_WORDS.has(p.toLowerCase().replace(/[.,]$/, '')))
    .join(' ')
    .replace(/[,;:]+$/, '');
  return { input, name: name || cleaned, dose, route, frequency: frequency || null };
}
