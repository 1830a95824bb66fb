// Checks a medication list: every line is either recognised (and then checked, a combination as
// its components) or listed as not checked; nothing typed is dropped.
import type { Database } from 'sql.js';
import type {
  Alert,
  CheckRequest,
  CheckResult,
  Interaction,
  MatchedEntry,
  NoteEntry,
  PackMeta,
  Severity,
  UnmatchedEntry,
} from '../../common/contract.ts';
import { compareText } from '../../common/order.ts';
import { atLeast, bySeverity, severityCounts } from '../../common/severity.ts';
import { interactionsAmong } from '../queries/interactions.ts';
import { listAlerts } from './listRules.ts';
import { isMatched, isNote, matchLine } from './matchDrug.ts';
import { HEADING, isStopHeading } from './notes.ts';
import { groupByPair, mergeGroups } from './mergeRows.ts';
import { parseLine } from './parseLine.ts';
import { citationText, headline, mergeAlerts } from './present.ts';
import { matchPatientFactors } from './patientFactors.ts';

export function checkList(db: Database, meta: PackMeta, request: CheckRequest): CheckResult {
  const minSeverity = request.minSeverity ?? 'minor';
  const entries = request.lines.flatMap((line, i) =>
    line.trim().length > 0 ? [matchLine(db, parseLine(line), i)] : [],
  );
  markStopped(entries);
  const recognized = entries.filter(isMatched);
  const notes = entries.filter(isNote);
  const unrecognized = entries.filter((e): e is UnmatchedEntry => !isMatched(e) && !isNote(e));

  // What is checked: each entry's drug, and a combination's components; `via` remembers the product,
  // and `lines` which entries brought each drug in.
  const checked = new Map<string, string>();
  const via = new Map<string, string>();
  const lines = new Map<string, Set<number>>();
  const from = (id: string, line: number) => lines.set(id, (lines.get(id) ?? new Set()).add(line));
  for (const entry of recognized) {
    checked.set(entry.drugId, entry.name);
    from(entry.drugId, entry.lineIndex);
    for (const c of entry.components) {
      checked.set(c.id, c.name);
      via.set(c.id, entry.name);
      from(c.id, entry.lineIndex);
    }
  }
  const ids = [...checked.keys()].sort();

  // Drugs that only ever come from the same line (a combination and its components, or two
  // components of one tablet) are one medicine: they do not interact with each other.
  const apart = (a: string, b: string) => {
    const la = lines.get(a) ?? new Set<number>();
    const lb = lines.get(b) ?? new Set<number>();
    return [...la].some((x) => [...lb].some((y) => x !== y));
  };
  const groups = [...groupByPair(interactionsAmong(db, ids)).values()].filter((rows) =>
    apart(rows[0]!.drug_a, rows[0]!.drug_b),
  );
  const merged = mergeGroups(db, groups);
  const interactions: Interaction[] = groups.map((rows, i) => {
    const { drug_a: a, drug_b: b } = rows[0]!;
    const m = merged[i]!;
    const names = [checked.get(a) ?? a, checked.get(b) ?? b];
    return {
      a: { id: a, name: names[0]! },
      b: { id: b, name: names[1]! },
      headline: headline(`${m.effect} ${m.mechanism}`, names),
      ...m,
      via: [via.get(a), via.get(b)]
        .filter((v): v is string => Boolean(v))
        .map((product) => `checked as a component of ${product}`),
    };
  });
  interactions.sort((x, y) => bySeverity(x, y) || compareText(x.a.name, y.a.name) || compareText(x.b.name, y.b.name));

  const conditions = matchPatientFactors(db, 'condition', request.conditions);
  const allergies = matchPatientFactors(db, 'allergy', request.allergies);
  const references = citationText(db);
  const raised: Alert[] = mergeAlerts([
    ...duplicateEntries(recognized),
    ...directAllergies(request.allergies, recognized),
    ...listAlerts(db, {
      drugs: checked,
      conditions: new Set(conditions.flatMap((c) => (c.id ? [c.id] : []))),
      allergies: new Set(allergies.flatMap((c) => (c.id ? [c.id] : []))),
    }),
  ])
    .map((alert) => ({
      ...alert,
      references: alert.sources.map((id) => references.get(id) ?? id),
    }))
    .sort(bySeverity);
  // Food, alcohol and tobacco advice is counselling: shown on its own, never graded or counted.
  const counselling = raised.filter((a) => a.kind === 'food');
  const alerts = raised.filter((a) => a.kind !== 'food');

  const shown = (item: { severity: Severity }) => atLeast(item.severity, minSeverity);
  const all = [...interactions, ...alerts];
  const counts = severityCounts(all.filter(shown));
  const hidden = severityCounts(all.filter((item) => !shown(item)));
  return {
    recognized,
    unrecognized,
    notes,
    conditions,
    allergies,
    counts,
    hidden,
    minSeverity,
    pack: meta,
    interactions: interactions.filter(shown),
    alerts: alerts.filter(shown),
    counselling,
  };
}

