import { sql, type Kysely } from 'kysely';

/**
 * Certifications as rows (issued, expiring, revoked), so the training module can issue and revoke
 * them, and a decision that goes stale when one changes (issue 11).
 *
 * A batch's staleness check (`decision_versions`, migration 20261201091000) compares the versions of
 * the people rows it read. A certification in a table of its own has no version there, so a batch
 * read before a revocation could be written after it, granting on a certificate the rep no longer
 * holds. As usage does (migration 20261201090000), a trigger gives it one: every write to
 * `person_certifications` bumps the person's `authority_version`, which changes the row's `xmin`
 * that the check reads.
 *
 * `decision_inputs` reads what a person holds at the decision's time through
 * `held_certifications`: the rows in force, and the older `people.certifications` list, which the
 * demo seed and the API still show; the training module retires the list when it takes the table over.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table people add column authority_version bigint not null default 0`.execute(db);
  await sql`
    create table person_certifications (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      certification text not null,
      issued_at timestamptz not null default now(),
      expires_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index person_certifications_person_idx on person_certifications (person_id)`.execute(
    db,
  );

  // Row-level: certifications change one at a time, and one function serves insert, update and delete.
  await sql`
    create function person_certifications_changed() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'DELETE' then
        update people set authority_version = authority_version + 1 where id = new.person_id;
      end if;
      if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.person_id is distinct from new.person_id) then
        update people set authority_version = authority_version + 1 where id = old.person_id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger person_certifications_bump_people after insert or update or delete on person_certifications
    for each row execute function person_certifications_changed()`.execute(db);

  // What a person holds at p_at: the list on their row and the certificates issued, not yet expired
  // and not revoked by then, as one sorted array of keys.
  await sql`
    create function held_certifications(p_person uuid, p_listed jsonb, p_at timestamptz) returns jsonb
    language sql stable as $$
      select coalesce(jsonb_agg(k.key order by k.key), '[]'::jsonb)
      from (
        select l.key from jsonb_array_elements_text(p_listed) as l(key)
        union
        select c.certification from person_certifications c
        where c.person_id = p_person and c.issued_at <= p_at
          and (c.expires_at is null or c.expires_at > p_at)
          and (c.revoked_at is null or c.revoked_at > p_at)
      ) k
    $$`.execute(db);

  await replaceDecisionInputs(db, 'held_certifications(p.id, p.certifications, p_now)');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await replaceDecisionInputs(db, 'p.certifications');
  await sql`drop function held_certifications`.execute(db);
  await sql`drop table person_certifications`.execute(db);
  await sql`drop function person_certifications_changed`.execute(db);
  await sql`alter table people drop column authority_version`.execute(db);
}

/**
 * `decision_inputs` as migration 20261201091000 wrote it, but for the expression that gives a
 * person's certifications (`p` is their row).
 */
async function replaceDecisionInputs(db: Kysely<unknown>, certifications: string): Promise<void> {
  await sql`
    create or replace function decision_inputs(
      p_org uuid, p_person_ids uuid[], p_contact_ids uuid[], p_key_persons uuid[], p_keys text[], p_order_ids uuid[],
      p_now timestamptz, p_window_types text[], p_window_starts timestamptz[]
    ) returns jsonb
    language plpgsql stable as $$
    declare
      v_customer_ids uuid[];
    begin
      select coalesce(array_agg(distinct c.customer_id), '{}') into v_customer_ids
      from contacts c where c.organization_id = p_org and c.id = any(p_contact_ids) and c.customer_id is not null;

      return jsonb_build_object(
        'versions', decision_versions(p_org, p_person_ids, p_contact_ids, p_order_ids),
        'organization', (
          select jsonb_build_array(o.approval_timeout_seconds,
            (select p.id from authority_policies p where p.organization_id = p_org and p.status = 'published' order by p.version desc limit 1),
            (select coalesce(jsonb_agg(jsonb_build_array(l.key, l.name) order by l.rank), '[]'::jsonb) from authority_levels l where l.organization_id = p_org))
          from organizations o where o.id = p_org),
        'people', (
          select coalesce(jsonb_agg(jsonb_build_array(p.id, p.name, ${sql.raw(certifications)}, l.key) order by p.id), '[]'::jsonb)
          from people p left join authority_levels l on l.id = p.level_id
          where p.organization_id = p_org and p.id = any(p_person_ids)),
        'contacts', (
          select coalesce(jsonb_agg(jsonb_build_array(c.id, c.customer_id, c.status, c.opened_by) order by c.id), '[]'::jsonb)
          from contacts c where c.organization_id = p_org and c.id = any(p_contact_ids)),
        'customers', (
          select coalesce(jsonb_agg(jsonb_build_array(c.id, c.lifetime_value_minor, c.segment, c.flags, c.linked_person_id) order by c.id), '[]'::jsonb)
          from customers c where c.organization_id = p_org and c.id = any(v_customer_ids)),
        'previous', (
          select coalesce(jsonb_agg(jsonb_build_array(r.id, r.requested_by, r.idempotency_key, r.contact_id, r.type, r.amount_minor, r.currency) order by r.id), '[]'::jsonb)
          from unnest(p_key_persons, p_keys) as k(person_id, key)
          join resolutions r on r.organization_id = p_org and r.requested_by = k.person_id and r.idempotency_key = k.key),
        'orders', (
          select coalesce(jsonb_agg(jsonb_build_array(o.id, o.customer_id, (extract(epoch from o.placed_at) * 1000)::float8) order by o.id), '[]'::jsonb)
          from orders o where o.organization_id = p_org and o.id = any(p_order_ids)),
        'usage', (
          select coalesce(jsonb_agg(jsonb_build_array(u.scope, u.key, u.type, u.first, u.second) order by u.scope, u.key, u.type), '[]'::jsonb)
          from decision_usage(p_org, p_person_ids, v_customer_ids, p_contact_ids, p_now, p_window_types, p_window_starts) u
          where p_window_types is not null)
      );
    end $$`.execute(db);
}
