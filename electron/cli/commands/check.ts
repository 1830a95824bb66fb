// check <drug>… [--condition T]… [--allergy T]… [--min-severity S]: a medication list, checked as the
// app checks it; lines it does not know are listed on stderr as not checked.
import { need } from '../args.ts';
import { formatCheck } from '../format.ts';
import { call, type PackCommand } from './onPack.ts';

export function check({ args, table, print }: PackCommand): number {
  need(args, 1);
  const r = call(table, 'checkList', {
    lines: args.positional,
    conditions: args.conditions,
    allergies: args.allergies,
    minSeverity: args.minSeverity,
  });
  print(formatCheck(r), {
    recognized: r.recognized.map((e) => ({
      input: e.input,
      drugId: e.drugId,
      name: e.name,
      matchedBy: e.matchedBy,
      matchedText: e.matchedText,
      confirm: e.confirm,
      dose: e.line.dose,
      route: e.line.route,
      frequency: e.line.frequency,
      components: e.components,
    })),
    unrecognized: r.unrecognized.map((e) => ({
      input: e.input,
      suggestions: e.suggestions.map((s) => s.name),
      packKnowsUpTo: e.packKnowsUpTo,
    })),
    notes: r.notes,
    interactions: r.interactions.map((i) => ({
      a: i.a.name,
      b: i.b.name,
      aId: i.a.id,
      bId: i.b.id,
      severity: i.severity,
      effect: i.effect,
      mechanism: i.mechanism,
      management: i.management,
      why: i.why,
      evidence: i.evidence,
      onset: i.onset,
      sources: i.sources,
      disagreement: i.disagreement,
      via: i.via,
    })),
    alerts: r.alerts,
    conditions: r.conditions,
    allergies: r.allergies,
    counts: r.counts,
    hidden: r.hidden,
    minSeverity: r.minSeverity,
    pack: r.pack,
  });
  if (r.unrecognized.length > 0)
    process.stderr.write(`not checked (unknown): ${r.unrecognized.map((e) => e.input).join(', ')}\n`);
  return 0;
}
