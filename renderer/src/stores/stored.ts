// Settings and open tabs kept in local storage, read defensively. A stored value that is not JSON, or
// not the shape this version writes, is set aside under `<key>:corrupt` (for whoever looks into it),
// the defaults are used, and the user is told once: the next start finds no damaged value. Only
// display settings and tabs live here, never a patient's list.
import { ref } from 'vue';
import { parseStored, type StoredSchema } from '../../../electron/common/storedState.ts';

/** What could not be read at start, in words, for the banner; each is shown once. */
export const storageNotices = ref<string[]>([]);

export const corruptKey = (key: string) => `${key}:corrupt`;

/** The stored value if it has the expected shape; null when there is none or it was set aside. */
export function readStored<T>(key: string, schema: StoredSchema<T>, what: string): T | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key);
  } catch {
    return null;
  }
  if (raw === null) return null;
  const value = parseStored(schema, raw);
  if (value !== null) return value;
  try {
    localStorage.setItem(corruptKey(key), raw);
    localStorage.removeItem(key);
  } catch {
    /* storage full or refused: the defaults are used all the same */
  }
  storageNotices.value.push(
    `Your saved ${what} could not be read, so the defaults are used. The damaged copy was kept aside.`,
  );
  return null;
}

/** Writes a value; storage that is full or refused costs the setting, never the app. */
export function writeStored(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    /* see above */
  }
}
