// The pack's sources and cited references, for the Sources/About view and every alert's sources.
import type { Database } from 'sql.js';
import type { Reference, SourceEntry } from '../../common/contract.ts';
import { all } from './rows.ts';

export const allSources = (db: Database) =>
  all<SourceEntry>(db, 'SELECT id, name, kind, origin, licence, attribution, retrieved FROM source ORDER BY kind, id');

export const citations = (db: Database) =>
  all<Reference>(db, 'SELECT id, title, url, year FROM citation ORDER BY title COLLATE NOCASE');
