import { sql } from 'kysely';

import type { Db } from '../../../db/database.ts';
import { presentExpiring } from '../presenter.ts';

export const EXPIRING_DAYS = 30;

/** Certifications in force that expire in the next 30 days, soonest first, and how many there are. */
export async function expiringCertifications(options: {
  db: Db;
  organizationId: string;
  now: Date;
  team?: string | undefined;
  limit: number;
}) {
  const until = new Date(options.now.getTime() + EXPIRING_DAYS * 86_400_000);
  let query = options.db
    .selectFrom('personCertifications as c')
    .innerJoin('people as p', 'p.id', 'c.personId')
    .leftJoin('trainingCertifications as k', (join) =>
      join
        .onRef('k.organizationId', '=', 'c.organizationId')
        .onRef('k.key', '=', 'c.certification'),
    )
    .where('c.organizationId', '=', options.organizationId)
    .where('p.active', '=', true)
    .where('c.revokedAt', 'is', null)
    .where('c.expiresAt', '>', options.now)
    .where('c.expiresAt', '<=', until);
  if (options.team) query = query.where('p.teamId', '=', options.team);
  const [rows, total] = await Promise.all([
    query
      .select([
        'c.id',
        'c.personId',
        'p.name as personName',
        'c.certification',
        'k.title',
        'c.expiresAt',
      ])
      .orderBy('c.expiresAt')
      .orderBy('c.id')
      .limit(options.limit)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    count: total.count,
    first: rows.map((row) => presentExpiring({ ...row, expiresAt: row.expiresAt! })),
  };
}
