import type { Db } from '../../../db/database.ts';

export type Availability = {
  available: boolean;
  awayUntil: Date | null;
  delegate: { id: string; name: string } | null;
  connected: boolean;
};

export async function getAvailability(options: {
  db: Db;
  personId: string;
  now: Date;
}): Promise<Availability> {
  const row = await options.db
    .selectFrom('personPresence')
    .leftJoin('people as delegate', 'delegate.id', 'personPresence.delegateId')
    .select([
      'personPresence.available',
      'personPresence.awayUntil',
      'personPresence.connectedUntil',
      'delegate.id as delegateId',
      'delegate.name as delegateName',
    ])
    .where('personPresence.personId', '=', options.personId)
    .executeTakeFirst();
  if (!row) return { available: true, awayUntil: null, delegate: null, connected: false };
  // An away window that has passed is over, and its delegation with it.
  const away = row.awayUntil && row.awayUntil > options.now ? row.awayUntil : null;
  return {
    available: row.available,
    awayUntil: away,
    delegate:
      away && row.delegateId && row.delegateName
        ? { id: row.delegateId, name: row.delegateName }
        : null,
    connected: Boolean(row.connectedUntil && row.connectedUntil > options.now),
  };
}
