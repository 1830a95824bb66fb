// The orderings written more than once, one comparator each, and the one binary search. Text is
// ordered by UTF-16 code units, never by locale, so that lists and the pack's bytes are the same on
// every machine.

/** Code-unit order: "B" before "a", "10" before "9". */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Items in code-unit order of a text key. */
export const byText =
  <T>(key: (item: T) => string) =>
  (x: T, y: T): number =>
    compareText(key(x), key(y));

/** Numbers smallest first (`Array.prototype.sort` alone orders them as text). */
export const numeric = (a: number, b: number): number => a - b;

/** The first index in `sorted` (ascending by `keyOf`, code-unit order) whose key is not below `key`. */
export function lowerBound<T>(sorted: readonly T[], key: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keyOf(sorted[mid]!) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first `k` items as a stable sort by `compare` would order them, without sorting them all: a
 * question's window of thousands of sections shows a few dozen.
 */
export function firstSorted<T>(items: Iterable<T>, k: number, compare: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  if (k <= 0) return out;
  for (const item of items) {
    if (out.length === k && compare(item, out[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(out[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, item);
    if (out.length > k) out.pop();
  }
  return out;
}
