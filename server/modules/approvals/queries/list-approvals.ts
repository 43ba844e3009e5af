import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';
import { selectApprovals } from './select-approvals.ts';

/** Longest waiting first: by when the approval was asked for, then its id. */
const keys = keyset('approvals-pending', ['time', 'uuid']);

/**
 * Approvals a person can act on now: pending, at or below their level, not their own, and not for a
 * customer linked to them; oldest first, since the customer has waited longest. `routedToMe` marks the
 * ones that were pushed to them.
 */
export async function listActionableApprovals(options: {
  db: Db;
  organizationId: string;
  personId: string;
  rank: number;
  cursor?: string;
  limit: number;
}) {
  const after = keys.decode(options.cursor);
  let query = selectApprovals(options.db, options.organizationId, options.personId)
    .select(exactTime('approvals.createdAt').as('keyTime'))
    .where('approvals.status', '=', 'pending')
    .where('approvals.levelRank', '<=', options.rank)
    .where('approvals.requestedBy', '!=', options.personId)
    .where((eb) =>
      eb.or([
        eb('customers.linkedPersonId', 'is', null),
        eb('customers.linkedPersonId', '!=', options.personId),
      ]),
    )
    .orderBy('approvals.createdAt', 'asc')
    .orderBy('approvals.id', 'asc')
    .limit(options.limit + 1);
  if (after)
    query = query.where(
      afterKey('asc', [
        { column: 'approvals.createdAt', value: after[0], type: 'timestamptz' },
        { column: 'approvals.id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query.execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}

export type ApprovalListRow = Awaited<ReturnType<typeof listActionableApprovals>>['rows'][number];
