import { sql } from 'kysely';

import { rateOf, type MetricsWindow } from './window.ts';

/**
 * Closed contacts with any link ÷ closed contacts, per week (Monday, UTC) and overall, in one pass
 * over the window's closed contacts (contacts_org_closed_idx); a link is looked up by its contact
 * (the links' unique key leads with contact_id).
 */
export async function readLinkRate({ db, organizationId, from, to }: MetricsWindow) {
  const { rows } = await sql<{ weekStart: string; closed: number; linked: number }>`
    select to_char(date_trunc('week', c.closed_at at time zone 'UTC'), 'YYYY-MM-DD') as week_start,
           count(*)::int as closed,
           count(*) filter (
             where exists (select 1 from knowledge_links l where l.contact_id = c.id)
           )::int as linked
      from contacts c
     where c.organization_id = ${organizationId}
       and c.status = 'closed'
       and c.closed_at >= ${from} and c.closed_at < ${to}
     group by 1
     order by 1`.execute(db);
  const closed = rows.reduce((sum, w) => sum + w.closed, 0);
  const linked = rows.reduce((sum, w) => sum + w.linked, 0);
  return {
    closed,
    linked,
    rate: rateOf(linked, closed),
    weeks: rows.map((w) => ({ ...w, rate: rateOf(w.linked, w.closed) })),
  };
}
