// Per-pack caches, in one place: what is built once from an open pack lives as long as the pack's
// database object (a WeakMap, so a closed or replaced pack lets go of everything built from it).
import type { Database } from 'sql.js';

/** `build` run once per database: the first call for a pack builds, later calls get the same value. */
export function perPack<T>(build: (db: Database) => T): (db: Database) => T {
  const cache = new WeakMap<Database, T>();
  return (db) => {
    if (cache.has(db)) return cache.get(db) as T;
    const value = build(db);
    cache.set(db, value);
    return value;
  };
}
