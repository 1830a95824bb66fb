// Plain-text renderings of the CLI's answers, for a pharmacist at a terminal.
import { foldName } from '../common/normalize.ts';
import { snippetWithGuillemets } from '../common/snippet.ts';
import type { CheckResult, DrugInteractions, Monograph, PackInfo, SearchResponse } from '../common/contract.ts';
import { sourceGradings } from '../common/interactionText.ts';
import { labelLine, sectionHeading, sourceLine } from '../common/sectionText.ts';

const SEV = { contraindicated: 'CONTRAINDICATED', major: 'MAJOR', moderate: 'MODERATE', minor: 'MINOR' } as const;

export function formatInfo(info: PackInfo): string {
  const c = info.counts;
  return [
    `Wardbook data pack ${info.pack.version} (built ${info.pack.builtAt}, schema ${info.pack.schemaVersion})`,
    `drugs ${c.drugs}, names ${c.names}, products ${c.products}, monographs ${c.monographs}`,
    `interacting pairs: ${Object.entries(c.interactions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    'sections: ' +
      Object.entries(c.sections)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    'sources:',
    ...info.sources.map((s) => `  ${s.id}: ${s.name} (${s.licence})`),
  ].join('\n');
}

export function formatSearch(r: SearchResponse): string {
  const lines: string[] = [];
  if (r.correctedTo) lines.push(`Showing results for "${r.correctedTo}"`);
  if (r.answer) {
    lines.push(`ANSWER: ${r.answer.name} › ${r.answer.title}`);
    for (const s of r.answer.sentences) lines.push(`  ${snippetWithGuillemets(s)}`);
  }
  if (r.partial)
    lines.push(
      `Showing results for some of your words: ${r.partial.found.join(', ') || '(none together)'}; not found with them: ${r.partial.missing.join(', ')}`,
    );
  if (r.alsoSearched.length > 0) lines.push(`Also searched: ${r.alsoSearched.join(', ')}`);
  for (const m of r.missingSections) lines.push(`${m.title} is not in this data pack for ${m.name}.`);
  for (const d of r.withoutLabel)
    lines.push(`${d.name}: no label text is in this data pack, so no label section answers this.`);
  for (const n of r.names)
    lines.push(
      `${n.tallman?.display ?? n.name}  [${n.drugId}]${n.kind !== 'generic' ? `  (${n.kind}: ${n.matched})` : ''}`,
    );
  for (const t of r.results) lines.push(`  ${t.name} › ${t.title}: ${snippetWithGuillemets(t.snippet)}`);
  if (r.suggestions.length > 0) lines.push(`Nothing found. Did you mean: ${r.suggestions.join(', ')}?`);
  return lines.join('\n');
}

export function formatMonograph(m: Monograph): string {
  const out = [
    `${m.drug.name.toUpperCase()}${m.drug.brands.length ? ` (${m.drug.brands.slice(0, 8).join(', ')})` : ''}`,
  ];
  if (m.drug.classes.length)
    out.push(`Class: ${[...new Set(m.drug.classes.map((c) => c.name))].slice(0, 6).join('; ')}`);
  if (m.label) out.push(`Label shown: ${labelLine(m.label)}`);
  if (m.unmatched.length) out.push(`No label in this data pack for: ${m.unmatched.join(', ')}`);
  if (m.otherLabels.length) out.push(`Other products: ${m.otherLabels.map((l) => labelLine(l)).join('; ')}`);
  for (const tab of m.tabs) {
    out.push('', `== ${tab.title} ==`);
    for (const s of tab.sections) {
      out.push(`-- ${sectionHeading(s)}${s.source ? ` [${sourceLine(s)}]` : ''}`);
      if (s.summary) out.push(`Key points:\n${s.summary}\n`);
      out.push(s.text ?? s.missingNote ?? '');
    }
  }
  out.push('', `Data pack ${m.pack.version} (${m.pack.builtAt})`);
  return out.join('\n');
}

export function formatInteractions(results: { input: string; result: DrugInteractions | null }[]): string {
  return results
    .map(({ input, result }) => {
      if (!result) return `${input}: NOT CHECKED (not a drug in this data pack)`;
      const head = `${result.drug.name}: ${result.partners.length} interacting drugs (${Object.entries(result.counts)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`;
      return [head, ...result.partners.map((p) => `  ${SEV[p.severity]}  ${p.name}: ${p.effect}`)].join('\n');
    })
    .join('\n\n');
}

/** Each drug's reasons on a line of their own, so one drug's reasons never run into the next drug's. */
const whyLines = (why: string[]) => why.map((w, n) => `${n ? '       ' : '  Why: '}${w}`);

export function formatCheck(r: CheckResult): string {
  const out: string[] = [];
  for (const e of r.recognized)
    out.push(
      `✓ ${e.input} → ${e.name} (${e.matchedBy}: "${e.matchedText}")${e.components.length ? ` = ${e.components.map((c) => c.name).join(' + ')}` : ''}${e.confirm ? `  (CONFIRM: ${e.confirm})` : ''}${e.stoppedUnder ? `  [listed under "${e.stoppedUnder}": checked as if still taken]` : ''}`,
    );
  for (const e of r.unrecognized)
    out.push(
      `✗ ${e.input} → NOT CHECKED${e.suggestions.length ? ` (did you mean ${e.suggestions.map((s) => s.name).join(', ')}?)` : ''}; this pack knows drugs up to: ${e.packKnowsUpTo}`,
    );
  for (const n of r.notes) out.push(`· ${n.input} → note (${n.note})`);
  for (const [kind, factors] of [
    ['condition', r.conditions],
    ['allergy', r.allergies],
  ] as const)
    for (const f of factors)
      if (!f.id) out.push(`✗ ${kind} "${f.input}" → NOT CHECKED (not recognised)`);
      else if (foldName(f.label ?? '') !== foldName(f.input)) out.push(`✓ ${kind} "${f.input}" → ${f.label}`);
  out.push(
    '',
    `Interactions: ${Object.entries(r.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  for (const i of r.interactions) {
    out.push(
      `${SEV[i.severity]}  ${i.a.name} + ${i.b.name}`,
      `  What happens: ${i.effect}`,
      ...whyLines(i.why),
      `  Mechanism: ${i.mechanism}`,
      `  What to do: ${i.management}`,
      `  Sources: ${sourceGradings(i.sources).join('; ')}${i.disagreement ? ' — sources disagree on severity' : ''}`,
    );
  }
  for (const a of r.alerts)
    out.push(
      `${SEV[a.severity]}  [${a.kind}] ${a.headline}`,
      `  What happens: ${a.message}`,
      ...whyLines(a.why),
      `  What to do: ${a.management}`,
      `  Sources: ${a.references.join('; ')}`,
    );
  const hidden = Object.values(r.hidden).reduce((x, y) => x + y, 0);
  if (hidden > 0) out.push(`(${hidden} alerts below ${r.minSeverity} hidden)`);
  out.push('', `Data pack ${r.pack.version} (${r.pack.builtAt})`);
  return out.join('\n');
}
