// One search box for names and questions. Drug names first (exact, prefix, word, then a corrected
// spelling). Then the question: the drugs it names lead with their best-matching sections (an
// answer card on top), then sections of other drugs holding the most of its words.
import type { Database } from 'sql.js';
import type { AnswerCard, NameHit, SearchResponse, TextHit } from '../../common/contract.ts';
import { foldName, moietyKey } from '../../common/normalize.ts';
import { firstSorted } from '../../common/order.ts';
import { SECTIONS, type SectionKey } from '../../common/sections.ts';
import { byNameKind, type NameRow } from '../queries/drugs.ts';
import { averageLength, drugsWithLabelText, sectionCount, sectionTexts } from '../queries/searchData.ts';
import { bestSentences, openingSentences } from './bestSentences.ts';
import { searchSections, type FtsRow } from './fullText.ts';
import { matchedTerms, reasonFor, type Bm25Context, type Scored } from './matching.ts';
import { rankDrugSections, type DrugSection } from './namedDrug.ts';
import { innerWordMatches, nameIndex, type NameIndex } from './nameIndex.ts';
import { namedCount, readQuestion, type Group, type Question } from './question.ts';
import { perPack } from '../pack/perPack.ts';

const MAX_QUERY = 200;
const MAX_NAME_WORDS = 8;
/** Sections shown per named drug before other drugs. */
const PER_NAMED_DRUG = 5;
const CARD_SENTENCES = 3;

export function words(text: string): string[] {
  return (foldName(text).match(/[a-z0-9]+/g) ?? []).slice(0, MAX_NAME_WORDS);
}

function toHits(index: NameIndex, rows: NameRow[], limit: number): NameHit[] {
  const best = new Map<string, NameRow>();
  for (const row of rows) {
    const prior = best.get(row.drug_id);
    if (!prior || byNameKind(row, prior) < 0) best.set(row.drug_id, row);
  }
  return [...best.values()].slice(0, limit).map((row) => {
    const name = index.drugs.get(row.drug_id)?.name ?? row.drug_id;
    return { drugId: row.drug_id, name, matched: row.name, kind: row.kind, tallman: index.tallman.get(name) ?? null };
  });
}

/** Names for a folded query: exact, then the salt-stripped moiety, then prefix, then word-start matches. */
function nameRows(index: NameIndex, q: string, limit: number): NameRow[] {
  const norms = [q, moietyKey(q), ...index.lexicon.withPrefix(q, limit * 3)];
  // Then names with a later word that starts so ("succinate", "clavulanate").
  if (q.length >= 3) norms.push(...innerWordMatches(index, q, limit));
  return [...new Set(norms)].flatMap((n) => index.byNorm.get(n) ?? []);
}

/** Drug names for the typeahead: exact, salt-stripped, prefix and word matches, else a corrected spelling. */
export function searchNames(db: Database, q: string, limit: number): { names: NameHit[]; correctedTo: string | null } {
  const index = nameIndex(db);
  const names = toHits(index, nameRows(index, q, limit), limit);
  if (names.length > 0) return { names, correctedTo: null };
  const near = index.lexicon.closest(q, 5);
  if (!near[0]) return { names, correctedTo: null };
  return {
    names: toHits(
      index,
      near.flatMap((n) => index.byNorm.get(n) ?? []),
      limit,
    ),
    correctedTo: near[0],
  };
}

const withLabelText = perPack(drugsWithLabelText);
const bm25Context = perPack((db): Bm25Context => ({ sections: sectionCount(db), averageLength: averageLength(db) }));

interface Ranked {
  id: number;
  drugId: string;
  key: SectionKey;
  scored: Scored;
  asked: boolean;
  named: boolean;
  /** The group list its counts index: without this drug's own name (its sections ranked in memory), or all (null). */
  groupsOf: string | null;
}

/** Every group but the named drug's own name: for its sections, the other drugs named are topics. */
const groupsFor = (q: Question, drugId: string | null): Group[] => [
  ...q.drugGroups.filter((g) => g.drugId !== drugId),
  ...q.topics,
];

function namedDrugSections(db: Database, q: Question, ctx: Bm25Context): { drugId: string; sections: DrugSection[] }[] {
  const onlyIntentWords = q.topics.length > 0 && q.topics.every((g) => g.sections.length > 0);
  return q.drugs
    .filter((d) => d.hasText)
    .map((d) => ({
      drugId: d.drugId,
      sections: rankDrugSections(db, d.drugId, groupsFor(q, d.drugId), q.intents, onlyIntentWords, ctx),
    }))
    .sort((x, y) => (y.sections[0]?.scored.score ?? 0) - (x.sections[0]?.scored.score ?? 0));
}

