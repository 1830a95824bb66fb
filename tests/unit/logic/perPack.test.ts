// The one per-pack cache: built once for a database, again for another.
import { describe, expect, it } from 'vitest';
import { perPack } from '../../../electron/node/pack/perPack.ts';
import { loadSqlJs } from '../../../shared/pack/sqljs.ts';

describe('perPack', () => {
  it('builds once per database and keeps what it built, falsy values included', async () => {
    const SQL = await loadSqlJs();
    const [first, second] = [new SQL.Database(), new SQL.Database()];
    const built: unknown[] = [];
    const cached = perPack((db) => {
      built.push(db);
      return built.length === 1 ? 0 : built.length;
    });
    expect(cached(first)).toBe(0);
    expect(cached(first)).toBe(0);
    expect(cached(second)).toBe(2);
    expect(cached(second)).toBe(2);
    expect(built).toHaveLength(2);
    expect(built[0]).toBe(first);
    expect(built[1]).toBe(second);
    first.close();
    second.close();
  });
});
