import { sql } from 'kysely';

import type { Db } from '../db/database.ts';

/**
 * Presence as approval routing sees it: a person is connected while `connected_until` is in the
 * future. An instance holding a live stream for them pushes it forward every PRESENCE_REFRESH_MS, so
 * an instance that dies without cleaning up stops vouching for them after at most PRESENCE_TTL_MS.
 */
export const PRESENCE_TTL_MS = 45_000;
export const PRESENCE_REFRESH_MS = 15_000;

type PersonRef = { personId: string; organizationId: string };

/** Marks people connected until now + PRESENCE_TTL_MS, creating their presence row if needed. */
export async function markConnected(options: {
  db: Db;
  people: PersonRef[];
  now: Date;
}): Promise<void> {
  const { db, people, now } = options;
  if (people.length === 0) return;
  const until = new Date(now.getTime() + PRESENCE_TTL_MS);
  await db
    .insertInto('personPresence')
    .values(
      people.map((p) => ({
        personId: p.personId,
        organizationId: p.organizationId,
        connectedUntil: until,
        updatedAt: now,
      })),
    )
    .onConflict((oc) =>
      oc.column('personId').doUpdateSet((eb) => ({
        connectedUntil: eb.ref('excluded.connectedUntil'),
        updatedAt: eb.ref('excluded.updatedAt'),
      })),
    )
    .execute();
}

/** Marks people disconnected as of now (never pushes an already past time forward). */
export async function markDisconnected(options: {
  db: Db;
  personIds: string[];
  now: Date;
}): Promise<void> {
  const { db, personIds, now } = options;
  if (personIds.length === 0) return;
  await db
    .updateTable('personPresence')
    .set({ connectedUntil: sql<Date>`least(connected_until, ${now})`, updatedAt: now })
    .where('personId', 'in', personIds)
    .execute();
}

/** Which of these people of the organization have a live stream on some instance right now. */
export async function connectedPeople(options: {
  db: Db;
  organizationId: string;
  personIds: string[];
  now: Date;
}): Promise<Set<string>> {
  const { db, organizationId, personIds, now } = options;
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('personPresence')
    .select('personId')
    .where('organizationId', '=', organizationId)
    .where('personId', 'in', personIds)
    .where('connectedUntil', '>', now)
    .execute();
  return new Set(rows.map((r) => r.personId));
}