/** Results for the question: named drugs' sections first, then other drugs' by words held, section asked, BM25. */
function rankResults(
  db: Database,
  q: Question,
  limit: number,
): { ranked: Ranked[]; used: Set<number> | null; named: ReturnType<typeof namedDrugSections> } {
  const ctx = bm25Context(db);
  const hasTopic = q.topics.length > 0 || namedCount(q) > 1;
  const named = hasTopic ? namedDrugSections(db, q, ctx) : [];
  const ranked: Ranked[] = named.flatMap(({ drugId, sections }) =>
    sections
      .filter((s) => s.asked || s.scored.matched.size > 0)
      .slice(0, PER_NAMED_DRUG)
      .map((s) => ({
        id: s.row.id,
        drugId,
        key: s.row.key,
        scored: s.scored,
        asked: s.asked,
        named: true,
        groupsOf: drugId,
      })),
  );
  const groups = groupsFor(q, null);
  const fts = searchSections(db, groups, ctx);
  const seen = new Set(ranked.map((r) => r.id));
  const namedIds = new Set(q.drugs.map((d) => d.drugId));
  const asked = (row: FtsRow) => q.intents.includes(row.key);
  const others = firstSorted(
    fts.rows
      .filter((r) => !seen.has(r.id))
      .map((r) => ({
        id: r.id,
        drugId: r.drugId,
        key: r.key,
        scored: r.scored,
        asked: asked(r),
        named: namedIds.has(r.drugId),
        groupsOf: null,
      })),
    limit - ranked.length,
    (x, y) =>
      Number(y.named) - Number(x.named) ||
      y.scored.matched.size - x.scored.matched.size ||
      y.scored.exact - x.scored.exact ||
      y.scored.score * (y.asked ? 1.5 : 1) - x.scored.score * (x.asked ? 1.5 : 1) ||
      x.id - y.id,
  );
  const all = [...ranked, ...others].slice(0, limit);
  return { ranked: all, used: fts.rows.length > 0 ? new Set(fts.used) : null, named };
}

function reason(q: Question, r: Ranked, groups: Group[]) {
  const drug = q.drugs.find((d) => d.drugId === r.drugId);
  const named = drug ? (drug.how === 'generic' ? drug.name : `${drug.name} (${drug.how} ${drug.typed})`) : null;
  return reasonFor(groups, r.scored.counts, named, r.asked);
}

