import type { Db } from '../../../db/database.ts';
import { afterKey, keyset, pageOf } from '../../../db/keyset.ts';

/** By name, with the id breaking ties (a team renamed while someone pages can move past the page). */
const keys = keyset('teams', ['text', 'uuid']);

/** Teams by name: a page with `limit`, all (or the one `teamId` names) without. */
export async function listTeams(options: {
  db: Db;
  organizationId: string;
  teamId?: string;
  cursor?: string;
  limit?: number;
}) {
  const after = keys.decode(options.cursor);
  let query = options.db
    .selectFrom('teams')
    .leftJoin('people as lead', 'lead.id', 'teams.leadId')
    .select((eb) => [
      'teams.id',
      'teams.name',
      'lead.id as leadId',
      'lead.name as leadName',
      eb
        .selectFrom('people')
        .whereRef('people.teamId', '=', 'teams.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('memberCount'),
    ])
    .where('teams.organizationId', '=', options.organizationId);
  if (options.teamId) query = query.where('teams.id', '=', options.teamId);
  if (after)
    query = query.where(
      afterKey('asc', [
        { column: 'teams.name', value: after[0], type: 'text' },
        { column: 'teams.id', value: after[1], type: 'uuid' },
      ]),
    );
  query = query.orderBy('teams.name').orderBy('teams.id');
  if (options.limit === undefined) return { rows: await query.execute(), nextCursor: null };
  const rows = await query.limit(options.limit + 1).execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.name, last.id]));
}

export type TeamRow = Awaited<ReturnType<typeof listTeams>>['rows'][number];
