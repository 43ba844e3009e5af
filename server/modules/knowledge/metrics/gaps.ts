import { sql } from 'kysely';

import { daysBefore, type MetricsWindow } from './window.ts';

const TOP = 25;
export const GAP_DAYS = 30;

/**
 * The gaps: searches made on a contact in the 30 days before the window's end whose contact got no
 * link at or after the search, grouped by their text (case and spacing aside).
 */
export async function readGaps({ db, organizationId, to }: MetricsWindow) {
  const { rows } = await sql<{ query: string; count: number; lastSeenAt: Date }>`
    select lower(btrim(s.query)) as query, count(*)::int as count, max(s.created_at) as last_seen_at
      from knowledge_searches s
     where s.organization_id = ${organizationId}
       and s.contact_id is not null
       and s.created_at >= ${daysBefore(to, GAP_DAYS)} and s.created_at < ${to}
       and not exists (
         select 1 from knowledge_links l
          where l.contact_id = s.contact_id and l.created_at >= s.created_at
       )
     group by 1
     order by count desc, last_seen_at desc
     limit ${TOP}`.execute(db);
  return rows.map((row) => ({ ...row, lastSeenAt: new Date(row.lastSeenAt).toISOString() }));
}