/** The same drug entered twice (often once by brand, once by generic) is duplicate therapy. */
function duplicateEntries(recognized: MatchedEntry[]): Alert[] {
  const byDrug = new Map<string, MatchedEntry[]>();
  for (const e of recognized)
    for (const id of [e.drugId, ...e.components.map((c) => c.id)]) byDrug.set(id, [...(byDrug.get(id) ?? []), e]);
  return [...byDrug]
    .filter(([, list]) => new Set(list.map((e) => e.lineIndex)).size > 1)
    .map(([id, list]) => ({
      kind: 'duplicate-therapy' as const,
      id: `same-drug:${id}`,
      headline: `Same drug twice: ${list[0]!.components.find((c) => c.id === id)?.name ?? list[0]!.name}`,
      references: [],
      severity: 'major' as const,
      drugs: [{ id, name: list[0]!.components.find((c) => c.id === id)?.name ?? list[0]!.name }],
      message: `The same drug appears more than once on this list: ${list.map((e) => `"${e.input}"`).join(', ')}.`,
      management: 'Check that only one of these is intended; a brand and its generic are the same drug.',
      sources: ['wardbook-kb'],
      subject: null,
      evidence: 'established' as const,
      why: list.map((e) => `"${e.input}" is ${e.components.find((c) => c.id === id)?.name ?? e.name}`),
    }));
}

/** An allergy typed as a drug name that is on the list. */
function directAllergies(allergies: string[], recognized: MatchedEntry[]): Alert[] {
  return allergies.flatMap((allergy) => {
    const word = allergy
      .toLowerCase()
      .replace(/\s*allergy\s*/g, ' ')
      .trim();
    const hit = recognized.find(
      (e) =>
        word.length > 2 &&
        (e.name === word || e.input.toLowerCase().includes(word) || e.components.some((c) => c.name === word)),
    );
    return hit
      ? [
          {
            kind: 'allergy' as const,
            id: `listed-allergy:${hit.drugId}`,
            headline: `Allergy (${allergy}): ${hit.name}`,
            references: [],
            severity: 'contraindicated' as const,
            drugs: [{ id: hit.drugId, name: hit.name }],
            message: `The patient is recorded as allergic to "${allergy}", and ${hit.name} ("${hit.input}") is on this list.`,
            management: 'Do not give until the allergy has been clarified with the patient and the prescriber.',
            sources: ['wardbook-kb'],
            subject: allergy,
            evidence: 'established' as const,
            why: [`allergy entered: "${allergy}"`, `${hit.name} is on the list as "${hit.input}"`],
          },
        ]
      : [];
  });
}

/**
 * Marks each line under a "STOP taking these medications" heading, up to the next heading. The lines stay
 * checked: a pharmacist sees why a stopped drug raises an alert, and a heading read wrongly hides nothing.
 */
function markStopped(entries: (MatchedEntry | UnmatchedEntry | NoteEntry)[]): void {
  let under: string | null = null;
  for (const entry of entries) {
    if (isNote(entry)) {
      const stop = isStopHeading(entry.input);
      if (stop || entry.note === HEADING) under = stop ? entry.input.trim() : null;
    } else if (isMatched(entry) && under) entry.stoppedUnder = under;
  }
}
