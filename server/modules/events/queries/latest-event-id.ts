import type { Db } from '../../../db/database.ts';

/** The newest event id a person has (0 when none): where a fresh stream starts. */
export async function latestEventId(options: {
  db: Db;
  organizationId: string;
  recipientId: string;
}): Promise<number> {
  const { db, organizationId, recipientId } = options;
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.max('id').as('maxId'))
    .where('recipientId', '=', recipientId)
    .where('organizationId', '=', organizationId)
    .executeTakeFirst();
  return row?.maxId ?? 0;
}
