import { sql } from 'kysely';

import { articleRef, type ArticleRefRow, type MetricsWindow } from './window.ts';

const TOP = 15;

/** The articles reused most in the window, by their reuse links (knowledge_links_created_idx). */
export async function readReuse({ db, organizationId, from, to }: MetricsWindow) {
  const { rows } = await sql<ArticleRefRow & { count: number }>`
    select a.id as article_id, a.title, a.state, count(*)::int as count
      from knowledge_links l
      join knowledge_articles a on a.id = l.article_id
     where l.organization_id = ${organizationId}
       and l.kind = 'reused'
       and l.created_at >= ${from} and l.created_at < ${to}
     group by a.id
     order by count desc, a.title
     limit ${TOP}`.execute(db);
  return rows.map((row) => ({ article: articleRef(row), count: row.count }));
}
