import { sql } from 'kysely';

import { articleRef, DAY_MS, type ArticleRefRow, type MetricsWindow } from './window.ts';

const OLDEST = 10;

/** Open flags are today's work whatever the window: how many, how old, and the oldest waiting. */
export async function readOpenFlags({ db, organizationId, now }: MetricsWindow) {
  const [ages, oldest] = await Promise.all([
    sql<{ total: number; day: number; week: number; month: number; older: number }>`
      select count(*)::int as total,
             count(*) filter (where f.created_at > ${new Date(now.getTime() - DAY_MS)})::int as day,
             count(*) filter (where f.created_at <= ${new Date(now.getTime() - DAY_MS)}
                                and f.created_at > ${new Date(now.getTime() - 7 * DAY_MS)})::int as week,
             count(*) filter (where f.created_at <= ${new Date(now.getTime() - 7 * DAY_MS)}
                                and f.created_at > ${new Date(now.getTime() - 30 * DAY_MS)})::int as month,
             count(*) filter (where f.created_at <= ${new Date(now.getTime() - 30 * DAY_MS)})::int as older
        from knowledge_flags f
       where f.organization_id = ${organizationId} and f.resolved_at is null`.execute(db),
    sql<ArticleRefRow & { id: string; comment: string; createdAt: Date }>`
      select f.id, f.comment, f.created_at, a.id as article_id, a.title, a.state
        from knowledge_flags f
        join knowledge_articles a on a.id = f.article_id
       where f.organization_id = ${organizationId} and f.resolved_at is null
       order by f.created_at, f.id
       limit ${OLDEST}`.execute(db),
  ]);
  const counts = ages.rows[0]!;
  return {
    count: counts.total,
    ages: [
      { label: 'under a day', count: counts.day },
      { label: '1–7 days', count: counts.week },
      { label: '7–30 days', count: counts.month },
      { label: 'over 30 days', count: counts.older },
    ],
    oldest: oldest.rows.map((row) => ({
      id: row.id,
      article: articleRef(row),
      comment: row.comment,
      ageDays: Math.floor((now.getTime() - new Date(row.createdAt).getTime()) / DAY_MS),
    })),
  };
}
