import { sql, type Kysely } from 'kysely';

/**
 * Invitations and password resets (issue 12): each a single-use, expiring link whose token is kept
 * only as its sha256, as sessions are, so whoever reads the database cannot follow a link.
 *
 * One invitation per person: resending replaces the token (the old link stops working) rather than
 * adding rows, so "is this person's invitation open?" has one answer. A password reset may have
 * several open links (a person who asks twice may click the first mail); using one closes them all.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table invitations (
      id uuid primary key default gen_random_uuid(),
      organization_id uuid not null references organizations (id) on delete cascade,
      person_id uuid not null unique references people (id) on delete cascade,
      token_hash text not null unique,
      invited_by uuid references people (id) on delete set null,
      created_at timestamptz not null default now(),
      sent_at timestamptz not null,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index invitations_organization_idx on invitations (organization_id, created_at)`.execute(
    db,
  );
  await sql`
    create table password_resets (
      token_hash text primary key,
      organization_id uuid not null references organizations (id) on delete cascade,
      person_id uuid not null references people (id) on delete cascade,
      created_at timestamptz not null,
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
  await sql`create index password_resets_person_idx on password_resets (person_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table password_resets`.execute(db);
  await sql`drop table invitations`.execute(db);
}
