import { sql, type Kysely } from 'kysely';

/**
 * Indexes the knowledge page's figures read by (server/modules/knowledge/metrics): closed contacts
 * by when they closed (the link rate), versions by when they were saved and flags by when they were
 * resolved (who created and fixed what), each a range over one organization's window.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index contacts_org_closed_idx on contacts (organization_id, closed_at) where status = 'closed'`.execute(
    db,
  );
  await sql`create index knowledge_article_versions_org_created_idx on knowledge_article_versions (organization_id, created_at)`.execute(
    db,
  );
  await sql`create index knowledge_flags_org_resolved_idx on knowledge_flags (organization_id, resolved_at) where resolved_at is not null`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index knowledge_flags_org_resolved_idx`.execute(db);
  await sql`drop index knowledge_article_versions_org_created_idx`.execute(db);
  await sql`drop index contacts_org_closed_idx`.execute(db);
}
