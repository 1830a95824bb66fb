// The interaction aggregate: assertion rows, one per (pair, source or rule). Rows come without
// their clinical text, which is fetched only for the one row per pair whose text is shown: copying
// every row's sentences out of the database was most of a long list's check time.
import type { Database } from 'sql.js';
import type { InteractionRow as InteractionContent } from '../../../shared/pack/content.ts';
import type { Stored } from '../../../shared/pack/stored.ts';
import { all } from './rows.ts';
import { perPack } from '../pack/perPack.ts';

/** An assertion row without its clinical text (effect, mechanism, management: InteractionText). */
export type InteractionRow = { id: number } & Omit<Stored<InteractionContent>, 'effect' | 'mechanism' | 'management'>;

export interface InteractionText {
  id: number;
  effect: string;
  mechanism: string;
  management: string;
}

const COLUMNS =
  'i.id, i.drug_a, i.drug_b, i.severity, i.evidence, i.onset, i.why_a, i.why_b, i.rule_id, i.cites, i.source_id';

export const interactionsOf = (db: Database, drugId: string) =>
  all<InteractionRow>(
    db,
    `SELECT ${COLUMNS} FROM interaction i
    WHERE i.drug_a = ?1 OR i.drug_b = ?1`,
    [drugId],
  );

export const interactionsAmong = (db: Database, ids: string[]) => {
  if (ids.length < 2) return [];
  const marks = ids.map(() => '?').join(',');
  return all<InteractionRow>(
    db,
    `SELECT ${COLUMNS} FROM interaction i
    WHERE i.drug_a IN (${marks}) AND i.drug_b IN (${marks})`,
    [...ids, ...ids],
  );
};

export const interactionTexts = (db: Database, rowIds: number[]): Map<number, InteractionText> =>
  new Map(
    (rowIds.length === 0
      ? []
      : all<InteractionText>(
          db,
          `SELECT id, effect, mechanism, management FROM interaction WHERE id IN (${rowIds.map(() => '?').join(',')})`,
          rowIds,
        )
    ).map((t) => [t.id, t]),
  );

/** Source names by id, read once per pack: joining them onto every row cost more than the rows. */
export const sourceNameMap = perPack(
  (db) => new Map(all<{ id: string; name: string }>(db, 'SELECT id, name FROM source').map((r) => [r.id, r.name])),
);
