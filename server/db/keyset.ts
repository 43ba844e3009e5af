import { sql, type RawBuilder, type SelectQueryBuilder } from 'kysely';

import { AppError } from '../errors.ts';

/**
 * Keyset paging: a page ends at the key of its last row, and the next page is the rows after that
 * key in the list's order, never an OFFSET. A row inserted while a client pages lands either before
 * the key (already passed, not seen again) or after it (seen once), so every row present throughout
 * is returned exactly once. The key must be immutable and unique: a time it was made at and the id.
 */

/** The kinds of value a key holds, and how each is checked when a client sends it back. */
const kinds = {
  /** A timestamp as exact text (microseconds, see `exactTime`). */
  time: (v: unknown): v is string =>
    typeof v === 'string' &&
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(v) &&
    !Number.isNaN(Date.parse(v)),
  uuid: (v: unknown): v is string =>
    typeof v === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v),
  /** What an `integer` column holds: past it, the query would fail rather than find nothing. */
  int: (v: unknown): v is number =>
    Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= 2_147_483_647,
  text: (v: unknown): v is string => typeof v === 'string' && v.length <= 2_000,
};

type Kind = keyof typeof kinds;
type ValueOf<K extends Kind> = K extends 'int' ? number : string;
export type KeyValues<K extends readonly Kind[]> = { [I in keyof K]: ValueOf<K[I]> };

export type Keyset<K extends readonly Kind[]> = {
  kinds: K;
  /** The key a cursor carries; undefined for the first page; a cursor this list never gave out is a 400. */
  decode(cursor: string | undefined): KeyValues<K> | undefined;
  encode(values: KeyValues<K>): string;
};

/**
 * The cursor of one list: base64url of its name and key. The name keeps one list's cursor from
 * being read as another's; a cursor is not a secret (every query is scoped to the caller's
 * organization), so it is checked, not signed.
 */
export function keyset<const K extends readonly Kind[]>(list: string, keyKinds: K): Keyset<K> {
  const invalid = () =>
    AppError.invalid('cursor', 'is not a cursor this list gave out (send back its nextCursor)');
  return {
    kinds: keyKinds,
    encode: (values) => Buffer.from(JSON.stringify([list, ...values])).toString('base64url'),
    decode(cursor) {
      if (cursor === undefined) return undefined;
      let parsed: unknown;
      try {
        if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
        parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw invalid();
      }
      if (!Array.isArray(parsed) || parsed.length !== keyKinds.length + 1 || parsed[0] !== list)
        throw invalid();
      const values = parsed.slice(1);
      if (!keyKinds.every((kind, i) => kinds[kind](values[i]))) throw invalid();
      return values as KeyValues<K>;
    },
  };
}

/**
 * A timestamp column as exact text: a JS Date keeps milliseconds, PostgreSQL microseconds, and a
 * key rounded down would bring back the row it ended at.
 */
export function exactTime(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

type KeyPart = {
  column: string;
  value: string | number;
  type: 'timestamptz' | 'uuid' | 'bigint' | 'text';
};

/** `(a, b) > (x, y)` in ascending order, `<` in descending: the rows after a page's last key. */
export function afterKey(
  direction: 'asc' | 'desc',
  parts: readonly KeyPart[],
): RawBuilder<boolean> {
  const columns = sql.join(parts.map((p) => sql.ref(p.column)));
  const values = sql.join(parts.map((p) => sql`cast(${p.value} as ${sql.raw(p.type)})`));
  return sql<boolean>`(${columns}) ${sql.raw(direction === 'asc' ? '>' : '<')} (${values})`;
}

/** Cuts the one row fetched past `limit` (which says there is a next page) and names where it starts. */
export function pageOf<T>(
  rows: T[],
  limit: number,
  cursorOf: (last: T) => string,
): { rows: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const page = rows.slice(0, limit);
  return { rows: page, nextCursor: cursorOf(page[page.length - 1]!) };
}

/**
 * The most common list: newest first by a time set once (created, decided, issued) and the id,
 * the page after `cursor` and the cursor of the next. The query selects `exactTime(time)` as `keyTime`.
 */
export async function newestFirstPage<
  DB,
  TB extends keyof DB,
  O extends { keyTime: string },
  K extends readonly ['time', 'uuid' | 'int'],
>(
  query: SelectQueryBuilder<DB, TB, O>,
  list: {
    keys: Keyset<K>;
    time: string;
    id: string;
    /** The key's id from a row; its `id` unless the list says otherwise. */
    idOf?: (row: O) => KeyValues<K>[1];
  },
  page: { cursor?: string | undefined; limit: number },
): Promise<{ rows: O[]; nextCursor: string | null }> {
  const after = list.keys.decode(page.cursor);
  if (after)
    query = query.where(
      afterKey('desc', [
        { column: list.time, value: after[0], type: 'timestamptz' },
        {
          column: list.id,
          value: after[1],
          type: list.keys.kinds[1] === 'int' ? 'bigint' : 'uuid',
        },
      ]),
    );
  const rows = (await query
    .orderBy(sql.ref(list.time), 'desc')
    .orderBy(sql.ref(list.id), 'desc')
    .limit(page.limit + 1)
    .execute()) as O[];
  return pageOf(rows, page.limit, (last) =>
    list.keys.encode([
      last.keyTime,
      list.idOf ? list.idOf(last) : (last as unknown as { id: KeyValues<K>[1] }).id,
    ] as unknown as KeyValues<K>),
  );
}
