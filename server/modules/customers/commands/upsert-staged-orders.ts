import { sql, type Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';

export type UpsertStagedOrdersOptions = {
  trx: Transaction<Database>;
  organizationId: string;
  /** A table of checked rows (server/modules/imports/staging/orders-kind.ts). */
  stage: string;
};

/**
 * Orders from a checked staging table, in one statement: the way orders are created (nothing else
 * in the API creates them; a shop's own system is where they are placed). New numbers are
 * inserted, known ones updated only where something differs, so the same rows again write nothing.
 * The engine reads `placed_at` for order-age conditions at the next decision. Ids are
 * time-ordered (migration 20261204110000) so millions of new rows append to the primary key.
 */
export async function upsertStagedOrders(
  options: UpsertStagedOrdersOptions,
): Promise<{ created: number; updated: number; unchanged: number }> {
  const { trx, organizationId } = options;
  const { rows } = await sql<{ created: number; updated: number; total: number }>`
    with up as (
      insert into orders as o (id, organization_id, customer_id, number, placed_at, status, total_minor, currency, items)
      select time_ordered_uuid(), ${organizationId}::uuid, c.id, s.number, s.placed_at, s.status, s.total_minor, s.currency, s.items
      from ${sql.raw(options.stage)} s
      join customers c on c.organization_id = ${organizationId} and c.external_ref = s.customer_ref
      on conflict (organization_id, number) do update set
        customer_id = excluded.customer_id, placed_at = excluded.placed_at, status = excluded.status,
        total_minor = excluded.total_minor, currency = excluded.currency, items = excluded.items
      where (o.customer_id, o.placed_at, o.status, o.total_minor, o.currency, o.items)
        is distinct from (excluded.customer_id, excluded.placed_at, excluded.status, excluded.total_minor, excluded.currency, excluded.items)
      returning (xmax = 0) as inserted)
    select count(*) filter (where inserted)::int as created, count(*) filter (where not inserted)::int as updated,
      (select count(*) from ${sql.raw(options.stage)})::int as total
    from up`.execute(trx);
  const { created, updated, total } = rows[0]!;
  return { created, updated, unchanged: total - created - updated };
}
