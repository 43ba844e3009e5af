import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

const plannable = /^\s*(select|insert|update|delete|with)\b/i;
const names = new Map<string, string>();

/** A stable short name per SQL text: PostgreSQL then parses and plans each query once per connection. */
function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = 'lw_' + createHash('sha1').update(sql).digest('hex').slice(0, 20);
    names.set(sql, name);
  }
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
        query: ((sql: string, parameters: readonly unknown[]) =>
          plannable.test(sql) ? client.query({ name: statementName(sql), text: sql, values: [...parameters] }) : client.query(sql, [...parameters])) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}
