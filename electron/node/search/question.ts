// A typed question taken apart: the drugs it names (generic, brand, abbreviation or a near
// spelling), the clinical phrases it uses (from the reviewed synonym table, with the sections they
// ask about), and its other words, each with the index words that may stand for it.
import type { Database } from 'sql.js';
import { numeric } from '../../common/order.ts';
import type { NamedDrug } from '../../common/contract.ts';
import { moietyKey } from '../../common/normalize.ts';
import { searchWords } from '../../common/searchWords.ts';
import { isSectionKey, type SectionKey } from '../../common/sections.ts';
import { byNameKind, type NameRow } from '../queries/drugs.ts';
import { drugsWithText, searchTermRows } from '../queries/searchData.ts';
import { phraseFrequency, prefixFrequency } from '../queries/sections.ts';
import { packCombination } from '../checker/matchDrug.ts';
import { nameIndex, type NameIndex } from './nameIndex.ts';
import { termsFor } from './indexTerms.ts';
import { frequency, otherForms, stemKey } from './wordForms.ts';
import { perPack } from '../pack/perPack.ts';

export interface Alternative {
  tokens: string[];
  /** 1 for the word as typed, less for another form or a synonym: exact matches rank first. */
  weight: number;
  kind: 'exact' | 'form' | 'synonym';
  prefix: boolean;
  /** Sections holding it (a phrase: its rarest word). */
  documents: number;
}
export interface Group {
  /** The words as typed. */
  label: string;
  alts: Alternative[];
  /** Set for the group standing for a named drug. */
  drugId: string | null;
  /** The sections a clinical phrase asks about ("black box" → boxed warning). */
  sections: SectionKey[];
}
export interface Question {
  drugs: NamedDrug[];
  /** Combinations named by their ingredients side by side ("piperacillin tazobactam"), with those ingredients. */
  combinations: { drug: NamedDrug; parts: string[] }[];
  drugGroups: Group[];
  topics: Group[];
  /** Sections the question asks about, most asked first. */
  intents: SectionKey[];
  alsoSearched: string[];
  /** Typed words found nowhere in the pack. */
  notInPack: string[];
  /** A near spelling the words were read as ("hepatotoxicity" for "hepatotoxicty"), or null. */
  correctedTo: string | null;
}

const WEIGHT = { exact: 1, form: 0.7, synonym: 0.6, spelling: 0.8 } as const;
const MAX_WORDS = 16;
const MAX_NAME_WORDS = 4;
const MAX_PHRASE_WORDS = 4;
/** A one-word name of a drug without monograph text is a name only if it is this rare in the text. */
const RARE_IN_TEXT = 60;
/** A word starting more names than this is too general to name a drug by its first word. */
const MAX_FAMILY = 12;
/** Such a word the text has names the drug only if this share of its sections hold it in that name. */
const ROOT_SHARE = 0.6;

// Words that carry no topic in a ward question ("what is the max dose of …").
const STOP = new Set(
  (
    'a an the of for in on at to is are be been was were can could should would will shall may might must i we you he she ' +
    'they my our your his her their me us him them it its this that these those there here do does did doing done what ' +
    'which who whom whose when where why how much many and or but if then than so as by from into onto about any some ' +
    'all each per via vs versus with without please ok okay safe fine need needs get give given giving take takes taking ' +
    'taken use used using pt pts patient patients drug drugs medication medications medicine medicines med meds mg mcg ' +
    'ml g kg units unit tab tabs daily bd bid tds tid qds qid prn od on off also still ever just'
  ).split(' '),
);

interface SynonymEntry {
  typed: string;
  search: string[];
  sections: SectionKey[];
  onlyWith: string[];
}
interface Synonyms {
  byTyped: Map<string, SynonymEntry>;
  /** The typed phrase's words stemmed, for "crushing" to find the entry "crush". */
  byStems: Map<string, SynonymEntry>;
}

const stemPhrase = (db: Database, words: string[]) => words.map((w) => stemKey(db, w)).join(' ');

