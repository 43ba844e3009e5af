import { sql, type Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';

export type UpsertStagedCustomersOptions = {
  trx: Transaction<Database>;
  organizationId: string;
  /** A table of checked rows (server/modules/imports/staging/customers-kind.ts). */
  stage: string;
  currency: string;
  now: Date;
};

/**
 * Customers from a checked staging table, in one statement: new references are inserted, known ones
 * updated only where something differs, so a second run of the same rows writes nothing. Values
 * are the file's: an import is how a centre brings in the lifetime value its own systems computed.
 * Ids are time-ordered (migration 20261204110000) so a million new rows append to the primary key.
 */
export async function upsertStagedCustomers(
  options: UpsertStagedCustomersOptions,
): Promise<{ created: number; updated: number; unchanged: number }> {
  const { trx, organizationId, currency, now } = options;
  const { rows } = await sql<{ created: number; updated: number; total: number }>`
    with up as (
      insert into customers as c (id, organization_id, external_ref, name, email, phone, segment, lifetime_value_minor, currency, flags, linked_person_id, created_at)
      select time_ordered_uuid(), ${organizationId}::uuid, s.external_ref, s.name, s.email, s.phone, s.segment, s.lifetime_value_minor, ${currency}, s.flags, p.id, ${now}
      from ${sql.raw(options.stage)} s
      left join people p on p.organization_id = ${organizationId} and lower(p.email) = s.linked_person_email
      on conflict (organization_id, external_ref) do update set
        name = excluded.name, email = excluded.email, phone = excluded.phone, segment = excluded.segment,
        lifetime_value_minor = excluded.lifetime_value_minor, currency = excluded.currency, flags = excluded.flags,
        linked_person_id = excluded.linked_person_id
      where (c.name, c.email, c.phone, c.segment, c.lifetime_value_minor, c.currency, c.flags, c.linked_person_id)
        is distinct from (excluded.name, excluded.email, excluded.phone, excluded.segment, excluded.lifetime_value_minor, excluded.currency, excluded.flags, excluded.linked_person_id)
      returning (xmax = 0) as inserted)
    select count(*) filter (where inserted)::int as created, count(*) filter (where not inserted)::int as updated,
      (select count(*) from ${sql.raw(options.stage)})::int as total
    from up`.execute(trx);
  const { created, updated, total } = rows[0]!;
  return { created, updated, unchanged: total - created - updated };
}
