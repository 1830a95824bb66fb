// Recognises a typed drug name: exact names (generic, brand, synonym, salt, abbreviation), then
// the salt-stripped moiety, then shorter leading parts, then "a/b" combinations. A misspelling is
// matched only with `confirm` set, so the screen and the printout ask the user to confirm it.
import type { Database } from 'sql.js';
import type { DrugRef, MatchedEntry, ParsedLine, UnmatchedEntry } from '../../common/contract.ts';
import { foldName, moietyKey } from '../../common/normalize.ts';
import { nameIndex, type NameIndex } from '../search/nameIndex.ts';

type Match = Omit<MatchedEntry, 'input' | 'line' | 'lineIndex'>;

function viaName(db: Database, norm: string): Match | null {
  const index = nameIndex(db);
  const row = index.byNorm.get(norm)?.[0];
  const drug = row ? index.drugs.get(row.drug_id) : undefined;
  if (!row || !drug) return null;
  return {
    drugId: drug.id,
    name: drug.name,
    matchedBy: row.kind,
    confirm: null,
    components: index.components.get(drug.id) ?? [],
  };
}

// No name a person types is longer than this; words past it are dose, route and notes.
const MAX_NAME_WORDS = 12;

/**
 * The keys tried for a typed name, best first: each leading part, longest first ("Metoprolol
 * succinate ER" → "metoprolol succinate" → "metoprolol"), and each part's salt-stripped moiety. Only
 * as many words as the longest name starting with the first word, never more than MAX_NAME_WORDS: a
 * pasted sentence costs what a word costs.
 */
export function lookupKeys(index: NameIndex, name: string): { key: string; salt: boolean }[] {
  const all = foldName(name).split(' ').filter(Boolean);
  const words = all.slice(0, Math.min(MAX_NAME_WORDS, index.wordsAfter.get(all[0] ?? '') ?? 1));
  const keys: { key: string; salt: boolean }[] = [];
  for (let n = words.length; n >= 1; n--) {
    const prefix = words.slice(0, n).join(' ');
    keys.push({ key: prefix, salt: false });
    const moiety = moietyKey(prefix);
    if (moiety && moiety !== prefix) keys.push({ key: moiety, salt: true });
  }
  return keys;
}

function exact(db: Database, name: string): Match | null {
  for (const { key, salt } of lookupKeys(nameIndex(db), name)) {
    const found = viaName(db, key);
    if (found) return salt ? { ...found, matchedBy: 'salt' } : found;
  }
  return null;
}

export function matchLine(db: Database, line: ParsedLine, lineIndex = 0): MatchedEntry | UnmatchedEntry {
  const found = exact(db, line.name) ?? exact(db, line.input);
  if (found) return { lineIndex, input: line.input, line, ...found };
  const folded = foldName(line.name);
  const near = nameIndex(db).lexicon.closest(folded, 5);
  const suggestions: DrugRef[] = [];
  for (const norm of near) {
    const m = viaName(db, norm);
    if (m && !suggestions.some((s) => s.id === m.drugId)) suggestions.push({ id: m.drugId, name: m.name });
  }
  // Only an unambiguous nearest name is checked, and then only with a visible request to confirm.
  const first = near[0] ? viaName(db, near[0]) : null;
  if (first && suggestions.length >= 1 && (near.length === 1 || suggestions.length === 1)) {
    return {
      lineIndex,
      input: line.input,
      line,
      ...first,
      matchedBy: 'fuzzy',
      confirm: `"${line.name}" is not a known name; checked as ${first.name}. Confirm this is the intended drug.`,
    };
  }
  return { lineIndex, input: line.input, line, suggestions };
}

export function isMatched(entry: MatchedEntry | UnmatchedEntry): entry is MatchedEntry {
  return 'drugId' in entry;
}
