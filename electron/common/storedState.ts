// What the renderer keeps in local storage (display settings and open tabs, never patient data), as
// schemas: a stored value is used only when it has the shape this version writes.
import * as v from 'valibot';
import { TABS } from './sections.ts';

export const THEMES = ['light', 'dark', 'contrast'] as const;
export const MIN_ZOOM = 80;
export const MAX_ZOOM = 200;

export const SettingsSchema = v.object({
  theme: v.optional(v.picklist(THEMES)),
  zoom: v.optional(v.pipe(v.number(), v.integer(), v.minValue(MIN_ZOOM), v.maxValue(MAX_ZOOM))),
});

const text = v.pipe(v.string(), v.maxLength(2_000));
const TabSchema = v.variant('kind', [
  v.object({
    id: text,
    kind: v.literal('drug'),
    drugId: text,
    title: text,
    section: v.picklist(TABS.map((t) => t.key)),
    highlight: v.nullable(text),
    sectionId: v.nullable(v.number()),
    /** The product asked for (a brand, a salt, a list line, or a label id): its label is the one shown. */
    product: v.optional(text),
  }),
  v.object({ id: text, kind: v.literal('medlist'), title: text }),
  v.object({ id: text, kind: v.literal('compare'), title: text }),
  v.object({ id: text, kind: v.literal('search'), title: text, query: text }),
  v.object({ id: text, kind: v.literal('sources'), title: text }),
]);
export type StoredTab = v.InferOutput<typeof TabSchema>;

/** Open tabs: unique ids, and always a list tab (the list is where a ward starts). */
export const SavedTabsSchema = v.pipe(
  v.object({ tabs: v.pipe(v.array(TabSchema), v.maxLength(200)), active: v.string() }),
  v.check((s) => s.tabs.some((t) => t.kind === 'medlist') && new Set(s.tabs.map((t) => t.id)).size === s.tabs.length),
);

export type StoredSchema<T> = v.GenericSchema<unknown, T>;

/** The stored text as the schema's value, or null when it is not JSON or not that shape. */
export function parseStored<T>(schema: StoredSchema<T>, raw: string): T | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = v.safeParse(schema, json);
  return parsed.success ? parsed.output : null;
}
