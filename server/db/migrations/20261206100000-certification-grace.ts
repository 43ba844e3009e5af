import { sql, type Kysely } from 'kysely';

/**
 * A grace period for certificates (issue 14): an organization may let a certificate count as held for
 * some days after it expires, so a rep whose renewal is a day late is not stopped mid-shift.
 *
 * `held_certifications` is called once per person inside `decision_inputs`, so it stays one SQL
 * function (inlined by the planner) and reads the grace from the certificate's own organization
 * rather than taking it as an argument every caller would have to load.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table organizations add column certification_grace_days integer not null default 0
      check (certification_grace_days between 0 and 365)`.execute(db);
  await sql`
    create or replace function held_certifications(p_person uuid, p_listed jsonb, p_at timestamptz) returns jsonb
    language sql stable as $$
      select coalesce(jsonb_agg(k.key order by k.key), '[]'::jsonb)
      from (
        select l.key from jsonb_array_elements_text(p_listed) as l(key)
        union
        select c.certification from person_certifications c
        join organizations o on o.id = c.organization_id
        where c.person_id = p_person and c.issued_at <= p_at
          and (c.expires_at is null or c.expires_at + make_interval(days => o.certification_grace_days) > p_at)
          and (c.revoked_at is null or c.revoked_at > p_at)
      ) k
    $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // As migration 20261202150000 wrote it.
  await sql`
    create or replace function held_certifications(p_person uuid, p_listed jsonb, p_at timestamptz) returns jsonb
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
  await sql`alter table organizations drop column certification_grace_days`.execute(db);
}
