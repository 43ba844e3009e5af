import type { Db } from '../../../db/database.ts';
import { hashSecret } from '../secret-token.ts';

export async function logOut(options: { db: Db; sessionToken: string }): Promise<void> {
  await options.db.deleteFrom('sessions').where('id', '=', hashSecret(options.sessionToken)).execute();
}
