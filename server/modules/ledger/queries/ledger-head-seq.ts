import type { Db } from '../../../db/database.ts';

/** The organization's head: how many entries its ledger records. */
export async function ledgerHeadSeq(db: Db, organizationId: string): Promise<number> {
  const head = await db
    .selectFrom('ledgerHeads')
    .select('seq')
    .where('organizationId', '=', organizationId)
    .executeTakeFirst();
  return head?.seq ?? 0;
}
