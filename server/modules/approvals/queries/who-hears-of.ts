import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { audienceOf } from './audience-of.ts';

/**
 * Who is told when an approval is claimed, decided or withdrawn: the rep who asked (their other tabs
 * too) and everyone whose queue shows it, less the person who acted, who already knows.
 */
export async function whoHearsOf(
  trx: Transaction<Database>,
  options: {
    organizationId: string;
    approval: { id: string; requestedBy: string; levelRank: number };
    actorId: string | null;
    now: Date;
  },
): Promise<string[]> {
  const { approval } = options;
  const heard = new Set([
    approval.requestedBy,
    ...(await audienceOf(trx, {
      organizationId: options.organizationId,
      approvalId: approval.id,
      levelRank: approval.levelRank,
      now: options.now,
    })),
  ]);
  if (options.actorId !== null) heard.delete(options.actorId);
  return [...heard];
}
