import { sql, type Kysely } from 'kysely';

/**
 * GET /api/resolutions and its exports read an organization's resolutions in (created_at, id) order
 * from a cursor on; without this index every page (and every 1,000-row batch of an export) sorts
 * all of the organization's resolutions again. The ledger's keyset is (organization_id, seq), already
 * its unique constraint.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index resolutions_org_created_idx on resolutions (organization_id, created_at, id)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index resolutions_org_created_idx`.execute(db);
}
