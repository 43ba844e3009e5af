import { sql } from 'kysely';

import { articleRef, daysBefore, type ArticleRefRow, type MetricsWindow } from './window.ts';

const LISTED = 50;
export const STALE_DAYS = 90;

/**
 * Readable articles older than 90 days with no reuse link in the 90 days before the window's end
 * (from the links, so a window in the past is answered as it was then).
 */
export async function readStale({ db, organizationId, to }: MetricsWindow) {
  const since = daysBefore(to, STALE_DAYS);
  const { rows } = await sql<
    ArticleRefRow & { reuseCount: number; lastReusedAt: Date | null; total: number }
  >`
    select a.id as article_id, a.title, a.state, a.reuse_count, a.last_reused_at,
           count(*) over ()::int as total
      from knowledge_articles a
     where a.organization_id = ${organizationId}
       and a.state in ('validated', 'not_validated')
       and a.created_at < ${since}
       and not exists (
         select 1 from knowledge_links l
          where l.organization_id = a.organization_id and l.article_id = a.id and l.kind = 'reused'
            and l.created_at >= ${since} and l.created_at < ${to}
       )
     order by a.last_reused_at asc nulls first, a.title
     limit ${LISTED}`.execute(db);
  return {
    count: rows[0]?.total ?? 0,
    articles: rows.map((row) => ({
      article: articleRef(row),
      reuseCount: row.reuseCount,
      lastReusedAt: row.lastReusedAt ? new Date(row.lastReusedAt).toISOString() : null,
    })),
  };
}
