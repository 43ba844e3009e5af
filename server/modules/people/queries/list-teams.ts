import type { Db } from '../../../db/database.ts';

export async function listTeams(options: { db: Db; organizationId: string; teamId?: string }) {
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
  return query.orderBy('teams.name').execute();
}

export type TeamRow = Awaited<ReturnType<typeof listTeams>>[number];
