import { sql, type Kysely } from 'kysely';

/**
 * Learning events as xAPI 1.0.3 statements (issue 14, server/modules/xapi), served to an
 * organization's LMS or LRS at GET /xapi/statements. The full statement is kept as jsonb, as it was
 * built and handed out (statements are immutable, xAPI 1.0.3 §2.3.2); the columns beside it are what
 * the resource filters by. The resource orders by `stored` (§2.1.3); `seq` breaks its ties, so a
 * page's cursor (stored, seq) names one place in that order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table xapi_statements (
      id uuid primary key,
      organization_id uuid not null references organizations (id) on delete cascade,
      seq bigserial not null unique,
      stored timestamptz not null,
      timestamp timestamptz not null,
      verb text not null,
      actor_person_id uuid references people (id) on delete set null,
      actor_ifi text not null,
      statement jsonb not null
    )`.execute(db);
  // Every query is one organization's, in stored order (ties broken by seq), optionally within a
  // stored window; the verb and agent filters have their own so a narrow filter does not scan all.
  await sql`create index xapi_statements_org_stored_idx on xapi_statements (organization_id, stored, seq)`.execute(
    db,
  );
  await sql`create index xapi_statements_org_verb_idx on xapi_statements (organization_id, verb, stored, seq)`.execute(
    db,
  );
  await sql`create index xapi_statements_org_actor_idx on xapi_statements (organization_id, actor_ifi, stored, seq)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table xapi_statements`.execute(db);
}
