// Recognises a typed line: exact names (generic, brand, synonym, salt, ward shorthand) at the start
// of the line, then a combination written with separators in any order ("APAP/hydrocodone",
// "acetaminophen-oxycodone"), or a single ingredient whose dose names a combination ("hydrocodone
// 5/325"). A misspelling is matched only with `confirm` set, so the screen and the printout ask the
// user to confirm it; a line that is not a medicine becomes a note. Every step costs a bounded number
// of lookups per line, so a pasted paragraph costs what a word costs.
import type { Database } from 'sql.js';
import type { DrugRef, MatchedEntry, NoteEntry, ParsedLine, UnmatchedEntry } from '../../common/contract.ts';
import { foldName, mayHaveOtherMoiety, moietyKey } from '../../common/normalize.ts';
import { nameIndex, type NameIndex } from '../search/nameIndex.ts';
import { all } from '../queries/rows.ts';
import { listItem, noteReason, PROSE_WORDS } from './notes.ts';
import { byText, numeric } from '../../common/order.ts';
import { perPack } from '../pack/perPack.ts';

type Match = Omit<MatchedEntry, 'input' | 'line' | 'lineIndex'>;
type Found = Match & { words: number };

// "calcium channel blocker", "beta blocker", "protease inhibitor": a name followed by one of these
// words names a drug class, not the drug ("calcium" is calcium carbonate), so the line is not checked.
const CLASS_WORDS = new Set([
  'blocker',
  'blockers',
  'blocking',
  'channel',
  'inhibitor',
  'inhibitors',
  'agonist',
  'agonists',
  'antagonist',
  'antagonists',
  'receptor',
  'analog',
  'analogs',
  'analogue',
  'analogues',
  'derivative',
  'derivatives',
]);

// No name a person types is longer than this; words past it are dose, route and notes.
const MAX_NAME_WORDS = 12;
// How many parts a combination written with separators may have ("a/b/c/d").
const MAX_PARTS = 5;

function viaName(index: NameIndex, norm: string): Match | null {
  const row = index.byNorm.get(norm)?.[0];
  const drug = row ? index.drugs.get(row.drug_id) : undefined;
  if (!row || !drug) return null;
  return {
    drugId: drug.id,
    name: drug.name,
    matchedBy: row.kind,
    matchedText: row.name,
    confirm: null,
    components: index.components.get(drug.id) ?? [],
  };
}

/**
 * The keys tried for a typed name, best first: each leading part, longest first ("Metoprolol
 * succinate ER" → "metoprolol succinate" → "metoprolol"), and each part's salt-stripped moiety. Only
 * parts that begin some name, or hold a word the moiety strips ("hcl", "/"), can find one, so a pasted
 * sentence after a name ("warfarin take with food …") costs one key, as the name alone does.
 */
export function lookupKeys(index: NameIndex, name: string): { key: string; salt: boolean; words: number }[] {
  return [...keysOf(index, foldedWords(name))];
}

const foldedWords = (name: string) => foldName(name).split(' ').filter(Boolean);

function* keysOf(index: NameIndex, all: string[]): Generator<{ key: string; salt: boolean; words: number }> {
  const words = all.slice(0, Math.min(MAX_NAME_WORDS, index.wordsAfter.get(all[0] ?? '') ?? 1));
  let known = 0;
  for (let prefix = words[0] ?? ''; known < words.length && index.namePrefixes.has(prefix);)
    prefix += ` ${words[++known] ?? ''}`;
  // mayHaveOtherMoiety holds for a run of words exactly when it holds for one of them.
  const firstStrippable = words.findIndex((w) => mayHaveOtherMoiety(w));
  for (let n = words.length; n >= 1; n--) {
    const strippable = firstStrippable >= 0 && firstStrippable < n;
    if (n > known && !strippable) continue;
    const prefix = words.slice(0, n).join(' ');
    if (n <= known) yield { key: prefix, salt: false, words: n };
    const moiety = strippable ? moietyKey(prefix) : prefix;
    if (moiety && moiety !== prefix) yield { key: moiety, salt: true, words: n };
  }
}

/** The longest known name at the start of these folded words; the keys after it are never made. */
function exactWords(index: NameIndex, words: string[]): Found | null {
  for (const { key, salt, words: n } of keysOf(index, words)) {
    const found = viaName(index, key);
    if (!found) continue;
    const matchedBy = !salt ? found.matchedBy : key.includes(' / ') ? 'combination' : 'salt';
    return { ...found, matchedBy, words: n };
  }
  return null;
}

const exact = (index: NameIndex, name: string) => exactWords(index, foldedWords(name));

/**
 * The folded words a name at the start of `text` can use: as many as the longest name beginning with
 * its first word. Growing heads of the line are folded until they hold that many, never cutting inside
 * a parenthesis (folding drops it whole): the words after the name are never read.
 */