const synonyms = perPack((db): Synonyms => {
  const s: Synonyms = { byTyped: new Map(), byStems: new Map() };
  for (const row of searchTermRows(db)) {
    const entry: SynonymEntry = {
      typed: row.typed,
      search: JSON.parse(row.search) as string[],
      sections: (JSON.parse(row.sections) as string[]).filter(isSectionKey),
      onlyWith: JSON.parse(row.only_with) as string[],
    };
    s.byTyped.set(row.typed, entry);
    const stems = stemPhrase(db, row.typed.split(' '));
    if (!s.byStems.has(stems)) s.byStems.set(stems, entry);
  }
  return s;
});

const withText = perPack(drugsWithText);

function alternative(
  db: Database,
  tokens: string[],
  kind: Alternative['kind'],
  weight: number,
  prefix = false,
): Alternative {
  const documents = prefix ? prefixFrequency(db, tokens[0]!) : Math.min(...tokens.map((t) => frequency(db, t)));
  return { tokens, weight, kind, prefix, documents };
}

/** The word as typed, then its other forms in the index (never for a drug name). */
function wordAlternatives(db: Database, word: string, prefix: boolean): Alternative[] {
  const own = alternative(db, [word], 'exact', WEIGHT.exact, prefix);
  return [own, ...otherForms(db, word).map((w) => alternative(db, [w], 'form', WEIGHT.form))];
}

const present = (alts: Alternative[]) => alts.filter((a) => a.documents > 0);

/**
 * A word that is no name but starts one family of names, whose shortest member is unique and has
 * text: "amphotericin" is amphotericin B, "tranexamic" tranexamic acid; "vitamin" or "human" start
 * several (vitamin C, D, K…) and name none. A word the text mostly uses on its own ("regular" beside
 * regular insulin, "yellow" beside yellow fever vaccine, "angiotensin") names nothing: where the
 * text has it, at least ROOT_SHARE of its sections must hold it as that name.
 */
function nameRoot(db: Database, names: NameIndex, text: Set<string>, word: string): NameRow[] | null {
  if (word.length < 6 || STOP.has(word) || /\d/.test(word)) return null;
  const family = names.lexicon.withPrefix(`${word} `, MAX_FAMILY + 1);
  if (family.length === 0 || family.length > MAX_FAMILY) return null;
  const size = (n: string) => n.split(' ').length;
  const fewest = Math.min(...family.map(size));
  const roots = family.filter((n) => size(n) === fewest);
  if (roots.length !== 1) return null;
  // A brand's first word is often a plain word ("Extended Phenytoin Sodium"): only generic names count.
  const rows = (names.byNorm.get(roots[0]!) ?? []).filter((r) => r.kind === 'generic' || r.kind === 'synonym');
  if (!rows.some((r) => text.has(r.drug_id))) return null;
  const alone = frequency(db, word);
  return alone === 0 || phraseFrequency(db, searchWords(roots[0]!)) >= alone * ROOT_SHARE ? rows : null;
}

/** How many drugs the question names, a combination named by its ingredients counting once. */
export function namedCount(q: Question): number {
  const parts = new Set(q.combinations.flatMap((c) => c.parts));
  return q.combinations.length + q.drugs.filter((d) => !parts.has(d.drugId)).length;
}

