import { sql, type Kysely } from 'kysely';

/**
 * The knowledge base browsed without a query (GET /api/knowledge/articles) pages newest written
 * first on (created_at, id): this index reads a page as a range instead of sorting every article.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index knowledge_articles_org_created_idx on knowledge_articles (organization_id, created_at desc, id desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index knowledge_articles_org_created_idx`.execute(db);
}
