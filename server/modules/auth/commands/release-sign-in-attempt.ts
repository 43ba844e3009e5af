import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';

/** After a success: the pair starts over, and the address and the account get their attempt back. */
export async function releaseSignInAttempt(options: {
  db: Db;
  address: string;
  email: string;
}): Promise<void> {
  await sql`select release_login_attempt(${options.address}, ${options.email})`.execute(options.db);
}
