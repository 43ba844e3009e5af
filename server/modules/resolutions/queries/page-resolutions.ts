import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';
import type { ResolutionReach } from '../../../policies/resolution-reach.ts';
import type { ResolutionStatus } from '../tables.ts';
import { selectResolutions } from './select-resolutions.ts';

export type ResolutionFilter = {
  from?: Date;
  to?: Date;
  status?: ResolutionStatus;
  type?: string;
  personId?: string;
};

/** Oldest first by the time a request was made (immutable) and its id. */
const keys = keyset('resolutions', ['time', 'uuid']);

/** One page of the organization's resolutions within a person's reach, oldest first. */
export async function pageResolutions(options: {
  db: Db;
  organizationId: string;
  reach: ResolutionReach;
  filter: ResolutionFilter;
  cursor?: string;
  limit: number;
}) {
  const { db, organizationId, reach, filter } = options;
  const after = keys.decode(options.cursor);
  let query = selectResolutions(db, organizationId).select(
    exactTime('resolutions.createdAt').as('keyTime'),
  );
  if (reach.kind === 'own') query = query.where('resolutions.requestedBy', '=', reach.personId);
  if (reach.kind === 'teams-led-by')
    query = query.where('resolutions.requestedBy', 'in', (eb) =>
      eb
        .selectFrom('people')
        .innerJoin('teams', 'teams.id', 'people.teamId')
        .select('people.id')
        .where('teams.organizationId', '=', organizationId)
        .where('teams.leadId', '=', reach.leaderId),
    );
  if (filter.from) query = query.where('resolutions.createdAt', '>=', filter.from);
  if (filter.to) query = query.where('resolutions.createdAt', '<', filter.to);
  if (filter.status) query = query.where('resolutions.status', '=', filter.status);
  if (filter.type) query = query.where('resolutions.type', '=', filter.type);
  if (filter.personId) query = query.where('resolutions.requestedBy', '=', filter.personId);
  if (after)
    query = query.where(
      afterKey('asc', [
        { column: 'resolutions.createdAt', value: after[0], type: 'timestamptz' },
        { column: 'resolutions.id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query
    .orderBy('resolutions.createdAt')
    .orderBy('resolutions.id')
    .limit(options.limit + 1)
    .execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}

export type PagedResolutionRow = Awaited<ReturnType<typeof pageResolutions>>['rows'][number];