export function readQuestion(db: Database, raw: string): Question {
  const names = nameIndex(db);
  const text = withText(db);
  const syn = synonyms(db);
  const words = searchWords(raw).slice(0, MAX_WORDS);
  const typingLast = !/\s$/.test(raw);
  const used = new Array<boolean>(words.length).fill(false);
  const question: Question = {
    drugs: [],
    combinations: [],
    drugGroups: [],
    topics: [],
    intents: [],
    alsoSearched: [],
    notInPack: [],
    correctedTo: null,
  };
  const isPhrase = (i: number, n: number) => syn.byTyped.has(words.slice(i, i + n).join(' '));
  // A quoted input is one exact phrase.
  if (/^\s*"[^"]+"\s*$/.test(raw) && words.length > 0) {
    const alts = present([alternative(db, words, 'exact', WEIGHT.exact)]);
    if (alts.length > 0) question.topics.push({ label: words.join(' '), alts, drugId: null, sections: [] });
    else question.notInPack.push(words.join(' '));
    return question;
  }

  // Drug names, longest first: "insulin glargine" before "insulin".
  const spans: { drugId: string; from: number; n: number }[] = [];
  const addDrug = (rows: NameRow[], typed: string, how: NamedDrug['how'], from: number, n: number) => {
    const best = [...rows].sort(
      (x, y) => Number(text.has(y.drug_id)) - Number(text.has(x.drug_id)) || byNameKind(x, y),
    )[0]!;
    for (let k = from; k < from + n; k++) used[k] = true;
    spans.push({ drugId: best.drug_id, from, n });
    if (question.drugs.some((d) => d.drugId === best.drug_id)) return;
    const name = names.drugs.get(best.drug_id)?.name ?? best.drug_id;
    question.drugs.push({ drugId: best.drug_id, name, typed, how, hasText: text.has(best.drug_id) });
    const generic = searchWords(name);
    const typedWords = typed.split(' ');
    const alts = [alternative(db, typedWords, 'exact', WEIGHT.exact)];
    if (generic.join(' ') !== typed) alts.push(alternative(db, generic, 'synonym', WEIGHT.exact));
    question.drugGroups.push({ label: typed, alts: present(alts), drugId: best.drug_id, sections: [] });
  };
  const later: { rows: NameRow[]; typed: string; i: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    // A clinical phrase is read before a shorter name it starts with: "beta blocker", "thyroid function".
    let phrase = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 2 && phrase === 0; n--)
      if (isPhrase(i, n)) phrase = n;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n > phrase; n--) {
      if (used.slice(i, i + n).some(Boolean)) continue;
      const typed = words.slice(i, i + n).join(' ');
      if (n === 1 && (STOP.has(typed) || typed.length < 3 || /^\d+$/.test(typed))) continue;
      // A clinical phrase ("alcohol", "MI", "PE") is read as one, not as a drug name.
      if (isPhrase(i, n)) continue;
      // "metoprolol tartrate" is metoprolol; "amlodipine BP" is amlodipine and blood pressure, not the BP salt suffix.
      const bySalt = n > 1 && !words.slice(i, i + n).some((_, k) => isPhrase(i + k, 1));
      const rows = (names.byNorm.get(typed) ?? (bySalt ? names.byNorm.get(moietyKey(typed)) : undefined) ?? []).filter(
        (r) => typed.length > 3 || r.kind === 'abbreviation' || r.kind === 'generic',
      );
      const usable = rows.filter((r) => text.has(r.drug_id) || (n > 1 ? true : frequency(db, typed) <= RARE_IN_TEXT));
      if (rows.length === 0 && n === 1) {
        const root = nameRoot(db, names, text, typed);
        if (root) {
          addDrug(root, typed, [...root].sort(byNameKind)[0]!.kind, i, 1);
          break;
        }
      }
      if (usable.length === 0) {
        // A common word that names a drug without text counts only beside another drug ("warfarin with aspirin").
        if (rows.length > 0 && n === 1) later.push({ rows, typed, i });
        continue;
      }
      addDrug(usable, typed, usable.sort(byNameKind)[0]!.kind, i, n);
      i += n - 1;
      break;
    }
  }
  // Names side by side that together are one of the pack's combinations name that combination.
  spans.sort((x, y) => numeric(x.from, y.from));
  for (let i = 0; i < spans.length; i++) {
    let end = i;
    while (end + 1 < spans.length && spans[end + 1]!.from === spans[end]!.from + spans[end]!.n) end++;
    for (let last = end; last > i; last--) {
      const run = spans.slice(i, last + 1);
      const id = packCombination(
        names,
        run.map((s) => ({ drugId: s.drugId, name: names.drugs.get(s.drugId)?.name ?? s.drugId })),
      );
      if (!id) continue;
      const typed = words.slice(run[0]!.from, run[last - i]!.from + run[last - i]!.n).join(' ');
      const parts = run.map((s) => s.drugId);
      const drug = { drugId: id, name: names.drugs.get(id)?.name ?? id, typed, how: 'generic' as const };
      question.combinations.push({ drug: { ...drug, hasText: [id, ...parts].some((d) => text.has(d)) }, parts });
      i = last;
      break;
    }
  }

  // A word found nowhere in the text and close to a drug's name is that drug, misspelled.
  words.forEach((w, i) => {
    if (used[i] || w.length < 5 || STOP.has(w) || /\d/.test(w) || isPhrase(i, 1)) return;
    if (frequency(db, w) > 0 || otherForms(db, w).length > 0) return;
    const near = names.lexicon
      .closest(w, 3)
      .find((n) => !n.includes(' ') && text.has(names.byNorm.get(n)![0]!.drug_id));
    if (near) addDrug(names.byNorm.get(near)!, w, 'spelling', i, 1);
  });

  if (question.drugs.some((d) => d.hasText))
    for (const l of later) if (!used[l.i]) addDrug(l.rows, l.typed, [...l.rows].sort(byNameKind)[0]!.kind, l.i, 1);

  // Clinical phrases from the synonym table, longest first, matched as typed or by word stems.
  const votes = new Map<SectionKey, number>();
  const allWords = ` ${words.join(' ')} `;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1; n--) {
      if (used.slice(i, i + n).some(Boolean)) continue;
      const phrase = words.slice(i, i + n);
      if (n === 1 && STOP.has(phrase[0]!)) continue;
      const entry = syn.byTyped.get(phrase.join(' ')) ?? syn.byStems.get(stemPhrase(db, phrase));
      if (!entry) continue;
      if (entry.onlyWith.length > 0 && !entry.onlyWith.some((w) => allWords.includes(` ${w} `))) continue;
      for (let k = i; k < i + n; k++) used[k] = true;
      const last = i + n === words.length && typingLast && n === 1;
      const alts = n === 1 ? wordAlternatives(db, phrase[0]!, last) : [alternative(db, phrase, 'exact', WEIGHT.exact)];
      for (const s of entry.search) {
        if (alts.some((a) => a.tokens.join(' ') === s)) continue;
        alts.push(alternative(db, s.split(' '), 'synonym', WEIGHT.synonym));
        if (!question.alsoSearched.includes(s)) question.alsoSearched.push(s);
      }
      question.topics.push({ label: phrase.join(' '), alts: present(alts), drugId: null, sections: entry.sections });
      entry.sections.forEach((s, rank) => votes.set(s, (votes.get(s) ?? 0) + 1 - rank * 0.1));
      i += n - 1;
      break;
    }
  }

  // Every other word, with its forms; a word found nowhere is read as its nearest index word.
  const rest = words.map((w, i) => ({ w, i })).filter(({ w, i }) => !used[i] && !STOP.has(w));
  const chosen =
    rest.length > 0 || question.topics.length > 0 || question.drugs.length > 0
      ? rest
      : words.map((w, i) => ({ w, i })).filter(({ i }) => !used[i]);
  const corrected = [...words];
  for (const { w, i } of chosen) {
    const last = i === words.length - 1 && typingLast && w.length >= 3;
    let alts = present(wordAlternatives(db, w, last));
    if (alts.length === 0 && w.length >= 4 && !/\d/.test(w)) {
      const near = termsFor(db).closest(w, 1)[0];
      if (near) {
        alts = present(wordAlternatives(db, near, false)).map((a) =>
          a.kind === 'exact' ? { ...a, weight: WEIGHT.spelling } : a,
        );
        if (alts.length > 0) corrected[i] = near;
      }
    }
    if (alts.length === 0) question.notInPack.push(w);
    else question.topics.push({ label: w, alts, drugId: null, sections: [] });
  }
  if (corrected.join(' ') !== words.join(' ')) question.correctedTo = corrected.join(' ');
  for (const d of question.drugs.filter((d) => d.how === 'spelling')) {
    question.correctedTo = (question.correctedTo ?? words.join(' ')).replace(d.typed, searchWords(d.name).join(' '));
  }
  question.topics = question.topics.filter((g) => g.alts.length > 0);

  // Two drugs named together ask how they interact (a combination's ingredients are one drug).
  if (namedCount(question) >= 2 && votes.size === 0) votes.set('drug_interactions', 1);
  question.intents = [...votes.entries()].sort((x, y) => y[1] - x[1]).map(([s]) => s);
  return question;
}
