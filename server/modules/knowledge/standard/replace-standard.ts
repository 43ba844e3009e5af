import { sql, type Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import type { KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { mayCoach } from '../../../policies/knowledge-coaching.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { loadStandard } from './load-standard.ts';

type CriterionInput = {
  id?: string | undefined;
  label: string;
  description: string;
  active: boolean;
};

/**
 * Writes the whole checklist in the order given. A criterion left out is made inactive rather than
 * deleted: past reviews name the criteria they met, and their scores stay as they were given.
 */
export async function replaceStandard(options: {
  db: Kysely<Database>;
  organizationId: string;
  actor: KnowledgeActor;
  criteria: CriterionInput[];
}): Promise<void> {
  const { db, organizationId, criteria } = options;
  authorizeRecord(mayCoach(options.actor));
  const existing = new Set((await loadStandard(db, organizationId)).map((c) => c.id));
  const ids = criteria.map((c) => c.id).filter((id): id is string => id !== undefined);
  ids.forEach((id, i) => {
    if (!existing.has(id))
      throw AppError.invalid(`criteria.${i}.id`, 'is not a criterion of this standard');
    if (ids.indexOf(id) !== i) throw AppError.invalid(`criteria.${i}.id`, 'is named twice');
  });
  if (!criteria.some((c) => c.active))
    throw AppError.invalid('criteria', 'must keep at least one criterion active');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('knowledgeStandardCriteria')
      // Left-out criteria go after the given ones, keeping their own order among themselves.
      .set({ active: false, position: sql`position + ${criteria.length}` })
      .where('organizationId', '=', organizationId)
      .execute();
    for (const [i, { id, ...fields }] of criteria.entries()) {
      const values = { ...fields, position: i + 1 };
      if (id)
        await trx
          .updateTable('knowledgeStandardCriteria')
          .set(values)
          .where('organizationId', '=', organizationId)
          .where('id', '=', id)
          .execute();
      else
        await trx
          .insertInto('knowledgeStandardCriteria')
          .values({ ...values, organizationId })
          .execute();
    }
  });
}
