// Ward shorthand (data/kb/shorthand/ward.json): IV fluids, electrolytes, vitamins, abbreviations,
// OTC and hospital brand shorthand, each naming every ingredient it means, so "Tylenol #3" is
// checked as acetaminophen and codeine and "LR" as the four salts of Lactated Ringer's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NameKind, PackContent } from '../../../shared/pack/content.ts';
import { moietyKey } from '../../../electron/common/normalize.ts';
import { KNOWLEDGE_BASE } from '../sources.ts';

export interface ShorthandEntry {
  kind: string;
  names: string[];
  ingredients: string[];
  reason: string;
  cite: string[];
  classes?: string[];
}

export function readShorthand(kbDir: string): ShorthandEntry[] {
  return (JSON.parse(readFileSync(join(kbDir, 'shorthand/ward.json'), 'utf8')) as { entries: ShorthandEntry[] })
    .entries;
}

/** A capitalised word with lower-case letters reads as a brand ("Percocet"); the rest is shorthand. */
function kindOf(entry: ShorthandEntry, name: string): NameKind {
  if (/^[A-Z][a-z]/.test(name) && !['vitamin', 'iv-fluid', 'electrolyte'].includes(entry.kind)) return 'brand';
  return /^[a-z][a-z -]{5,}$/.test(name) ? 'synonym' : 'abbreviation';
}

export function compileShorthand(kbDir: string, content: PackContent): void {
  const src = KNOWLEDGE_BASE.id;
  for (const entry of readShorthand(kbDir)) {
    const key = [...new Set(entry.ingredients.map((i) => moietyKey(i)).flatMap((k) => k.split(' / ')))]
      .filter(Boolean)
      .sort()
      .join(' / ');
    if (!key) continue;
    const drugId = content.ensureDrug(key, src);
    for (const name of entry.names) content.addName(drugId, name, kindOf(entry, name), src);
    for (const cls of entry.classes ?? [])
      content.addClass({ drugId, type: 'FDA established pharmacologic class', cls, code: '', sourceId: src });
  }
}
