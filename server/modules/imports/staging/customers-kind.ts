import { sql } from 'kysely';

import { phoneCountryOf } from '../../../../domain/phone.ts';
import { upsertStagedCustomers } from '../../customers/commands/upsert-staged-customers.ts';
import { customerColumns, readCustomerRow } from '../rows/customer-row.ts';
import { errorsOf, type ImportKindHandler } from './import-kind.ts';

/**
 * Customers, upserted by external reference. Besides each cell's rules: a reference, phone or
 * e-mail once per file, and a phone or e-mail another customer of the organization holds is refused
 * (move it in two imports, or merge the two customers), as creating them one at a time would.
 */
export const customersKind: ImportKindHandler = {
  columns: customerColumns,
  keepsRows: true,
  async start({ connection, organizationId, currency, now }, stage) {
    const { trx } = connection;
    const table = sql.raw(stage.table);
    const writer = stage.fresh
      ? await connection.stage(stage.table, [
          ['line', 'integer'],
          ['external_ref', 'text'],
          ['name', 'text'],
          ['email', 'text'],
          ['phone', 'text'],
          ['segment', 'text'],
          ['lifetime_value_minor', 'bigint'],
          ['flags', 'jsonb'],
          ['linked_person_email', 'text'],
        ])
      : null;
    const org = { currency, phoneCountry: phoneCountryOf(currency) };
    return {
      async add(line, record) {
        const read = readCustomerRow(record, org);
        if (!read.ok) return read.errors;
        const c = read.row;
        await writer!.write([
          line,
          c.externalRef,
          c.name,
          c.email,
          c.phone,
          c.segment,
          c.lifetimeValueMinor,
          c.flags,
          c.linkedPersonEmail,
        ]);
        return null;
      },
      async check(limit, dryRun) {
        // The staged rows' statistics are the dry run's (analyze is kept): the apply plans with them.
        if (writer) {
          await writer.end();
          await sql`analyze ${table}`.execute(trx);
        }
        // A key twice in the file is the file's fault, found by the dry run: the apply skips the passes.
        const repeated = dryRun
          ? sql`
          dup_ref as (select external_ref, min(line) as first_line from ${table} group by 1 having count(*) > 1),
          dup_phone as (select phone, min(line) as first_line from ${table} where phone is not null group by 1 having count(*) > 1),
          dup_email as (select email, min(line) as first_line from ${table} where email is not null group by 1 having count(*) > 1),
          repeated as (
            select s.line, 'external_ref' as "column", 'also on line ' || d.first_line || ': once per file' as message
            from ${table} s join dup_ref d using (external_ref) where s.line <> d.first_line
            union all
            select s.line, 'phone', 'also on line ' || d.first_line || ': once per file'
            from ${table} s join dup_phone d using (phone) where s.line <> d.first_line
            union all
            select s.line, 'email', 'also on line ' || d.first_line || ': once per file'
            from ${table} s join dup_email d using (email) where s.line <> d.first_line),`
          : sql``;
        const errors = await sql<{ line: number; column: string; message: string; total: number }>`
          with ${repeated}
          held as (
            select s.line, 'phone' as "column", 'is the number of customer ' || c.external_ref as message
            from ${table} s join customers c on c.organization_id = ${organizationId} and c.phone = s.phone and c.external_ref <> s.external_ref
            union all
            select s.line, 'email', 'is the address of customer ' || c.external_ref
            from ${table} s join customers c on c.organization_id = ${organizationId} and lower(c.email) = s.email and c.external_ref <> s.external_ref
            union all
            select s.line, 'external_ref', 'was merged into another customer: import that one'
            from ${table} s join customers c on c.organization_id = ${organizationId} and c.external_ref = s.external_ref and c.merged_into_id is not null
            union all
            select s.line, 'linked_person_email', 'no person of this organization signs in as ' || s.linked_person_email
            from ${table} s where s.linked_person_email is not null and not exists (
              select 1 from people p where p.organization_id = ${organizationId} and lower(p.email) = s.linked_person_email)
          ),
          every as (${dryRun ? sql`select * from repeated union all ` : sql``}select * from held)
          select line, "column", message, (count(*) over ())::int as total from every
          order by line, "column" limit ${limit}`.execute(trx);
        if (!dryRun) return { created: 0, updated: 0, unchanged: 0, ...errorsOf(errors.rows) };
        const counts = await sql<{ created: number; updated: number; unchanged: number }>`
          select count(*) filter (where c.id is null)::int as created,
            count(*) filter (where c.id is not null and changed)::int as updated,
            count(*) filter (where c.id is not null and not changed)::int as unchanged
          from ${table} s
          left join customers c on c.organization_id = ${organizationId} and c.external_ref = s.external_ref
          left join people p on p.organization_id = ${organizationId} and lower(p.email) = s.linked_person_email
          cross join lateral (select (c.name, c.email, c.phone, c.segment, c.lifetime_value_minor, c.currency, c.flags, c.linked_person_id)
            is distinct from (s.name, s.email, s.phone, s.segment, s.lifetime_value_minor, ${currency}::char(3), s.flags, p.id) as changed) d
        `.execute(trx);
        return { ...counts.rows[0]!, ...errorsOf(errors.rows) };
      },
      apply: () =>
        upsertStagedCustomers({ trx, organizationId, stage: stage.table, currency, now }),
    };
  },
};
