import { sql } from 'kysely';

import { articleRef, type ArticleRefRow, type MetricsWindow } from './window.ts';

const TOP = 15;

/**
 * The articles behind resolutions granted within the rep's own authority in the window: a decision's
 * articles are those linked (reused or created) on its contact before it was made (kcs-spec).
 */
export async function readWithoutApproval({ db, organizationId, from, to }: MetricsWindow) {
  const { rows } = await sql<ArticleRefRow & { resolutions: number }>`
    select a.id as article_id, a.title, a.state, count(distinct r.id)::int as resolutions
      from resolutions r
      join knowledge_links l
        on l.contact_id = r.contact_id and l.created_at <= r.created_at
       and l.kind in ('reused', 'created')
      join knowledge_articles a on a.id = l.article_id
     where r.organization_id = ${organizationId}
       and r.status = 'granted' and r.within_authority
       and r.created_at >= ${from} and r.created_at < ${to}
     group by a.id
     order by resolutions desc, a.title
     limit ${TOP}`.execute(db);
  return rows.map((row) => ({ article: articleRef(row), resolutions: row.resolutions }));
}
