import type { Db } from '../../../db/database.ts';

/** First-run setup is open only while the deployment has no organization at all. */
export async function isSetupOpen(options: { db: Db }): Promise<boolean> {
  const any = await options.db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  return any === undefined;
}
