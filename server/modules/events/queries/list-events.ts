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
