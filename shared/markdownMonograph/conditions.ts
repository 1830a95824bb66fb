// Other Medical Problems: "- Bleeding problems\n- Liver disease—May make these worse." gives both
// conditions the note, because consumer pages group conditions that share one note this way.
import { cleanName, isListLike, splitNote } from './text.ts';
import type { ParsedMonograph, Token } from './types.ts';

export function readConditions(tokens: Token[]): ParsedMonograph['conditions'] {
  const rows: ParsedMonograph['conditions'] = [];
  let waiting: string[] = [];
  const settle = (note: string | null): void => {
    for (const name of waiting) rows.push({ name, note });
    waiting = [];
  };
  for (const token of tokens) {
    if (token.kind === 'blank' || token.kind === 'table') continue;
    const parts = token.kind === 'heading' ? null : splitNote(token.text);
    // Prose or a new heading ends a group: conditions still waiting had no note.
    if (
      !parts ||
      (token.kind === 'line' && !(isListLike(parts.name) && (parts.note !== null || isListLike(token.text))))
    ) {
      settle(null);
      continue;
    }
    const name = cleanName(parts.name);
    if (name) waiting.push(name);
    if (parts.note) settle(parts.note);
  }
  settle(null);
  return rows;
}
