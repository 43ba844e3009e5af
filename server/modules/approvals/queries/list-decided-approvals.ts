import type { Db } from '../../../db/database.ts';
import { afterKey, exactTime, keyset, pageOf } from '../../../db/keyset.ts';
import { selectApprovals } from './select-approvals.ts';

/** Newest decision first: a decision's time is set once. */
const keys = keyset('approvals-decided', ['time', 'uuid']);

/** What this person decided lately, newest first. */
export async function listDecidedApprovals(options: {
  db: Db;
  organizationId: string;
  personId: string;
  cursor?: string;
  limit: number;
}) {
  const after = keys.decode(options.cursor);
  let query = selectApprovals(options.db, options.organizationId, options.personId)
    .select(exactTime('approvals.decidedAt').as('keyTime'))
    .where('approvals.decidedBy', '=', options.personId)
    .where('approvals.decidedAt', 'is not', null)
    .orderBy('approvals.decidedAt', 'desc')
    .orderBy('approvals.id', 'desc')
    .limit(options.limit + 1);
  if (after)
    query = query.where(
      afterKey('desc', [
        { column: 'approvals.decidedAt', value: after[0], type: 'timestamptz' },
        { column: 'approvals.id', value: after[1], type: 'uuid' },
      ]),
    );
  const rows = await query.execute();
  return pageOf(rows, options.limit, (last) => keys.encode([last.keyTime, last.id]));
}
