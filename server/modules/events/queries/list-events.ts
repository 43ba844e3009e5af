import type { Db } from '../../../db/database.ts';
import type { LiveEvent } from '../../../realtime/event-types.ts';

/** A person's events after an id, oldest first: what a reconnecting stream missed. */
export function listEventsAfter(options: {
  db: Db;
  organizationId: string;
  recipientId: string;
  afterId: number;
  limit: number;
}): Promise<LiveEvent[]> {
  const { db, organizationId, recipientId, afterId, limit } = options;
  return db
    .selectFrom('events')
    .selectAll()
    .where('recipientId', '=', recipientId)
    .where('organizationId', '=', organizationId)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
}

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
