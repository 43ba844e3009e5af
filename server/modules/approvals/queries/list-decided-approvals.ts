import type { Db } from '../../../db/database.ts';
import { selectApprovals } from './select-approvals.ts';

/** What this person decided lately, newest first. */
export function listDecidedApprovals(options: {
  db: Db;
  organizationId: string;
  personId: string;
  limit: number;
}) {
  return selectApprovals(options.db, options.organizationId, options.personId)
    .where('approvals.decidedBy', '=', options.personId)
    .orderBy('approvals.decidedAt', 'desc')
    .limit(options.limit)
    .execute();
}
