import { sql, type Kysely, type RawBuilder } from 'kysely';

import { normalizePhone, phoneCountryOf } from '../../../domain/phone.ts';

/**
 * One customer per phone number and per e-mail address in an organization, so a second record
 * cannot dodge the first one's flags and usage (issue 10, finding 3):
 *
 * - Phones are rewritten in E.164, read in the country of the organization's currency
 *   (domain/phone.ts), and both are unique per organization. A live database may already hold
 *   duplicates or numbers that are not numbers: the migration does not fail on them. The oldest
 *   customer keeps the number (or address); a later one, or an invalid number, moves to
 *   `displaced_phone` / `displaced_email`, where search still finds it, so someone can merge the two.
 * - `merged_into_id` marks a duplicate an admin merged into the customer who stays: a tombstone the
 *   ledger's entries can still name, hidden from search; a call from its number pops the survivor. A
 *   contact written for a tombstone (a rep who had it open) is attached to the survivor by the database.
 * - A merge moves resolutions to another customer, and the usage triggers (20261201090000) already
 *   move their totals and bump both customers' `usage_version`. Here they stop taking row locks on
 *   what does not change: the requesters' rows (a move leaves their own usage alone, and a merge
 *   locks customers, which decisions lock only after people) and totals whose change sums to zero.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table customers
      add column merged_into_id uuid references customers (id),
      add column displaced_phone text,
      add column displaced_email text`.execute(db);

  await normalizeExistingPhones(db);
  await sql`
    with later as (
      select id, row_number() over (partition by organization_id, lower(email) order by created_at, id) as n
      from customers where email is not null)
    update customers c set displaced_email = c.email, email = null from later where later.id = c.id and later.n > 1`.execute(
    db,
  );

  await sql`drop index customers_phone_digits_idx`.execute(db);
  await sql`drop index customers_org_phone_idx`.execute(db);
  await sql`create unique index customers_org_phone_key on customers (organization_id, phone) where phone is not null`.execute(
    db,
  );
  await sql`create unique index customers_org_email_key on customers (organization_id, lower(email)) where email is not null`.execute(
    db,
  );
  // A call from a merged duplicate's number pops the survivor.
  await sql`create index customers_merged_phone_idx on customers (organization_id, displaced_phone) where merged_into_id is not null`.execute(
    db,
  );

  // Locking the customer's row waits for a merge that holds it, then reads what the merge wrote.
  await sql`
    create function contacts_follow_merges() returns trigger language plpgsql as $$
    declare
      v_survivor uuid;
    begin
      if new.customer_id is not null then
        select merged_into_id into v_survivor from customers where id = new.customer_id for key share;
        if v_survivor is not null then
          new.customer_id := v_survivor;
        end if;
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger contacts_follow_merges before insert or update of customer_id on contacts for each row execute function contacts_follow_merges()`.execute(
    db,
  );

  await replaceCountGrants(db, sql`having sum(g.amount) <> 0`);
  await replaceResolutionsUpdated(db, 'changed');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await replaceResolutionsUpdated(db, 'all');
  await replaceCountGrants(db, sql``);
  await sql`drop trigger contacts_follow_merges on contacts`.execute(db);
  await sql`drop function contacts_follow_merges`.execute(db);
  await sql`drop index customers_merged_phone_idx`.execute(db);
  await sql`drop index customers_org_email_key`.execute(db);
  await sql`drop index customers_org_phone_key`.execute(db);
  await db.schema
    .createIndex('customers_org_phone_idx')
    .on('customers')
    .columns(['organization_id', 'phone'])
    .execute();
  await sql`create index customers_phone_digits_idx on customers (organization_id, right(regexp_replace(phone, '\\D', '', 'g'), 10))`.execute(
    db,
  );
  await sql`update customers set merged_into_id = null`.execute(db);
  await sql`alter table customers drop column merged_into_id, drop column displaced_phone, drop column displaced_email`.execute(
    db,
  );
}

/** In batches, oldest customer first in each organization, so the first holder of a number keeps it. */
async function normalizeExistingPhones(db: Kysely<unknown>): Promise<void> {
  const taken = new Set<string>();
  let after: { organizationId: string; createdAt: Date; id: string } | null = null;
  for (;;) {
    const cursor = after;
    const rows: Array<{
      id: string;
      organizationId: string;
      createdAt: Date;
      phone: string;
      currency: string;
    }> = (
      await sql<{
        id: string;
        organizationId: string;
        createdAt: Date;
        phone: string;
        currency: string;
      }>`
        select c.id, c.organization_id as "organizationId", c.created_at as "createdAt", c.phone, o.currency
        from customers c join organizations o on o.id = c.organization_id
        where c.phone is not null
          ${cursor ? sql`and (c.organization_id, c.created_at, c.id) > (${cursor.organizationId}::uuid, ${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)` : sql``}
        order by c.organization_id, c.created_at, c.id
        limit 1000`.execute(db)
    ).rows;
    if (rows.length === 0) return;
    const changes = {
      ids: [] as string[],
      phones: [] as Array<string | null>,
      displaced: [] as Array<string | null>,
    };
    for (const row of rows) {
      const normalized = normalizePhone(row.phone, phoneCountryOf(row.currency));
      const key = normalized.ok ? `${row.organizationId} ${normalized.e164}` : null;
      const keeps = normalized.ok && !taken.has(key!);
      if (keeps) taken.add(key!);
      const phone = keeps && normalized.ok ? normalized.e164 : null;
      if (phone === row.phone) continue;
      changes.ids.push(row.id);
      changes.phones.push(phone);
      changes.displaced.push(phone === null ? row.phone : null);
    }
    if (changes.ids.length > 0) {
      await sql`
        update customers c set phone = v.phone, displaced_phone = coalesce(v.displaced, c.displaced_phone)
        from unnest(${changes.ids}::uuid[], ${changes.phones}::text[], ${changes.displaced}::text[]) as v(id, phone, displaced)
        where c.id = v.id`.execute(db);
    }
    const last = rows[rows.length - 1]!;
    after = { organizationId: last.organizationId, createdAt: last.createdAt, id: last.id };
  }
}

/** count_grants of 20261201090000; `having` leaves alone the totals a statement's rows cancel out in. */
async function replaceCountGrants(db: Kysely<unknown>, having: RawBuilder<unknown>): Promise<void> {
  await sql`
    create or replace function count_grants(
      p_org uuid[], p_person uuid[], p_customer uuid[], p_contact uuid[], p_type text[], p_at timestamptz[], p_amount bigint[], p_own boolean[]
    ) returns void language plpgsql as $$
    begin
      with g as (
        select * from unnest(p_org, p_person, p_customer, p_contact, p_type, p_at, p_amount, p_own) as g(org, person, customer, contact, type, at, amount, own)
      ), own_days as (
        insert into person_daily_usage (organization_id, person_id, type, day, granted_minor)
        select g.org, g.person, g.type, (g.at at time zone o.time_zone)::date, sum(g.amount)
        from g join organizations o on o.id = g.org where g.own
        group by 1, 2, 3, 4 ${having}
        on conflict (person_id, day, type) do update set granted_minor = person_daily_usage.granted_minor + excluded.granted_minor
      ), customer_days as (
        insert into customer_daily_usage (organization_id, customer_id, type, day, granted_minor)
        select g.org, g.customer, g.type, (g.at at time zone 'UTC')::date, sum(g.amount)
        from g group by 1, 2, 3, 4 ${having}
        on conflict (customer_id, day, type) do update set granted_minor = customer_daily_usage.granted_minor + excluded.granted_minor
      )
      insert into contact_usage (contact_id, organization_id, granted_minor)
      select g.contact, g.org, sum(g.amount) from g group by 1, 2 ${having}
      on conflict (contact_id) do update set granted_minor = contact_usage.granted_minor + excluded.granted_minor;
    end $$`.execute(db);
}

/**
 * resolutions_updated of 20261201090000. 'changed' bumps a requester's usage_version only for a grant
 * within their authority that appears, goes or changes in what their own usage counts (amount, day,
 * type, requester), not for one that merely moves to another customer.
 */
async function replaceResolutionsUpdated(
  db: Kysely<unknown>,
  people: 'all' | 'changed',
): Promise<void> {
  const bumped =
    people === 'all'
      ? sql`select requested_by from old_rows where status = 'granted' and within_authority
            union select requested_by from new_rows where status = 'granted' and within_authority`
      : sql`select o.requested_by from old_rows o where o.status = 'granted' and o.within_authority and not exists (
              select 1 from new_rows n where n.id = o.id and n.status = 'granted' and n.within_authority
                and (n.requested_by, n.granted_amount_minor, n.decided_at, n.type) is not distinct from (o.requested_by, o.granted_amount_minor, o.decided_at, o.type))
            union
            select n.requested_by from new_rows n where n.status = 'granted' and n.within_authority and not exists (
              select 1 from old_rows o where o.id = n.id and o.status = 'granted' and o.within_authority
                and (o.requested_by, o.granted_amount_minor, o.decided_at, o.type) is not distinct from (n.requested_by, n.granted_amount_minor, n.decided_at, n.type))`;
  await sql`
    create or replace function resolutions_updated() returns trigger language plpgsql as $$
    begin
      update customers set usage_version = usage_version + 1 where id in (select customer_id from new_rows union select customer_id from old_rows);
      update people set usage_version = usage_version + 1 where id in (${bumped});
      perform count_grants(array_agg(organization_id), array_agg(requested_by), array_agg(customer_id), array_agg(contact_id),
        array_agg(type), array_agg(decided_at), array_agg(amount), array_agg(within_authority))
      from (
        select organization_id, requested_by, customer_id, contact_id, type, decided_at, -granted_amount_minor as amount, within_authority from old_rows where status = 'granted'
        union all
        select organization_id, requested_by, customer_id, contact_id, type, decided_at, granted_amount_minor, within_authority from new_rows where status = 'granted'
      ) changes;
      return null;
    end $$`.execute(db);
}
