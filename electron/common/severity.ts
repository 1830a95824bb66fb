// Severity as a rank, an order (most severe first), a threshold and a count: one definition of each.
import { SEVERITIES, type Severity } from './contract.ts';

export const SEVERITY_RANK: Record<Severity, number> = { contraindicated: 4, major: 3, moderate: 2, minor: 1 };

/** Most severe first. */
export const bySeverity = (x: { severity: Severity }, y: { severity: Severity }): number =>
  SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity];

/** True when `severity` is `threshold` or more severe. */
export const atLeast = (severity: Severity, threshold: Severity): boolean =>
  SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];

/** True when `a` is strictly more severe than `b`. */
export const moreSevere = (a: Severity, b: Severity): boolean => SEVERITY_RANK[a] > SEVERITY_RANK[b];

/** A count for every severity, zero unless `items` hold some. */
export function severityCounts(items: readonly { severity: Severity }[] = []): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const item of items) counts[item.severity]++;
  return counts;
}
