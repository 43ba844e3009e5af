import { sql, type Kysely } from 'kysely';

/**
 * What a decision needs to know about usage, kept by the database itself whenever resolutions are
 * written (statement triggers), so no writer — today's or a later module's — can forget it:
 *
 * - `person_daily_usage`: each person's own within-authority grants per type and day (in the
 *   organization's time zone). A rep's budgets per day and per month then cost a few rows to read,
 *   however many grants the month holds, instead of a scan of every one of them.
 * - `usage_version` on people and customers, bumped by every write that may change their usage. An
 *   optimistic decision (migration 20261201091000) compares row versions, and a sum over other rows
 *   has none of its own: the bump gives it one.
 *
 * `decision_usage` is the one definition of usage, read by decisions and by the authority check alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['people', 'customers']) {
    await sql`alter table ${sql.table(table)} add column usage_version bigint not null default 0`.execute(db);
  }
  await db.schema
    .createTable('person_daily_usage')
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    /** The organization's local date of the grants. */
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('granted_minor', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_daily_usage_pk', ['person_id', 'day', 'type'])
    .execute();
  await sql`
    insert into person_daily_usage (organization_id, person_id, type, day, granted_minor)
    select r.organization_id, r.requested_by, r.type, (r.decided_at at time zone o.time_zone)::date, sum(r.granted_amount_minor)
    from resolutions r join organizations o on o.id = r.organization_id
    where r.status = 'granted' and r.within_authority
    group by 1, 2, 3, 4`.execute(db);

  // A new resolution may change its requester's usage (and answers an idempotency key of theirs) and
  // its customer's and contact's. An update (an approval's answer) changes its customer's and contact's,
  // and a requester's own only if it touches a grant within their authority, which nothing does today;
  // a writer that ever does must lock the person before the customer, as decisions do.
  await sql`
    create function resolutions_inserted() returns trigger language plpgsql as $$
    begin
      update people set usage_version = usage_version + 1 where id in (select requested_by from new_rows);
      update customers set usage_version = usage_version + 1 where id in (select customer_id from new_rows);
      insert into person_daily_usage (organization_id, person_id, type, day, granted_minor)
      select n.organization_id, n.requested_by, n.type, (n.decided_at at time zone o.time_zone)::date, sum(n.granted_amount_minor)
      from new_rows n join organizations o on o.id = n.organization_id
      where n.status = 'granted' and n.within_authority
      group by 1, 2, 3, 4
      on conflict (person_id, day, type) do update set granted_minor = person_daily_usage.granted_minor + excluded.granted_minor;
      return null;
    end $$`.execute(db);
  await sql`
    create function resolutions_updated() returns trigger language plpgsql as $$
    begin
      update customers set usage_version = usage_version + 1 where id in (select customer_id from new_rows union select customer_id from old_rows);
      with changes as (
        select organization_id, requested_by, type, decided_at, -granted_amount_minor as amount from old_rows where status = 'granted' and within_authority
        union all
        select organization_id, requested_by, type, decided_at, granted_amount_minor from new_rows where status = 'granted' and within_authority
      ), counted as (
        insert into person_daily_usage (organization_id, person_id, type, day, granted_minor)
        select c.organization_id, c.requested_by, c.type, (c.decided_at at time zone o.time_zone)::date, sum(c.amount)
        from changes c join organizations o on o.id = c.organization_id
        group by 1, 2, 3, 4
        on conflict (person_id, day, type) do update set granted_minor = person_daily_usage.granted_minor + excluded.granted_minor
        returning person_id
      )
      update people set usage_version = usage_version + 1 where id in (select person_id from counted);
      return null;
    end $$`.execute(db);
  await sql`create trigger resolutions_usage_on_insert after insert on resolutions referencing new table as new_rows for each statement execute function resolutions_inserted()`.execute(db);
  await sql`create trigger resolutions_usage_on_update after update on resolutions referencing old table as old_rows new table as new_rows for each statement execute function resolutions_updated()`.execute(db);

  // What people, customers and contacts have used: a person's own within-authority grants today and
  // this month (the organization's local day and month of p_now, or later), a customer's grants over
  // each type's window, a contact's total.
  await sql`
    create function decision_usage(
      p_org uuid, p_person_ids uuid[], p_customer_ids uuid[], p_contact_ids uuid[],
      p_now timestamptz, p_window_types text[], p_window_starts timestamptz[]
    ) returns table (scope text, key uuid, type text, first bigint, second bigint)
    language plpgsql stable as $$
    declare
      v_today date;
      v_month date;
    begin
      select (p_now at time zone o.time_zone)::date, date_trunc('month', p_now at time zone o.time_zone)::date into v_today, v_month
      from organizations o where o.id = p_org;
      return query
        select 'person'::text, d.person_id, d.type,
          coalesce(sum(d.granted_minor) filter (where d.day >= v_today), 0)::bigint,
          coalesce(sum(d.granted_minor), 0)::bigint
        from person_daily_usage d
        where d.person_id = any(p_person_ids) and d.organization_id = p_org and d.day >= v_month
        group by d.person_id, d.type
        union all
        select 'customer'::text, r.customer_id, r.type, coalesce(sum(r.granted_amount_minor), 0)::bigint, 0::bigint
        from resolutions r
        join unnest(p_window_types, p_window_starts) as w(type, since) on w.type = r.type
        where r.organization_id = p_org and r.status = 'granted'
          and r.customer_id = any(p_customer_ids) and r.decided_at >= w.since
        group by r.customer_id, r.type
        union all
        select 'contact'::text, r.contact_id, null::text, coalesce(sum(r.granted_amount_minor), 0)::bigint, 0::bigint
        from resolutions r
        where r.organization_id = p_org and r.status = 'granted' and r.contact_id = any(p_contact_ids)
        group by r.contact_id;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function decision_usage`.execute(db);
  await sql`drop trigger resolutions_usage_on_update on resolutions`.execute(db);
  await sql`drop trigger resolutions_usage_on_insert on resolutions`.execute(db);
  await sql`drop function resolutions_updated`.execute(db);
  await sql`drop function resolutions_inserted`.execute(db);
  await db.schema.dropTable('person_daily_usage').execute();
  for (const table of ['people', 'customers']) await sql`alter table ${sql.table(table)} drop column usage_version`.execute(db);
}