const halves = (text: string) => text.replace(/½/g, '1/2').replace(/¼/g, '1/4');
const HEADS = [2, 4, 8, 16, 32].map((n) => new RegExp(`^(?:\\S+\\s+){0,${n - 1}}\\S*`));
function leadingWords(index: NameIndex, text: string): string[] {
  for (const pattern of HEADS) {
    let head = pattern.exec(text)![0];
    const open = head.lastIndexOf('(');
    if (open > head.lastIndexOf(')')) {
      const close = text.indexOf(')', open);
      head = close < 0 ? text : text.slice(0, close + 1);
    }
    const folded = foldedWords(halves(head));
    const need = Math.min(MAX_NAME_WORDS, index.wordsAfter.get(folded[0] ?? '') ?? 1);
    if (folded.length >= need || head.length >= text.length) return folded;
  }
  return foldedWords(halves(text));
}

/**
 * A drug the pack knows only as a part of other products (no product of its own), such as the "beta" of
 * "follitropin alfa/beta" or the "pork" of "insulin (beef/pork)": it is never the drug of a longer
 * typed name that merely starts with it ("pork insulin", "B vitamins").
 */
const isFragment = (index: NameIndex, drugId: string) =>
  index.drugs.get(drugId)?.rx_status == null && (index.combinationsWith.get(drugId)?.length ?? 0) > 0;

const startsWith = (words: string[], prefix: string[]) => prefix.every((w, i) => words[i] === w);

/** Every ingredient of these parts, each once, by name: a combination brand counts as its ingredients. */
function ingredientsOf(index: NameIndex, parts: { drugId: string; name: string }[]): DrugRef[] {
  const refs = new Map<string, DrugRef>();
  for (const p of parts) {
    const components = index.components.get(p.drugId) ?? [];
    for (const ref of components.length ? components : [{ id: p.drugId, name: p.name }]) refs.set(ref.id, ref);
  }
  return [...refs.values()].sort(byText((c) => c.name));
}

/** The pack's combination of exactly these drugs' ingredients ("piperacillin" + "tazobactam"), if it has one. */
export function packCombination(index: NameIndex, parts: { drugId: string; name: string }[]): string | undefined {
  const ids = ingredientsOf(index, parts).map((c) => c.id);
  return ids.length > 1 ? index.combinationOf.get(ids.sort().join('|')) : undefined;
}

/** The drug for a set of ingredients: the pack's combination of exactly those, or the set itself. */
function combination(index: NameIndex, parts: Match[], text: string): Match {
  const components = ingredientsOf(index, parts);
  const id = packCombination(index, parts);
  const drug = id ? index.drugs.get(id) : undefined;
  return {
    drugId: drug?.id ?? components.map((c) => c.id).join('+'),
    name: drug?.name ?? components.map((c) => c.name).join(' / '),
    matchedBy: 'combination',
    matchedText: text,
    confirm: null,
    components,
  };
}

/** "oxycodone/acetaminophen", "acetaminophen-oxycodone", "APAP + hydrocodone", "lisinopril and HCTZ". */
function bySeparators(index: NameIndex, name: string, folded: string): Match | null {
  if (!/[/+&-]|\band\b|\bwith\b|\bw\//.test(folded)) return null;
  const pieces = folded
    .split(/\s*(?:\/|\+|&|\band\b|\bwith\b|\bw\/)\s*|-/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length < 2 || pieces.length > MAX_PARTS) return null;
  const parts: Match[] = [];
  for (const piece of pieces) {
    const found = exact(index, piece);
    // Every part must be a whole known name: "co-trimoxazole" is not "co" and "trimoxazole".
    if (!found || found.words !== piece.split(' ').length) return null;
    parts.push(found);
  }
  return combination(index, parts, name);
}

/**
 * "piperacillin tazobactam", "trimethoprim sulfamethoxazole DS": names side by side with no separator are
 * a combination only when the pack has that exact combination; otherwise the line is its first name, as before.
 */
function bySpaces(index: NameIndex, name: string, words: string[]): Match | null {
  const parts: Found[] = [];
  for (let i = 0; i < words.length && parts.length < MAX_PARTS;) {
    const found = exactWords(index, words.slice(i));
    if (!found) break;
    parts.push(found);
    i += found.words;
  }
  return parts.length > 1 && packCombination(index, parts) ? combination(index, parts, name) : null;
}

const productStrengths = perPack(() => new Map<string, number[][]>());

/** Each combination product's strengths as numbers ("325MG;5MG" → [5, 325]). */
function strengthsOf(db: Database, drugId: string): number[][] {
  const cache = productStrengths(db);
  let list = cache.get(drugId);
  if (!list) {
    list = all<{ strength: string }>(db, 'SELECT DISTINCT strength FROM product WHERE drug_id = ?', [drugId]).map((r) =>
      [...r.strength.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])).sort(numeric),
    );
    cache.set(drugId, list);
  }
  return list;
}

