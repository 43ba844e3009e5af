import { sql } from 'kysely';

import { articleRef, type ArticleRefRow, type MetricsWindow } from './window.ts';

const LISTED = 100;

/**
 * Quality against the content standard: each article's latest score up to the window's end (lowest
 * first, where a coach starts), and each author's mean score over the window's reviews.
 */
export async function readQuality({ db, organizationId, from, to }: MetricsWindow) {
  const [articles, authors] = await Promise.all([
    sql<ArticleRefRow & { version: number; score: number; reviewedAt: Date }>`
      select * from (
        select distinct on (q.article_id)
               q.article_id, a.title, a.state, q.article_version as version, q.score,
               q.created_at as reviewed_at
          from knowledge_quality_reviews q
          join knowledge_articles a on a.id = q.article_id
         where q.organization_id = ${organizationId} and q.created_at < ${to}
         order by q.article_id, q.created_at desc, q.id desc
      ) latest
      order by score, title
      limit ${LISTED}`.execute(db),
    sql<{ id: string; name: string; score: number; reviews: number }>`
      select p.id, p.name, round(avg(q.score))::int as score, count(*)::int as reviews
        from knowledge_quality_reviews q
        join people p on p.id = q.author_id
       where q.organization_id = ${organizationId}
         and q.created_at >= ${from} and q.created_at < ${to}
       group by p.id, p.name
       order by score, p.name`.execute(db),
  ]);
  return {
    articles: articles.rows.map((row) => ({
      article: articleRef(row),
      version: row.version,
      score: row.score,
      reviewedAt: new Date(row.reviewedAt).toISOString(),
    })),
    authors: authors.rows.map((row) => ({
      person: { id: row.id, name: row.name },
      score: row.score,
      reviews: row.reviews,
    })),
  };
}
