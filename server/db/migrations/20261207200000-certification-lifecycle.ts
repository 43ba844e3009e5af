import { sql, type Kysely } from 'kysely';

/**
 * The certification lifecycle (issue 14, server/modules/training/lifecycle):
 *
 * - `lapse_recorded_at` and `renewal_reminded_at` on a held certificate are each set once by the
 *   housekeeping sweep's conditional update: that is what keeps a lapse from being ledgered twice and
 *   a reminder from being sent twice in one window, also by two instances at once. A renewal is a new
 *   row, so its window gets its own reminder.
 * - A catalogue entry may name the knowledge licence holding it grants; the certificate row keeps
 *   what its award granted and what the person had before, so a revocation or lapse withdraws
 *   exactly that.
 * - `training_refreshers`: a published policy change's refresher for a holder of a certification the
 *   changed type's rules name: the change in words and one practice situation.
 * - `lapsed_certifications` gives, per person, the certificates that ran out (past grace) and were not
 *   renewed, as `[key, expired at in ms]`; `decision_inputs` now sends it with each requester, so a
 *   resolution's reasons say why a lapsed certificate no longer counts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table person_certifications
      add column lapse_recorded_at timestamptz,
      add column renewal_reminded_at timestamptz,
      add column granted_licence text check (granted_licence in ('candidate', 'contributor', 'publisher', 'coach')),
      add column licence_before text check (licence_before in ('candidate', 'contributor', 'publisher', 'coach'))`.execute(
    db,
  );
  // The sweep reads only certificates in force that still owe a reminder or a lapse entry.
  await sql`create index person_certifications_sweep_idx on person_certifications (expires_at)
    where revoked_at is null and expires_at is not null and lapse_recorded_at is null`.execute(db);
  await sql`
    alter table training_certifications
      add column grants_licence text check (grants_licence in ('candidate', 'contributor', 'publisher', 'coach'))`.execute(
    db,
  );
  await sql`
    create table training_refreshers (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      certification text not null,
      type_key text not null,
      policy_version integer not null,
      lesson text not null,
      situation_id uuid references practice_situations (id) on delete set null,
      created_at timestamptz not null default now(),
      completed_at timestamptz,
      unique (person_id, type_key, policy_version)
    )`.execute(db);
  await sql`create index training_refreshers_person_idx on training_refreshers (person_id, created_at desc)`.execute(
    db,
  );
  await sql`
    create function lapsed_certifications(p_person uuid, p_listed jsonb, p_at timestamptz) returns jsonb
    language sql stable as $$
      select coalesce(jsonb_agg(jsonb_build_array(l.certification, l.expired_at) order by l.certification), '[]'::jsonb)
      from (
        select c.certification, max(extract(epoch from c.expires_at) * 1000)::float8 as expired_at
        from person_certifications c
        join organizations o on o.id = c.organization_id
        where c.person_id = p_person and c.issued_at <= p_at
          and c.expires_at + make_interval(days => o.certification_grace_days) <= p_at
          and (c.revoked_at is null or c.revoked_at > c.expires_at)
          and not (held_certifications(p_person, p_listed, p_at) ? c.certification)
        group by c.certification
      ) l
    $$`.execute(db);
  await replaceDecisionInputs(
    db,
    'held_certifications(p.id, p.certifications, p_now), l.key, lapsed_certifications(p.id, p.certifications, p_now)',
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await replaceDecisionInputs(db, 'held_certifications(p.id, p.certifications, p_now), l.key');
  await sql`drop function lapsed_certifications`.execute(db);
  await sql`drop table training_refreshers`.execute(db);
  await sql`alter table training_certifications drop column grants_licence`.execute(db);
  await sql`drop index person_certifications_sweep_idx`.execute(db);
  await sql`
    alter table person_certifications
      drop column lapse_recorded_at, drop column renewal_reminded_at,
      drop column granted_licence, drop column licence_before`.execute(db);
}

/**
 * `decision_inputs` as migration 20261202150000 wrote it, but for what follows a person's id and
 * name in their array (`p` is their row, `l` their level).
 */
async function replaceDecisionInputs(db: Kysely<unknown>, person: string): Promise<void> {
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
          select coalesce(jsonb_agg(jsonb_build_array(p.id, p.name, ${sql.raw(person)}) order by p.id), '[]'::jsonb)
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
