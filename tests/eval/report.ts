// Plain-text report of an Evaluation: a summary table first, then the detail a reviewer needs.
import type { Severity } from '../../electron/common/contract.ts';
import type { Evaluation, ListResult, Miss } from './evaluate.ts';
import { pct, type Tally } from './pairCheck.ts';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padL = (s: string | number, n: number) => String(s).padStart(n);
const sev = (s: Severity | null) => s ?? 'none';
const row = (name: string, t: Tally, floor: string) =>
  `${pad(name, 34)}${padL(t.n, 6)}${padL(pct(t.contraindicated, t.n), 10)}${padL(pct(t.majorPlus, t.n), 10)}${padL(pct(t.any, t.n), 10)}   ${floor}`;
const missLine = (m: Miss) =>
  `    group ${pad(m.group, 3)} ${m.a} + ${m.b} → ${sev(m.severity)} (resolved as ${m.resolved.map((r) => r ?? 'not recognised').join(' + ')})`;

function listSection(title: string, r: ListResult, limit: number): string[] {
  const out = [
    `${title}: n=${r.n}, contraindicated ${r.contraindicated}, major+ ${r.majorPlus}, any ${r.any}, names not recognised ${r.unrecognised}`,
  ];
  out.push(...r.notes.map((n) => `  note: ${n}`));
  out.push(`  misses (${r.misses.length}):`, ...r.misses.slice(0, limit).map(missLine));
  if (r.misses.length > limit) out.push(`    … ${r.misses.length - limit} more (see --json)`);
  out.push(
    `  typed with the US generic instead of a sheet synonym: n=${r.usNames.n}, any ${r.usNames.any}, major+ ${r.usNames.majorPlus}, misses ${r.usNames.misses.length}`,
  );
  out.push(...r.usNames.misses.slice(0, limit).map(missLine));
  return out;
}

export function formatReport(e: Evaluation, limit = 25): string {
  const l = e.label_contraindications;
  const out: string[] = [
    'Wardbook interaction checker — measured quality',
    '',
    `${pad('Test set', 34)}${padL('n', 6)}${padL('CI', 10)}${padL('major+', 10)}${padL('any', 10)}   floor`,
    row('ONC high-priority pairs', e.onc_high, '100 % major+'),
    row('ONC non-interruptive pairs', e.onc_non_interruptive, '100 % any'),
    row('Label contraindication pairs', l, 'none (measured)'),
    row('QT known × known pairs', e.qt.pairs, '100 % any'),
    `${pad('QT 3-drug lists (cumulative alert)', 34)}${padL(e.qt.cumulative.lists, 6)}${padL('', 10)}${padL('', 10)}${padL(pct(e.qt.cumulative.alerted, e.qt.cumulative.lists), 10)}   100 %`,
    '',
    `Held-out label pairs (${e.held_out_labels.labels}):`,
    row('  all mechanisms', e.held_out_labels, 'none (measured)'),
    ...e.held_out_labels.byMechanism.map((m) => row(`  ${m.mechanism}`, m, '')),
    '',
    `False alarms: ${e.false_alarms.n} pairs no reference lists as interacting; flagged major or contraindicated ${e.false_alarms.majorPlus} (${pct(e.false_alarms.majorPlus, e.false_alarms.n)}), flagged at all ${e.false_alarms.any} (${pct(e.false_alarms.any, e.false_alarms.n)})`,
    ...e.false_alarms.examples.slice(0, limit).map((x) => `    ${x.a} + ${x.b} → ${x.severity} (${x.rules.join(' ')})`),
    '',
    ...listSection('ONC high-priority', e.onc_high, limit),
    '',
    ...listSection('ONC non-interruptive', e.onc_non_interruptive, limit),
    '',
    `Label contraindications: n=${l.n}, flagged contraindicated ${l.contraindicated}, major+ ${l.majorPlus}, any ${l.any}`,
    '  extraction rule:',
    ...l.rule.split('\n').map((s) => `    ${s}`),
    `  not flagged as contraindicated (${l.misses.length}; first ${limit}):`,
    ...l.misses
      .slice(0, limit)
      .map((m) => `    ${m.labelled} + ${m.named} → ${sev(m.severity)}  «${m.sentence.slice(0, 110)}»`),
    '',
    `QT: ${e.qt.drugs} known-risk drugs; pairs unflagged ${e.qt.pairMisses.length}; cumulative misses ${e.qt.cumulative.misses.length}`,
    ...e.qt.pairMisses.slice(0, limit).map((m) => `    ${m.a} + ${m.b}`),
    ...e.qt.cumulative.misses.map((m) => `    no cumulative alert: ${m.join(' + ')}`),
    '',
    'Common regimens (pair interactions | list alerts, by severity CI/major/moderate/minor)',
    `${pad('regimen', 18)}${padL('lines', 6)}${padL('unrec', 6)}   ${pad('pairs', 12)}${pad('alerts', 12)}${padL('total', 6)}${padL('couns', 6)}  ceiling (CI/major/total)`,
  ];
  const counts = (c: Record<Severity, number>) => `${c.contraindicated}/${c.major}/${c.moderate}/${c.minor}`;
  for (const r of e.regimens) {
    out.push(
      `${pad(r.id, 18)}${padL(r.lines, 6)}${padL(r.unrecognised.length, 6)}   ${pad(counts(r.pairs), 12)}${pad(counts(r.alerts), 12)}${padL(r.total, 6)}${padL(r.counselling, 6)}  ${r.ceiling.contraindicated}/${r.ceiling.major}/${r.ceiling.total} ${r.withinCeiling ? 'ok' : 'OVER'}`,
    );
  }
  for (const r of e.regimens) {
    out.push('', `${r.title} [${r.id}]`);
    if (r.unrecognised.length) out.push(`  not recognised: ${r.unrecognised.join('; ')}`);
    for (const a of r.top.slice(0, 8)) {
      out.push(`  ${pad(a.severity, 9)} ${pad(a.kind, 17)} ${a.drugs.join(' + ')}: ${a.text.slice(0, 90)}`);
      if (a.verdict) out.push(`  ${''.padEnd(27)} ↳ ${a.verdict}`);
    }
    if (r.top.length > 8) out.push(`  … ${r.top.length - 8} more`);
  }
  return out.join('\n');
}
