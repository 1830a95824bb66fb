// How an interaction's provenance reads in plain text (CLI, printout): the same wording in both.
import type { InteractionSource } from './contract.ts';

/** Each source's grading once ("VA NDF-RT … (moderate)"): a rule and a label sentence of one source read as one. */
export function sourceGradings(sources: InteractionSource[]): string[] {
  return [...new Set(sources.map((s) => `${s.sourceName} (${s.severity})`))];
}
