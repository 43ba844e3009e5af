import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

/**
 * Search learns from reuse: when a link carries the search text that led to it, each lexeme of that
 * text counts one more hit for the article, per organization, and raises it for later searches
 * sharing those lexemes (search-articles.ts). Called in the link's own transaction.
 */
export async function learnFromLink(options: {
  trx: Db;
  organizationId: string;
  articleId: string;
  query: string | null | undefined;
}): Promise<void> {
  const { trx, organizationId, articleId, query } = options;
  if (!query?.trim()) return;
  await sql`
    insert into knowledge_learned_terms as t (organization_id, article_id, term, hits)
    select ${organizationId}, ${articleId}, lexeme, 1
    from unnest(tsvector_to_array(to_tsvector('english', ${query.slice(0, 500)}))) as lexeme
    order by lexeme
    on conflict (organization_id, term, article_id) do update set hits = t.hits + 1`.execute(trx);
}