export function search(db: Database, rawQuery: string, limit = 30): SearchResponse {
  const raw = rawQuery.slice(0, MAX_QUERY);
  const q = words(raw).join(' ');
  const empty: SearchResponse = {
    query: rawQuery,
    correctedTo: null,
    suggestions: [],
    names: [],
    results: [],
    drugsNamed: [],
    answer: null,
    partial: null,
    alsoSearched: [],
    missingSections: [],
    withoutLabel: [],
  };
  if (!q) return empty;
  const index = nameIndex(db);
  const question = readQuestion(db, raw);
  const byName = searchNames(db, q, limit);
  // The drugs the question names lead the name list, then what the whole text starts like.
  // A combination named by its ingredients stands for them.
  const inCombination = new Set(question.combinations.flatMap((c) => c.parts));
  const drugsNamed = [
    ...question.combinations.map((c) => c.drug),
    ...question.drugs.filter((d) => !inCombination.has(d.drugId)),
  ];
  const namedHits: NameHit[] = [...question.combinations.map((c) => c.drug), ...question.drugs].map((d) => ({
    drugId: d.drugId,
    name: d.name,
    matched: d.how === 'spelling' ? d.name : d.typed,
    kind: d.how === 'spelling' ? 'generic' : d.how,
    tallman: index.tallman.get(d.name) ?? null,
  }));
  // "piperacillin taz": a combination being typed, a space for its slash, leads.
  const typing =
    question.combinations.length === 0 && q.includes(' ')
      ? toHits(
          index,
          index.lexicon.withPrefix(q.replace(' ', ' / '), 1).flatMap((n) => index.byNorm.get(n) ?? []),
          1,
        )
      : [];
  const names = [...typing, ...namedHits, ...byName.names.filter((n) => !namedHits.some((h) => h.drugId === n.drugId))]
    .filter((n, i, list) => list.findIndex((m) => m.drugId === n.drugId) === i)
    .slice(0, limit);

  const { ranked, used, named } = rankResults(db, question, limit);
  const ctx = bm25Context(db);
  const texts = new Map(
    sectionTexts(
      db,
      ranked.map((r) => r.id),
    ).map((t) => [t.id, t]),
  );
  const results: TextHit[] = ranked.flatMap((r) => {
    const t = texts.get(r.id);
    if (!t) return [];
    const groups = groupsFor(question, r.groupsOf);
    const snippet = bestSentences(t.text, groups, ctx, 1)[0] ?? openingSentences(t.text, 1)[0] ?? '';
    return [
      {
        drugId: r.drugId,
        name: t.name,
        section: r.key,
        tab: SECTIONS[r.key].tab,
        title: t.title,
        snippet,
        sectionId: r.id,
        terms: matchedTerms(groups, r.scored.counts),
        why: reason(question, r, groups),
      },
    ];
  });

  // The answer card: the first named drug's best section, when the question has a topic.
  let answer: AnswerCard | null = null;
  const lead = ranked[0];
  if (lead?.named && (question.topics.length > 0 || namedCount(question) > 1)) {
    const t = texts.get(lead.id)!;
    const groups = groupsFor(question, lead.groupsOf);
    // A boxed warning asked for by name answers with its headline; otherwise the sentences holding the words.
    // A section holding none of the question's other words (only the drug's own name) opens instead.
    const topic = [...lead.scored.matched].some((gi) => groups[gi]?.drugId !== lead.drugId);
    const opening = !topic || (lead.asked && lead.key === 'boxed_warning');
    const sentences = opening
      ? openingSentences(t.text, CARD_SENTENCES)
      : bestSentences(t.text, groups, ctx, CARD_SENTENCES);
    answer = {
      drugId: lead.drugId,
      name: t.name,
      section: lead.key,
      tab: SECTIONS[lead.key].tab,
      title: SECTIONS[lead.key].title,
      sectionId: lead.id,
      sentences,
      terms: matchedTerms(groups, lead.scored.counts),
      why: reason(question, lead, groups),
    };
  }

  // "Showing results for some of your words": the words the leading results hold, and the rest.
  const allGroups = groupsFor(question, null);
  const leadGroups = lead?.named ? groupsFor(question, lead.groupsOf) : allGroups;
  const leadMatched = lead ? lead.scored.matched : new Set<number>();
  const held = lead?.named
    ? leadGroups.filter((_, i) => leadMatched.has(i))
    : used
      ? allGroups.filter((_, i) => used.has(i))
      : [];
  const missingWords = [
    ...(lead ? leadGroups.filter((g) => !held.includes(g)).map((g) => g.label) : []),
    ...question.notInPack,
  ];
  const partial =
    results.length > 0 && missingWords.length > 0 ? { found: held.map((g) => g.label), missing: missingWords } : null;

  // The section asked most, and the first section of each phrase that asks one ("ondansetron iv pregnancy"
  // asks for Dosage and Pregnancy): each one a named drug lacks is said.
  const asked = [
    ...new Set([...question.intents.slice(0, 1), ...question.topics.flatMap((t) => t.sections.slice(0, 1))]),
  ];
  const missingSections = asked.flatMap((key) =>
    named
      .filter((n) => !n.sections.some((s) => s.row.key === key))
      .map((n) => ({
        drugId: n.drugId,
        name: index.drugs.get(n.drugId)?.name ?? n.drugId,
        section: key,
        title: SECTIONS[key].title,
      })),
  );

  const withoutLabel =
    question.topics.length > 0
      ? question.drugs
          .filter((d) => !withLabelText(db).has(d.drugId))
          .map((d) => ({ id: d.drugId, name: index.drugs.get(d.drugId)?.name ?? d.name }))
      : [];

  const nothing = names.length === 0 && results.length === 0;
  return {
    query: rawQuery,
    correctedTo: byName.correctedTo ?? question.correctedTo,
    suggestions: nothing ? index.lexicon.closest(q, 5, 3) : [],
    names,
    results,
    drugsNamed,
    answer,
    partial,
    alsoSearched: question.alsoSearched,
    missingSections,
    withoutLabel,
  };
}
