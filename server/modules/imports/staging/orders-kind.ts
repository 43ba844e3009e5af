import { sql } from 'kysely';

import { upsertStagedOrders } from '../../customers/commands/upsert-staged-orders.ts';
import { orderColumns, readOrderRow } from '../rows/order-row.ts';
import { errorsOf, type ImportKindHandler } from './import-kind.ts';

/**
 * Orders, upserted by external reference (the order's number), each for a customer already in the
 * organization (import the customers first). A merged customer's reference is refused: the order
 * belongs to the customer who stayed.
 */
export const ordersKind: ImportKindHandler = {
  columns: orderColumns,
  keepsRows: true,
  async start({ connection, organizationId, now }, stage) {
    const { trx } = connection;
    const table = sql.raw(stage.table);
    const writer = stage.fresh
      ? await connection.stage(stage.table, [
          ['line', 'integer'],
          ['number', 'text'],
          ['customer_ref', 'text'],
          ['placed_at', 'timestamptz'],
          ['status', 'text'],
          ['total_minor', 'bigint'],
          ['currency', 'char(3)'],
          ['items', 'jsonb'],
        ])
      : null;
    return {
      async add(line, record) {
        const read = readOrderRow(record, now);
        if (!read.ok) return read.errors;
        const o = read.row;
        await writer!.write([
          line,
          o.number,
          o.customerRef,
          o.placedAt,
          o.status,
          o.totalMinor,
          o.currency,
          o.items,
        ]);
        return null;
      },
      async check(limit, dryRun) {
        // The staged rows' statistics are the dry run's (analyze is kept): the apply plans with them.
        if (writer) {
          await writer.end();
          await sql`analyze ${table}`.execute(trx);
        }
        // A number twice in the file is the file's fault, found by the dry run: the apply skips the pass.
        const repeated = dryRun
          ? sql`
            select s.line, 'external_ref' as "column", 'also on line ' || d.first_line || ': once per file' as message
            from ${table} s join (select number, min(line) as first_line from ${table} group by 1 having count(*) > 1) d
              using (number) where s.line <> d.first_line
            union all`
          : sql``;
        const errors = await sql<{ line: number; column: string; message: string; total: number }>`
          with every as (${repeated}
            select s.line, 'customer_ref' as "column", case when c.id is null then 'no customer of this organization has this reference'
              else 'this customer was merged into another: use that one''s reference' end as message
            from ${table} s
            left join customers c on c.organization_id = ${organizationId} and c.external_ref = s.customer_ref
            where c.id is null or c.merged_into_id is not null)
          select line, "column", message, (count(*) over ())::int as total from every
          order by line, "column" limit ${limit}`.execute(trx);
        if (!dryRun) return { created: 0, updated: 0, unchanged: 0, ...errorsOf(errors.rows) };
        const counts = await sql<{ created: number; updated: number; unchanged: number }>`
          select count(*) filter (where o.id is null)::int as created,
            count(*) filter (where o.id is not null and (o.customer_id, o.placed_at, o.status, o.total_minor, o.currency, o.items)
              is distinct from (c.id, s.placed_at, s.status, s.total_minor, s.currency, s.items))::int as updated,
            count(*) filter (where o.id is not null and (o.customer_id, o.placed_at, o.status, o.total_minor, o.currency, o.items)
              is not distinct from (c.id, s.placed_at, s.status, s.total_minor, s.currency, s.items))::int as unchanged
          from ${table} s
          left join customers c on c.organization_id = ${organizationId} and c.external_ref = s.customer_ref
          left join orders o on o.organization_id = ${organizationId} and o.number = s.number`.execute(
          trx,
        );
        return { ...counts.rows[0]!, ...errorsOf(errors.rows) };
      },
      apply: () => upsertStagedOrders({ trx, organizationId, stage: stage.table }),
    };
  },
};
