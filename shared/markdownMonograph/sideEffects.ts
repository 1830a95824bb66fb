// Side Effects: an urgency sentence opens each group; frequency bands subdivide it.
import { frequencyOf } from './headings.ts';
import { UnplacedRuns } from './listReader.ts';
import { cleanName, isListLike } from './text.ts';
import type { Frequency, ParsedMonograph, Token, Unplaced, Urgency } from './types.ts';

// Checked first: the "bothersome" intro also says "check with your doctor", just not urgently.
const IF_BOTHERSOME =
  /\b(do|does|will|may|should)\s+not\s+(usually\s+|normally\s+|always\s+)?(need|require)\b|\b(do|does)n['’]?t\s+(usually\s+)?need\b|\bnot\s+(usually\s+)?(need|require)\s+(medical\s+)?attention\b|\bbothersome\b|\bbother(s)?\s+you\b|\bgo(es)?\s+away\b|\bwear(s)?\s+off\b/;
const URGENTLY =
  /\b(immediately|right away|at once|straight away|urgently|without delay|as soon as possible|emergency)\b/;
const WHO_TO_TELL = /\b(doctor|nurse|prescriber|pharmacist|health\s?care|medical|help|team|999|911)\b/;

function urgencyOf(text: string): Urgency | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (IF_BOTHERSOME.test(t)) return 'if-bothersome';
  if (URGENTLY.test(t) && WHO_TO_TELL.test(t)) return 'immediate';
  return null;
}

export function readSideEffects(
  tokens: Token[],
  firstHeading: string,
): { rows: ParsedMonograph['sideEffects']; unplaced: Unplaced[] } {
  const rows: ParsedMonograph['sideEffects'] = [];
  const stray = new UnplacedRuns('side-effect items outside any urgency group');
  let heading = firstHeading;
  // Asserted, not annotated: startGroup reassigns it, which narrowing from `= null` would not see.
  let urgency = null as Urgency | null;
  let frequency: Frequency | null = null;
  const startGroup = (next: Urgency | null): void => {
    stray.flush();
    urgency = next;
    frequency = null;
  };
  for (const token of tokens) {
    if (token.kind === 'blank' || token.kind === 'table') continue;
    const band = token.kind === 'item' ? null : frequencyOf(token.text);
    if (band) {
      frequency = band;
      if (token.kind === 'heading') heading = token.text;
      continue;
    }
    if (token.kind === 'heading') {
      heading = token.text;
      // An unrecognised heading starts something else; its items must not inherit the last group.
      startGroup(urgencyOf(token.text));
      continue;
    }
    if (token.kind === 'line' && !isListLike(token.text)) {
      const next = urgencyOf(token.text);
      if (next) startGroup(next);
      else if (token.text.endsWith(':')) startGroup(null);
      continue;
    }
    const name = cleanName(token.text);
    if (!name) continue;
    if (urgency) rows.push({ name, urgency, frequency });
    else stray.add(heading, name);
  }
  stray.flush();
  return { rows, unplaced: stray.found };
}
