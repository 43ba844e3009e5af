import { sql } from 'kysely';

import type { MetricsWindow } from './window.ts';

const TOP = 50;

/**
 * Who created and who fixed knowledge in the window: a first version is an article created, every
 * later one an edit (a state change included: each save is a version), and a resolved flag a fix too.
 */
export async function readContributors({ db, organizationId, from, to }: MetricsWindow) {
  const { rows } = await sql<{
    id: string;
    name: string;
    created: number;
    edits: number;
    flagsResolved: number;
  }>`
    with work as (
      select v.author_id as person_id, (v.version = 1)::int as created, (v.version > 1)::int as edits,
             0 as resolved
        from knowledge_article_versions v
       where v.organization_id = ${organizationId}
         and v.created_at >= ${from} and v.created_at < ${to}
         and v.author_id is not null
      union all
      select f.resolved_by, 0, 0, 1
        from knowledge_flags f
       where f.organization_id = ${organizationId}
         and f.resolved_at >= ${from} and f.resolved_at < ${to}
         and f.resolved_by is not null
    )
    select p.id, p.name, sum(w.created)::int as created, sum(w.edits)::int as edits,
           sum(w.resolved)::int as flags_resolved
      from work w
      join people p on p.id = w.person_id
     group by p.id, p.name
     order by sum(w.created + w.edits + w.resolved) desc, p.name
     limit ${TOP}`.execute(db);
  return rows.map((row) => ({
    person: { id: row.id, name: row.name },
    created: row.created,
    edits: row.edits,
    flagsResolved: row.flagsResolved,
    fixed: row.edits + row.flagsResolved,
  }));
}
