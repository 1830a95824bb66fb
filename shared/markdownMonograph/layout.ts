// Headings → regions: which part of the monograph each run of lines belongs to. Placement is by
// heading name, not level, so flat or mis-levelled files still land; levels only decide nesting
// of headings the vocabulary does not know.
import type { SectionKey } from '../../electron/common/sections.ts';
import { frequencyOf, knownHeading } from './headings.ts';
import { stripInline } from './text.ts';
import type { Token } from './types.ts';

export type Placement =
  | { kind: 'preamble' }
  | { kind: 'title' }
  | { kind: 'section'; key: SectionKey; labelled: boolean }
  | { kind: 'brands' }
  | { kind: 'container' }
  | { kind: 'unplaced'; reason: string };

export interface Region {
  placement: Placement;
  heading: string;
  tokens: Token[];
}

export interface Layout {
  title: string | null;
  regions: Region[];
}

// Bold-only lines that name a known part ("**Storage**") are headings too; they nest below any real heading.
const PSEUDO_HEADING_LEVEL = 7;

export function layOut(tokens: Token[]): Layout {
  const titleIndex = findTitleIndex(tokens);
  const regions: Region[] = [{ placement: { kind: 'preamble' }, heading: '(start of file)', tokens: [] }];
  const open: { level: number; heading: string; placement: Placement }[] = [];
  tokens.forEach((token, index) => {
    const heading = asHeading(token);
    if (!heading) {
      regions.at(-1)?.tokens.push(token);
      return;
    }
    while ((open.at(-1)?.level ?? 0) >= heading.level) open.pop();
    const placement =
      index === titleIndex ? { kind: 'title' as const } : place(heading.text, open.at(-1), regions.at(-1));
    open.push({ level: heading.level, heading: heading.text, placement });
    regions.push({ placement, heading: heading.text, tokens: [] });
  });
  const titleToken = titleIndex === null ? undefined : tokens[titleIndex];
  return { title: titleToken?.kind === 'heading' ? titleToken.text : null, regions };
}

function asHeading(token: Token): { level: number; text: string } | null {
  if (token.kind === 'heading') return token;
  if (token.kind === 'line' && token.emphasisOnly && knownHeading(token.text)) {
    return { level: PSEUDO_HEADING_LEVEL, text: stripInline(token.text).replace(/:$/, '') };
  }
  return null;
}

function place(
  text: string,
  parent: { heading: string; placement: Placement } | undefined,
  previous: Region | undefined,
): Placement {
  const known = knownHeading(text);
  if (known) return known;
  const parentPlacement = parent?.placement;
  // An unknown sub-heading inside a section is part of that section (e.g. "Overdose tips" under Precautions).
  if (parentPlacement?.kind === 'section') return { ...parentPlacement, labelled: true };
  // Flat files put "## More common" beside "## Side Effects" rather than under it.
  const prev = previous?.placement;
  if (frequencyOf(text) && prev?.kind === 'section' && prev.key === 'adverse_reactions')
    return { ...prev, labelled: true };
  if (parentPlacement?.kind === 'unplaced')
    return { kind: 'unplaced', reason: `unknown heading (under "${parent?.heading}")` };
  return { kind: 'unplaced', reason: 'unknown heading' };
}

/** The drug-name heading: among headings before the first known part, the first level-1 one, else the first. */
function findTitleIndex(tokens: Token[]): number | null {
  let first: number | null = null;
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'heading') continue;
    if (knownHeading(token.text)) break;
    if (token.level === 1) return index;
    first ??= index;
  }
  return first;
}
