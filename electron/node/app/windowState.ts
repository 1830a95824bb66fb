// window-state.json: whatever is in the file is untrusted (hand-edited, truncated, from a computer
// with another monitor). Only finite numbers are read, the size is kept sane, and a position is kept
// only when the window lands on a display that exists now, clamped inside its work area.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowBounds {
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export const MIN_SIZE = { width: 600, height: 400 } as const;
export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/** The file's text (or null when there is none) → bounds that fit on one of `workAreas`. */
export function restoreWindowBounds(text: string | null, workAreas: readonly Rect[]): WindowBounds {
  let saved: unknown;
  try {
    saved = text === null ? null : JSON.parse(text);
  } catch {
    saved = null;
  }
  const s = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const largest = workAreas.reduce<Rect | null>(
    (m, a) => (!m || a.width * a.height > m.width * m.height ? a : m),
    null,
  );
  const maxW = largest ? largest.width : DEFAULT_SIZE.width;
  const maxH = largest ? largest.height : DEFAULT_SIZE.height;
  const size = (v: unknown, fallback: number, min: number, max: number) =>
    Math.round(clamp(finite(v) ? v : fallback, min, Math.max(min, max)));
  let width = size(s.width, Math.min(DEFAULT_SIZE.width, maxW), MIN_SIZE.width, maxW);
  let height = size(s.height, Math.min(DEFAULT_SIZE.height, maxH), MIN_SIZE.height, maxH);
  if (!finite(s.x) || !finite(s.y)) return { width, height };
  const wanted: Rect = { x: Math.round(s.x), y: Math.round(s.y), width, height };
  const best = workAreas
    .map((area) => ({ area, shared: overlap(wanted, area) }))
    .filter((d) => d.shared > 0)
    .sort((a, b) => b.shared - a.shared)[0];
  // Off every display now (a monitor was unplugged): let the window open centred on the primary one.
  if (!best) return { width, height };
  const { area } = best;
  width = Math.max(MIN_SIZE.width, Math.min(width, area.width));
  height = Math.max(MIN_SIZE.height, Math.min(height, area.height));
  return {
    width,
    height,
    x: clamp(wanted.x, area.x, area.x + area.width - width),
    y: clamp(wanted.y, area.y, area.y + area.height - height),
  };
}

export function serializeWindowBounds(bounds: Rect): string {
  const { x, y, width, height } = bounds;
  return JSON.stringify({ x, y, width, height });
}
