import { createHash } from 'node:crypto';

import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

const plannable = /^\s*(select|insert|update|delete|with)\b/i;
/** `values ($1, $2), ($3, $4)`: a multi-row insert's text changes with its row count, so naming it would only pile up statements. */
const multiRowValues = /\),\s*\(\$\d/;
/**
 * A statement that opts out: its best plan depends on its values (a search's words), and the generic
 * plan PostgreSQL switches a named statement to after five runs was 4× slower for knowledge search.
 */
export const CUSTOM_PLAN = '/* custom plan */';
/** A bound on distinct texts kept per process (and prepared per connection); past it, queries run unnamed. */
const MAX_NAMED = 1000;
const names = new Map<string, string>();

/** A stable short name per SQL text (PostgreSQL then parses and plans it once per connection), or null to run it unnamed. */
function statementName(sql: string): string | null {
  let name = names.get(sql);
  if (name) return name;
  if (!plannable.test(sql) || multiRowValues.test(sql) || sql.includes(CUSTOM_PLAN)) return null;
  if (names.size >= MAX_NAMED) return null;
  name = 'lw_' + createHash('sha1').update(sql).digest('hex').slice(0, 20);
  names.set(sql, name);
  return name;
}

/**
 * Kysely's pool, with every query sent as a named prepared statement. The app sends a few dozen
 * distinct queries millions of times; re-parsing and re-planning each one was most of the database's
 * work on the decision path (see docs/PERFORMANCE.md).
 */
export function preparedStatementPool(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        query: ((sql: string, parameters: readonly unknown[]) => {
          const name = statementName(sql);
          return name
            ? client.query({ name, text: sql, values: [...parameters] })
            : client.query(sql, [...parameters]);
        }) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}
