import type { Db } from '../../../db/database.ts';
import { announceCredentialsChanged } from '../../../realtime/credentials-changed.ts';
import { hashSecret } from '../secret-token.ts';

export async function logOut(options: { db: Db; sessionToken: string }): Promise<void> {
  await options.db.transaction().execute(async (trx) => {
    const ended = await trx
      .deleteFrom('sessions')
      .where('id', '=', hashSecret(options.sessionToken))
      .returning('personId')
      .executeTakeFirst();
    // Open event streams on this session end on every instance, from the commit on.
    if (ended) await announceCredentialsChanged(trx, [ended.personId]);
  });
}
