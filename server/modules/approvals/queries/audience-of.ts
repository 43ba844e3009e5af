import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { rolesWith } from '../../../policies/ability-holders.ts';

/**
 * Everyone whose queue shows this approval: the people it was pushed to, and every connected approver
 * at or above its level (they see it too, and must see it go when someone decides).
 */
export async function audienceOf(
  trx: Transaction<Database>,
  options: { organizationId: string; approvalId: string; levelRank: number; now: Date },
): Promise<string[]> {
  const routed = await trx
    .selectFrom('approvalRecipients')
    .select('personId')
    .where('approvalId', '=', options.approvalId)
    .execute();
  const watching = await trx
    .selectFrom('people')
    .innerJoin('personPresence', 'personPresence.personId', 'people.id')
    .innerJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
    .select('people.id as personId')
    .where('people.organizationId', '=', options.organizationId)
    .where('people.role', 'in', rolesWith('approvals.decide'))
    .where('authorityLevels.rank', '>=', options.levelRank)
    .where('personPresence.connectedUntil', '>', options.now)
    .execute();
  return [...new Set([...routed, ...watching].map((r) => r.personId))];
}
