// A content row (shared/pack/content.ts, what the compiler gathers and writePack writes) as a query
// in electron/node/queries reads it back: snake_case columns, a list stored as text, true/false as
// 1/0, a field left out stored as its default. The queries' row types are picked from these, so a
// table's row is declared once, in content.ts.

type SnakeCase<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<Rest>}`
  : S;

type StoredValue<V> = [Exclude<V, undefined>] extends [boolean]
  ? number
  : Exclude<V, undefined> extends string | number | null
    ? Exclude<V, undefined>
    : string;

export type Stored<Row> = { [K in keyof Row & string as SnakeCase<K>]-?: StoredValue<Row[K]> };
