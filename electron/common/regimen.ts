// How a medicine is taken, as written on a list line, and what changed between two lines for the
// same drug: dose, frequency, route, release (IR → ER) or salt (tartrate → succinate). Pure, shared by
// the checker's list comparison and the renderer.
import type { MatchedEntry, ParsedLine, RegimenChange } from './contract.ts';

/** Dose, route and frequency as typed; empty when the line gives none. */
export const regimenWords = (line: Pick<ParsedLine, 'dose' | 'route' | 'frequency'>): string =>
  [line.dose, line.route, line.frequency].filter(Boolean).join(' ');

/** Dose, route and frequency as typed, for display. */
export const regimenText = (line: Pick<ParsedLine, 'dose' | 'route' | 'frequency'>): string =>
  regimenWords(line) || 'no dose given';

const FREQUENCY: Record<string, string> = {
  qd: 'daily',
  od: 'daily',
  'once daily': 'daily',
  'once a day': 'daily',
  'every day': 'daily',
  daily: 'daily',
  bid: 'twice daily',
  bd: 'twice daily',
  'b.i.d.': 'twice daily',
  'twice daily': 'twice daily',
  'twice a day': 'twice daily',
  tid: 'three times daily',
  tds: 'three times daily',
  'three times daily': 'three times daily',
  qid: 'four times daily',
  qds: 'four times daily',
  'four times daily': 'four times daily',
  qhs: 'at night',
  hs: 'at night',
  nocte: 'at night',
  nightly: 'at night',
  'at bedtime': 'at night',
  'at night': 'at night',
  mane: 'in the morning',
  'in the morning': 'in the morning',
};

const ROUTE: Record<string, string> = {
  po: 'oral',
  oral: 'oral',
  orally: 'oral',
  iv: 'intravenous',
  ivp: 'intravenous',
  ivpb: 'intravenous',
  intravenous: 'intravenous',
  im: 'intramuscular',
  intramuscular: 'intramuscular',
  sc: 'subcutaneous',
  sq: 'subcutaneous',
  subcut: 'subcutaneous',
  subq: 'subcutaneous',
  subcutaneous: 'subcutaneous',
  sl: 'sublingual',
  pr: 'rectal',
  rectal: 'rectal',
  td: 'transdermal',
  transdermal: 'transdermal',
  top: 'topical',
  topical: 'topical',
  inh: 'inhaled',
  inhaled: 'inhaled',
  neb: 'inhaled',
  nebulised: 'inhaled',
  nebulized: 'inhaled',
};

// Release modifiers as written on lists and in brand names (Toprol XL, Cardizem CD, Depakote ER).
const RELEASE: Record<string, string> = {
  er: 'extended-release',
  xr: 'extended-release',
  xl: 'extended-release',
  sr: 'extended-release',
  cr: 'extended-release',
  la: 'extended-release',
  cd: 'extended-release',
  mr: 'extended-release',
  extended: 'extended-release',
  sustained: 'extended-release',
  controlled: 'extended-release',
  modified: 'extended-release',
  dr: 'delayed-release',
  ec: 'delayed-release',
  delayed: 'delayed-release',
  enteric: 'delayed-release',
  ir: 'immediate-release',
  immediate: 'immediate-release',
};

const SALTS = new Set([
  'acetate',
  'besylate',
  'besilate',
  'bitartrate',
  'bromide',
  'carbonate',
  'citrate',
  'dipropionate',
  'fumarate',
  'furoate',
  'gluconate',
  'hcl',
  'hydrobromide',
  'hydrochloride',
  'hyclate',
  'lactate',
  'maleate',
  'mesylate',
  'monohydrate',
  'oxide',
  'phosphate',
  'propionate',
  'succinate',
  'sulfate',
  'sulphate',
  'tartrate',
  'tosylate',
  'valerate',
  'xinafoate',
]);

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9.]+/)
    .filter(Boolean);
const squash = (text: string | null) => (text ?? '').toLowerCase().replace(/\s+/g, '');

export function frequencyOf(line: Pick<ParsedLine, 'frequency'>): string | null {
  const f = line.frequency?.toLowerCase().replace(/\s+/g, ' ').trim() ?? '';
  return f ? (FREQUENCY[f] ?? f) : null;
}

export function routeOf(line: Pick<ParsedLine, 'route'>): string | null {
  const r = line.route?.toLowerCase() ?? '';
  return r ? (ROUTE[r] ?? r) : null;
}

/** The release type a line states; a plain oral line counts as immediate-release. */
export function releaseOf(input: string): string | null {
  for (const w of words(input)) if (RELEASE[w]) return RELEASE[w];
  return null;
}

export function saltsOf(line: Pick<ParsedLine, 'name'>): string[] {
  return [...new Set(words(line.name).filter((w) => SALTS.has(w)))].map((w) => (w === 'hcl' ? 'hydrochloride' : w));
}

/**
 * What differs between two lines for the same drug. A detail written on one line and missing from the
 * other is not a change (the list may simply not say it), except release: a line without a modifier
 * is read as immediate-release, so "diltiazem" → "diltiazem ER" is a change of formulation.
 */
export function regimenChanges(before: MatchedEntry, after: MatchedEntry): RegimenChange[] {
  const changes: RegimenChange[] = [];
  const push = (kind: RegimenChange['kind'], a: string | null, b: string | null) =>
    changes.push({ kind, before: a, after: b });
  if (squash(before.line.dose) !== squash(after.line.dose)) push('dose', before.line.dose, after.line.dose);
  const [fa, fb] = [frequencyOf(before.line), frequencyOf(after.line)];
  if (fa !== fb) push('frequency', before.line.frequency, after.line.frequency);
  const [ra, rb] = [routeOf(before.line), routeOf(after.line)];
  if (ra && rb && ra !== rb) push('route', ra, rb);
  const [xa, xb] = [releaseOf(before.input), releaseOf(after.input)];
  if ((xa ?? 'immediate-release') !== (xb ?? 'immediate-release'))
    push('release', xa ?? 'immediate-release (not stated)', xb ?? 'immediate-release (not stated)');
  const [sa, sb] = [saltsOf(before.line), saltsOf(after.line)];
  if (sa.length && sb.length && sa.join() !== sb.join()) push('salt', sa.join(', '), sb.join(', '));
  return changes;
}
