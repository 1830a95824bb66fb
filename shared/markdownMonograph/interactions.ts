// Drug Interactions: each list is graded by the sentence that introduces it, matched by meaning.
import { cleanName, isListLike, splitNote } from './text.ts';
import { UnplacedRuns } from './listReader.ts';
import type { InteractionSeverity, ParsedMonograph, Token, Unplaced } from './types.ts';

// An intro points at a list; general advice ("some medicines should not be used together at all")
// has no such cue and must not grade the list that follows it.
const LIST_CUE = /\b(following|below|listed|these|this list)\b|:$/;
const BEST_TREATMENT = /\b(best|right|most appropriate|preferred)\s+(treatment|option|choice|therapy)\b/;
const SOMETIMES_NEEDED = [
  /\b(usually|generally|normally|often|typically|mostly)\b.{0,40}\b(not\s+(be\s+)?recommended|avoided)\b/,
  /\bnot\s+(usually|generally|normally|often|typically)\s+(be\s+)?recommended\b/,
  /\b(may|might|can|could)\s+(still\s+|sometimes\s+)?be\s+(required|needed|necessary|justified|unavoidable)\b/,
  /\bin\s+(some|certain|selected|a few)\s+(cases|situations|patients|circumstances)\b/,
];
const MORE_RISK =
  /\b(increase[sd]?|increasing|raise[sd]?|higher|greater|more)\s+(the\s+)?(risk|chance|likelihood)\b|\bside[\s-]effects?\b/;
const NEVER =
  /\bnot\s+(be\s+)?recommended\b|\bcontraindicated\b|\b(should|must)\s+not\b|\bdo\s+not\s+(use|take|combine|give)\b|\bnever\b|\bavoid/;

/** Severity an intro sentence (or a heading, which needs no list cue) gives the list after it. */
function severityOf(text: string, needsListCue: boolean): InteractionSeverity | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (needsListCue && !LIST_CUE.test(t)) return null;
  if (BEST_TREATMENT.test(t)) return 'moderate';
  if (SOMETIMES_NEEDED.some((re) => re.test(t))) return 'major';
  if (MORE_RISK.test(t)) return 'moderate';
  if (NEVER.test(t)) return 'contraindicated';
  return null;
}

export function readInteractions(
  tokens: Token[],
  firstHeading: string,
): { rows: ParsedMonograph['interactions']; unplaced: Unplaced[] } {
  const rows: ParsedMonograph['interactions'] = [];
  const stray = new UnplacedRuns('interaction list with no recognisable intro sentence');
  let heading = firstHeading;
  // Asserted, not annotated: setIntro reassigns it, which narrowing from `= null` would not see.
  let severity = null as InteractionSeverity | null;
  let itemsSinceIntro = 0;
  const setIntro = (next: InteractionSeverity | null): void => {
    stray.flush();
    severity = next;
    itemsSinceIntro = 0;
  };
  for (const token of tokens) {
    if (token.kind === 'blank' || token.kind === 'table') continue;
    if (token.kind === 'heading') {
      heading = token.text;
      setIntro(severityOf(token.text, false));
      continue;
    }
    if (token.kind === 'line' && !isListLike(token.text)) {
      const graded = severityOf(token.text, true);
      // A second sentence of advice right after the intro keeps the intro; prose after items ends the list.
      if (graded) setIntro(graded);
      else if (itemsSinceIntro > 0 || token.text.endsWith(':')) setIntro(null);
      continue;
    }
    const name = cleanName(splitNote(token.text).name);
    if (!name) continue;
    itemsSinceIntro++;
    if (severity) rows.push({ name, severity });
    else stray.add(heading, name);
  }
  stray.flush();
  return { rows, unplaced: stray.found };
}