/** "hydrocodone 5/325": one ingredient named, the dose of a two-ingredient product given. */
function byComboDose(db: Database, index: NameIndex, found: Match, dose: string | null): Match | null {
  const numbers = /^(\d+(?:\.\d+)?)\s*(?:mg)?\s*\/\s*(\d+(?:\.\d+)?)\s*(?:mg)?$/i.exec(dose ?? '');
  if (!numbers || found.components.length > 0) return null;
  const wanted = [Number(numbers[1]), Number(numbers[2])].sort(numeric);
  const hits = (index.combinationsWith.get(found.drugId) ?? []).filter(
    (id) =>
      (index.components.get(id)?.length ?? 0) === 2 &&
      strengthsOf(db, id).some((s) => s.length === 2 && s[0] === wanted[0] && s[1] === wanted[1]),
  );
  const id = hits.length === 1 ? hits[0]! : null;
  const drug = id ? index.drugs.get(id) : undefined;
  if (!id || !drug) return null;
  return {
    drugId: id,
    name: drug.name,
    matchedBy: 'combination',
    matchedText: `${found.matchedText} ${dose ?? ''}`.trim(),
    confirm: null,
    components: index.components.get(id) ?? [],
  };
}

/** A spelling correction only for one word that is plainly a misspelling of one name: same first letter, few edits. */
function plausibleSpelling(index: NameIndex, folded: string): string | null {
  if (!/^[a-z][a-z-]{4,}$/.test(folded)) return null;
  const maxEdits = folded.length <= 8 ? 1 : 2;
  const near = index.lexicon.closest(folded, 3, maxEdits).filter((n) => n[0] === folded[0] && !n.includes(' '));
  const drugs = new Set(near.map((n) => index.byNorm.get(n)?.[0]?.drug_id));
  return near.length > 0 && drugs.size === 1 ? near[0]! : null;
}

export function matchLine(db: Database, line: ParsedLine, lineIndex = 0): MatchedEntry | UnmatchedEntry | NoteEntry {
  const index = nameIndex(db);
  const text = listItem(line.input);
  const note = noteReason(text, line.name);
  if (note) return { lineIndex, input: line.input, note };
  const folded = foldName(line.name);
  const nameWords = folded.split(' ').filter(Boolean);
  const textWords = leadingWords(index, text);
  // The line as typed can name more than the parsed name ("D5 1/2NS with 20 KCl"); the longer match wins.
  const fromText = exactWords(index, textWords);
  // When the line starts with the name, the name's keys are among the line's: a hit no longer than the
  // name is the name's own best match.
  const fromName =
    startsWith(textWords, nameWords) && (!fromText || fromText.words <= nameWords.length)
      ? fromText
      : exactWords(index, nameWords);
  const head = fromText && (!fromName || fromText.words > fromName.words) ? fromText : fromName;
  if (head && CLASS_WORDS.has(nameWords[head.words] ?? ''))
    return { lineIndex, input: line.input, line, suggestions: [], packKnowsUpTo: index.knowsUpTo };
  let found: Match | null = head && !(head.words < nameWords.length && isFragment(index, head.drugId)) ? head : null;
  // A combination written out covers more of the name than its first part does.
  if (!found || (fromName && fromName.words < nameWords.length))
    found = bySeparators(index, line.name, folded) ?? bySpaces(index, line.name, nameWords) ?? found;
  if (found) found = byComboDose(db, index, found, line.dose) ?? found;
  if (found) return { lineIndex, input: line.input, line, ...found };
  if (nameWords.length >= PROSE_WORDS) return { lineIndex, input: line.input, note: 'not a medicine name' };

  const suggestions: DrugRef[] = [];
  for (const norm of index.lexicon.closest(folded, 5)) {
    const m = viaName(index, norm);
    if (m && !suggestions.some((s) => s.id === m.drugId)) suggestions.push({ id: m.drugId, name: m.name });
  }
  const spelling = plausibleSpelling(index, folded);
  const first = spelling ? viaName(index, spelling) : null;
  if (first) {
    return {
      lineIndex,
      input: line.input,
      line,
      ...first,
      matchedBy: 'fuzzy',
      confirm: `"${line.name}" is not a known name; checked as ${first.name}. Confirm this is the intended drug.`,
    };
  }
  return { lineIndex, input: line.input, line, suggestions, packKnowsUpTo: index.knowsUpTo };
}

export function isMatched(entry: MatchedEntry | UnmatchedEntry | NoteEntry): entry is MatchedEntry {
  return 'drugId' in entry;
}

export function isNote(entry: MatchedEntry | UnmatchedEntry | NoteEntry): entry is NoteEntry {
  return 'note' in entry;
}
