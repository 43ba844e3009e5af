import { sql, type Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { defaultStandard } from './default-standard.ts';

/**
 * The organization's checklist in its order. An organization that has none yet gets the defaults on
 * this first read (so every organization, old or new, has one without a data migration); the
 * advisory lock keeps two first reads from seeding it twice.
 */
export async function loadStandard(db: Kysely<Database>, organizationId: string) {
  const read = () =>
    db
      .selectFrom('knowledgeStandardCriteria')
      .select(['id', 'position', 'label', 'description', 'active'])
      .where('organizationId', '=', organizationId)
      .orderBy('position')
      .orderBy('id')
      .execute();
  const criteria = await read();
  if (criteria.length > 0) return criteria;
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`knowledge-standard:${organizationId}`}))`.execute(
      trx,
    );
    const seeded = await trx
      .selectFrom('knowledgeStandardCriteria')
      .select('id')
      .where('organizationId', '=', organizationId)
      .limit(1)
      .executeTakeFirst();
    if (seeded) return;
    await trx
      .insertInto('knowledgeStandardCriteria')
      .values(defaultStandard.map((c, i) => ({ organizationId, position: i + 1, ...c })))
      .execute();
  });
  return read();
}
