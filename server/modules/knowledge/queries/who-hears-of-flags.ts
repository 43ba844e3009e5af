import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';

/**
 * Who hears of a new flag live: the article's owner and every active publisher, coach and admin
 * (those who work the flag queue), never the person who raised it.
 */
export async function whoHearsOfFlags(
  db: Kysely<Database>,
  options: { organizationId: string; ownerId: string | null; raisedBy: string | null },
): Promise<string[]> {
  const rows = await db
    .selectFrom('people as p')
    .leftJoin('knowledgeLicences as l', 'l.personId', 'p.id')
    .select('p.id')
    .where('p.organizationId', '=', options.organizationId)
    .where('p.active', '=', true)
    .where((eb) =>
      eb.or([
        eb('p.role', '=', 'admin'),
        eb('l.licence', 'in', ['publisher', 'coach']),
        ...(options.ownerId ? [eb('p.id', '=', options.ownerId)] : []),
      ]),
    )
    .execute();
  return rows.map((row) => row.id).filter((id) => id !== options.raisedBy);
}
