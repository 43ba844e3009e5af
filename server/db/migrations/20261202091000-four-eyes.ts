import { sql, type Kysely } from 'kysely';

/**
 * Separation of duties. A token records who created it, so the ledger can name both the person it acts
 * as and its creator; tokens that act as a person and whose creator nobody recorded are revoked (until
 * now an admin could mint one for anyone). A draft whose publication raises its publisher's own
 * authority waits for a second admin, and a publication that raised its publisher's authority (where
 * no second admin exists) says so in the policy's history.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table api_tokens add column created_by uuid references people (id)`.execute(db);
  await sql`update api_tokens set revoked_at = now() where person_id is not null and revoked_at is null`.execute(
    db,
  );
  await sql`
    alter table authority_policies
      add column publish_requested_by uuid references people (id),
      add column publish_requested_at timestamptz,
      add column publish_request_note text,
      add column approved_by uuid references people (id),
      add column self_affecting boolean not null default false`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table authority_policies
      drop column publish_requested_by, drop column publish_requested_at, drop column publish_request_note,
      drop column approved_by, drop column self_affecting`.execute(db);
  await sql`alter table api_tokens drop column created_by`.execute(db);
}
