import { containsPattern } from '../../../db/contains-pattern.ts';
import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';

/** In the order teams were made, with the id breaking ties: a rename moves no team under a cursor. */
const keys = keyset('teams', ['time', 'uuid']);

/** A page of teams in the order they were made with `limit`; all (or the one `teamId` names) by name without. */
export async function listTeams(options: {
  db: Db;
  organizationId: string;
  teamId?: string;
  /** Part of the name. */
  q?: string;
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
      exactTime('teams.createdAt').as('keyTime'),
    ])
    .where('teams.organizationId', '=', options.organizationId);
  if (options.teamId) query = query.where('teams.id', '=', options.teamId);
  if (options.q)
    query = query.where((eb) =>
      eb(eb.fn('lower', ['teams.name']), 'like', containsPattern(options.q!)),
    );
  if (options.limit === undefined)
    return {
      rows: await query.orderBy('teams.name').orderBy('teams.id').execute(),
      nextCursor: null,
    };
  if (after)
    query = query.where(
      afterKey('asc', [
        { column: 'teams.createdAt', value: after[0], type: 'timestamptz' },
        { column: 'teams.id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('teams.createdAt')
    .orderBy('teams.id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}

export type TeamRow = Awaited<ReturnType<typeof listTeams>>['rows'][number];
