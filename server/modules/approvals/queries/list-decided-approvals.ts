import type { Db } from '../../../db/database.ts';
import { exactTime, keyset, newestFirstPage } from '../../../db/keyset.ts';
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
  const query = selectApprovals(options.db, options.organizationId, options.personId)
    .select(exactTime('approvals.decidedAt').as('keyTime'))
    .where('approvals.decidedBy', '=', options.personId)
    .where('approvals.decidedAt', 'is not', null);
  return newestFirstPage(query, { keys, time: 'approvals.decidedAt', id: 'approvals.id' }, options);
}
