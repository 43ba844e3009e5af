import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { announceCredentialsChanged } from '../../../realtime/credentials-changed.ts';

export async function revokeApiToken(options: {
  db: Db;
  organizationId: string;
  tokenId: string;
  /** Only if the token acts as this person (their own, from /api/me/tokens). */
  personId?: string;
  now: Date;
}): Promise<void> {
  await options.db.transaction().execute(async (trx) => {
    const revoked = await trx
      .updateTable('apiTokens')
      .set({ revokedAt: options.now })
      .where('organizationId', '=', options.organizationId)
      .where('id', '=', options.tokenId)
      .where('revokedAt', 'is', null)
      .$if(options.personId !== undefined, (q) => q.where('personId', '=', options.personId!))
      .returning('personId')
      .executeTakeFirst();
    if (!revoked) throw AppError.notFound('API token');
    // Event streams opened with the token end on every instance (integration tokens cannot open one).
    if (revoked.personId) await announceCredentialsChanged(trx, [revoked.personId]);
  });
}
