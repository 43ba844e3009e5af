import { sql, type Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';

/**
 * What a coach samples next: readable articles not yet reviewed at their current version and not
 * written (at that version) by the coach, the most recent of each author first, then the next of
 * each, so a sample of N spreads over N authors before it takes a second article of anyone.
 */
export async function selectReviewSample(options: {
  db: Kysely<Database>;
  organizationId: string;
  coachId: string;
  limit: number;
}) {
  const { db, organizationId, coachId, limit } = options;
  const { rows } = await sql<{
    articleId: string;
    title: string;
    state: 'validated' | 'not_validated';
    version: number;
    updatedAt: Date;
    problem: string;
    resolution: string;
    authorId: string | null;
    authorName: string | null;
  }>`
    select article_id, title, state, version, updated_at, problem, resolution, author_id, author_name
      from (
        select a.id as article_id, a.title, a.state, a.version, a.updated_at, a.problem, a.resolution,
               v.author_id, p.name as author_name,
               row_number() over (partition by v.author_id order by a.updated_at desc, a.id) as turn
          from knowledge_articles a
          join knowledge_article_versions v on v.article_id = a.id and v.version = a.version
          left join people p on p.id = v.author_id
         where a.organization_id = ${organizationId}
           and a.state in ('validated', 'not_validated')
           and v.author_id is distinct from ${coachId}
           and not exists (
             select 1 from knowledge_quality_reviews q
              where q.organization_id = a.organization_id and q.article_id = a.id
                and q.article_version = a.version
           )
      ) ranked
     order by turn, updated_at desc, article_id
     limit ${limit}`.execute(db);
  return rows.map((row) => ({
    article: { id: row.articleId, title: row.title, state: row.state },
    version: row.version,
    author:
      row.authorId && row.authorName !== null ? { id: row.authorId, name: row.authorName } : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
    problem: row.problem,
    resolution: row.resolution,
  }));
}
