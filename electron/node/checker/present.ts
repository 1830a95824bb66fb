// How alerts read: a headline that names the risk, one alert per clinical problem, and every
// citation key spelled out as its full reference.
import type { Alert } from '../../common/contract.ts';
import { moreSevere } from '../../common/severity.ts';
import { allSources, citations } from '../queries/sources.ts';
import { perPack } from '../pack/perPack.ts';

// First match wins: the risk a clinician would name, read from the alert's own effect text.
const RISKS: [RegExp, string][] = [
  [/torsade|\bQT\b/i, 'QT prolongation'],
  [/serotonin/i, 'Serotonin syndrome'],
  [/bleed|haemorrhag|hemorrhag/i, 'Bleeding risk'],
  [/respiratory depression|oversedation|sedation/i, 'Sedation and breathing'],
  [/hyperkal|potassium/i, 'High potassium'],
  [/hyponatr|sodium/i, 'Low sodium'],
  [/rhabdo|myopathy/i, 'Muscle injury'],
  [/kidney|renal|nephro/i, 'Kidney injury'],
  [/bradycardi|slow heart|heart block|heart rate/i, 'Slow heart rate'],
  [/hypotension|blood pressure/i, 'Low blood pressure'],
  [/hypoglyc/i, 'Low blood sugar'],
  [/seizure/i, 'Seizures'],
  [/myelosupp|blood count|neutropeni|agranulocyt/i, 'Bone marrow suppression'],
  [/liver|hepat|veno-occlusive/i, 'Liver injury'],
  [/vaccin/i, 'Vaccine safety'],
  [/infection|immunosupp/i, 'Infection risk'],
  [/parkinson|dopamin/i, 'Opposing dopamine effects'],
  [/withdrawal|analgesia/i, 'Opioid withdrawal or lost pain relief'],
  [/absor/i, 'Reduced absorption'],
  [/contracept|pregnan/i, 'Contraceptive failure'],
  [/anticholinergic/i, 'Anticholinergic burden'],
  [
    /lower levels|loss of effect|treatment failure|lower (?:blood )?levels|less effective|reduced effect/i,
    'Reduced effect',
  ],
  [/higher (?:blood )?levels|raised levels|toxicity|exposure/i, 'Raised drug levels'],
];

export function riskOf(text: string): string {
  return RISKS.find(([re]) => re.test(text))?.[1] ?? 'Interaction';
}

/** "Bleeding risk: warfarin + ibuprofen". */
export function headline(text: string, names: string[]): string {
  return `${riskOf(text)}: ${names.join(' + ')}`;
}

/**
 * Alerts about the same problem for the same drugs (an allergy typed by name and by class, two
 * tiers of one burden score) become one: the highest severity, every reason, every source.
 */
export function mergeAlerts(alerts: Alert[]): Alert[] {
  const byProblem = new Map<string, Alert>();
  for (const alert of alerts) {
    // An allergy typed by name and the same allergy matched by class are one problem.
    const subject = alert.kind === 'allergy' ? '' : (alert.subject ?? '');
    const key = `${alert.kind}|${subject}|${alert.drugs.map((d) => d.id).join(',')}`;
    const prior = byProblem.get(key);
    if (!prior) {
      byProblem.set(key, alert);
      continue;
    }
    const [lead, other] = moreSevere(alert.severity, prior.severity) ? [alert, prior] : [prior, alert];
    byProblem.set(key, {
      ...lead,
      why: groupReasons([...lead.why, ...other.why]),
      sources: [...new Set([...lead.sources, ...other.sources])],
    });
  }
  return [...byProblem.values()];
}

/**
 * One line per drug, its reasons joined ("clarithromycin: strong CYP3A4 inhibitor; its label
 * restricts use with the other drug"), where merged rules and sources would repeat the drug once each.
 * A line reads "<name>: <reason>"; `drugOf` gives each line's drug where sources spell its name
 * differently ("valproate", "valproic acid"), else the name is the key. The first line names the drug.
 */
export function groupReasons(lines: readonly string[], drugOf?: readonly string[]): string[] {
  const groups = new Map<string, { who: string; reasons: Set<string> }>();
  lines.forEach((line, i) => {
    const cut = line.indexOf(': ');
    const own = cut > 0 && !line.slice(0, cut).includes('"');
    const who = own ? line.slice(0, cut) : line;
    const key = drugOf?.[i] ?? who.toLowerCase();
    const group = groups.get(key) ?? { who, reasons: new Set<string>() };
    if (own) group.reasons.add(line.slice(cut + 2));
    groups.set(key, group);
  });
  return [...groups.values()].map(({ who, reasons }) =>
    reasons.size > 0 ? `${who}: ${[...reasons].join('; ')}` : who,
  );
}

/** Citation key → full reference; a key that names a source (e.g. ndfrt-2014) reads as that source. */
export const citationText = perPack(
  (db): Map<string, string> =>
    new Map([
      ...allSources(db).map((s): [string, string] => [s.id, `${s.name} (${s.licence})`]),
      ...citations(db).map((c): [string, string] => [c.id, c.title]),
    ]),
);
