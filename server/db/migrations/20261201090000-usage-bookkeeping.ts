import { sql, type Kysely } from 'kysely';

/**
 * What a decision needs to know about usage, kept by the database itself whenever resolutions are
 * written (statement triggers), so no writer — today's or a later module's — can forget it:
 *
 * - Running totals of grants, so usage costs a few rows to read however many grants lie behind it:
 *   `person_daily_usage` (a person's own within-authority grants per type and local day, in the
 *   organization's time zone), `customer_daily_usage` (a customer's grants per type and UTC day) and
 *   `contact_usage` (everything granted on a contact).
 * - `usage_version` on people and customers, bumped by every write that may change their usage. An
 *   optimistic decision (migration 20261201091000) compares row versions, and a sum over other rows
 *   has none of its own: the bump gives it one.
 *
 * `decision_usage` is the one definition of usage, read by decisions and by the authority check alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['people', 'customers']) {
    await sql`alter table ${sql.table(table)} add column usage_version bigint not null default 0`.execute(
      db,
    );
  }
  // Totals per key, type and day: a person's own grants by the organization's local day, a customer's by UTC day.
  for (const [table, key, references] of [
    ['person_daily_usage', 'person_id', 'people'],
    ['customer_daily_usage', 'customer_id', 'customers'],
  ] as const) {
    await sql`
      create table ${sql.table(table)} (
        organization_id uuid not null references organizations (id) on delete cascade,
        ${sql.ref(key)} uuid not null references ${sql.table(references)} (id) on delete cascade,
        type text not null,
        day date not null,
        granted_minor bigint not null,
        primary key (${sql.ref(key)}, day, type)
      )`.execute(db);
  }
  await sql`
    create table contact_usage (
      contact_id uuid primary key references contacts (id) on delete cascade,
      organization_id uuid not null references organizations (id) on delete cascade,
      granted_minor bigint not null
    )`.execute(db);
  // A customer window starts at an instant, mid-day: the grants of that first, partial day are read
  // one by one, and this index finds them.
  await sql`create index resolutions_customer_grants_idx on resolutions (customer_id, type, decided_at) where status = 'granted'`.execute(
    db,
  );

  // Adds signed grants to the three totals: +amount for a grant that appears, -amount for one that goes.
  await sql`
    create function count_grants(
      p_org uuid[], p_person uuid[], p_customer uuid[], p_contact uuid[], p_type text[], p_at timestamptz[], p_amount bigint[], p_own boolean[]
    ) returns void language plpgsql as $$
    begin
      with g as (
        select * from unnest(p_org, p_person, p_customer, p_contact, p_type, p_at, p_amount, p_own) as g(org, person, customer, contact, type, at, amount, own)
      ), own_days as (
        insert into person_daily_usage (organization_id, person_id, type, day, granted_minor)
        select g.org, g.person, g.type, (g.at at time zone o.time_zone)::date, sum(g.amount)
        from g join organizations o on o.id = g.org where g.own
        group by 1, 2, 3, 4
        on conflict (person_id, day, type) do update set granted_minor = person_daily_usage.granted_minor + excluded.granted_minor
      ), customer_days as (
        insert into customer_daily_usage (organization_id, customer_id, type, day, granted_minor)
        select g.org, g.customer, g.type, (g.at at time zone 'UTC')::date, sum(g.amount)
        from g group by 1, 2, 3, 4
        on conflict (customer_id, day, type) do update set granted_minor = customer_daily_usage.granted_minor + excluded.granted_minor
      )
      insert into contact_usage (contact_id, organization_id, granted_minor)
      select g.contact, g.org, sum(g.amount) from g group by 1, 2
      on conflict (contact_id) do update set granted_minor = contact_usage.granted_minor + excluded.granted_minor;
    end $$`.execute(db);
  await sql`
    select count_grants(array_agg(organization_id), array_agg(requested_by), array_agg(customer_id), array_agg(contact_id),
      array_agg(type), array_agg(decided_at), array_agg(granted_amount_minor), array_agg(within_authority))
    from resolutions where status = 'granted'`.execute(db);

  // A new resolution may change its requester's usage (and answers an idempotency key of theirs) and
  // its customer's and contact's. An update (an approval's answer) changes its customer's and contact's,
  // and a requester's own only if it touches a grant within their authority, which nothing does today;
  // a writer that ever does must lock the person before the customer, as decisions do.
  await sql`
    create function resolutions_inserted() returns trigger language plpgsql as $$
    begin
      update people set usage_version = usage_version + 1 where id in (select requested_by from new_rows);
      update customers set usage_version = usage_version + 1 where id in (select customer_id from new_rows);
      perform count_grants(array_agg(organization_id), array_agg(requested_by), array_agg(customer_id), array_agg(contact_id),
        array_agg(type), array_agg(decided_at), array_agg(granted_amount_minor), array_agg(within_authority))
      from new_rows where status = 'granted';
      return null;
    end $$`.execute(db);
  await sql`
    create function resolutions_updated() returns trigger language plpgsql as $$
    begin
      update customers set usage_version = usage_version + 1 where id in (select customer_id from new_rows union select customer_id from old_rows);
      update people set usage_version = usage_version + 1
      where id in (select requested_by from old_rows where status = 'granted' and within_authority
                   union select requested_by from new_rows where status = 'granted' and within_authority);
      perform count_grants(array_agg(organization_id), array_agg(requested_by), array_agg(customer_id), array_agg(contact_id),
        array_agg(type), array_agg(decided_at), array_agg(amount), array_agg(within_authority))
      from (
        select organization_id, requested_by, customer_id, contact_id, type, decided_at, -granted_amount_minor as amount, within_authority from old_rows where status = 'granted'
        union all
        select organization_id, requested_by, customer_id, contact_id, type, decided_at, granted_amount_minor, within_authority from new_rows where status = 'granted'
      ) changes;
      return null;
    end $$`.execute(db);
  await sql`create trigger resolutions_usage_on_insert after insert on resolutions referencing new table as new_rows for each statement execute function resolutions_inserted()`.execute(
    db,
  );
  await sql`create trigger resolutions_usage_on_update after update on resolutions referencing old table as old_rows new table as new_rows for each statement execute function resolutions_updated()`.execute(
    db,
  );

  // What people, customers and contacts have used: a person's own within-authority grants today and
  // this month (the organization's local day and month of p_now, or later); a customer's grants since
  // each type's window start (whole UTC days from the totals, the first partial day from its grants);
  // a contact's total.
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
        select 'customer'::text, u.customer_id, u.type, sum(u.amount)::bigint, 0::bigint
        from (
          select d.customer_id, d.type, d.granted_minor as amount
          from customer_daily_usage d
          join unnest(p_window_types, p_window_starts) as w(type, since) on w.type = d.type
          where d.customer_id = any(p_customer_ids) and d.organization_id = p_org and d.day > (w.since at time zone 'UTC')::date
          union all
          select r.customer_id, r.type, r.granted_amount_minor
          from resolutions r
          join unnest(p_window_types, p_window_starts) as w(type, since) on w.type = r.type
          where r.customer_id = any(p_customer_ids) and r.organization_id = p_org and r.status = 'granted'
            and r.decided_at >= w.since and r.decided_at < ((w.since at time zone 'UTC')::date + 1)::timestamp at time zone 'UTC'
        ) u
        group by u.customer_id, u.type
        union all
        select 'contact'::text, c.contact_id, null::text, c.granted_minor, 0::bigint
        from contact_usage c
        where c.contact_id = any(p_contact_ids) and c.organization_id = p_org;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop function decision_usage`.execute(db);
  await sql`drop trigger resolutions_usage_on_update on resolutions`.execute(db);
  await sql`drop trigger resolutions_usage_on_insert on resolutions`.execute(db);
  await sql`drop function resolutions_updated`.execute(db);
  await sql`drop function resolutions_inserted`.execute(db);
  await sql`drop function count_grants`.execute(db);
  await sql`drop index resolutions_customer_grants_idx`.execute(db);
  for (const table of ['contact_usage', 'customer_daily_usage', 'person_daily_usage'])
    await sql`drop table ${sql.table(table)}`.execute(db);
  for (const table of ['people', 'customers'])
    await sql`alter table ${sql.table(table)} drop column usage_version`.execute(db);
}
