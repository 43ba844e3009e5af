import { randomInt } from 'node:crypto';

import { sql } from 'kysely';

import { generateSituation } from '../../../../domain/training/generate-situations.ts';
import type { PracticeSituation } from '../../../../domain/training/practice-situation.ts';
import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import { loadCompiledPolicy } from '../../authority/queries/load-compiled-policy.ts';
import { loadPersonForAuthority } from '../../authority/queries/load-person-for-authority.ts';
import type { PracticeSource } from '../tables.ts';

export type DrawOptions = {
  db: Db;
  organizationId: string;
  personId: string;
  type?: string | undefined;
  now: Date;
};

export type DrawnSituation = {
  id: string;
  source: PracticeSource;
  situation: PracticeSituation;
};

/** Unanswered draws a learner keeps; older ones are dropped as new ones are drawn. */
const UNANSWERED_KEPT = 20;

/** About one draw in three is a trainer's pick from a real case, when the organization has any. */
const PICKED_SHARE = 3;

/**
 * Draws a practice situation for the learner and stores it, so the answer is graded from this copy.
 * Generated ones sit at the edges of the learner's own limits under the policy in force; a trainer's
 * picked templates are mixed in.
 */
export async function drawPracticeSituation(options: DrawOptions): Promise<DrawnSituation> {
  const { db, organizationId, personId, now } = options;
  const [cp, learner] = await Promise.all([
    loadCompiledPolicy({ db, organizationId }),
    loadPersonForAuthority(db, organizationId, personId),
  ]);
  if (options.type !== undefined && !cp.typeIndex.has(options.type))
    throw AppError.invalid('type', `no resolution type "${options.type}" in the policy in force`);
  const seed = randomInt(0, 2 ** 31 - 1);

  const template =
    seed % PICKED_SHARE === 0
      ? await db
          .selectFrom('practiceSituations')
          .select(['id', 'situation', 'fromResolutionId'])
          .where('organizationId', '=', organizationId)
          .where('personId', 'is', null)
          // Of the asked type, or of any type the policy in force still has.
          .where(
            sql<string>`situation -> 'asks' ->> 'type'`,
            'in',
            options.type !== undefined ? [options.type] : cp.types.map((t) => t.key),
          )
          .orderBy(sql`random()`)
          .limit(1)
          .executeTakeFirst()
      : undefined;

  const source: PracticeSource = template ? 'picked' : 'generated';
  const situation: PracticeSituation = template
    ? // A template's types are the policy's of its day; offer today's.
      { ...template.situation, types: cp.types.map((t) => t.key) }
    : generateSituation({ policy: cp, learner, seed, type: options.type, at: now.getTime() })
        .situation;
  const row = await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('practiceSituations')
      .values({
        organizationId,
        personId,
        situation: JSON.stringify(situation),
        seed,
        source,
        fromResolutionId: template?.fromResolutionId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Every GET stores a draw: past the newest few unanswered, older ones go (they hold no answer),
    // so drawing in a loop cannot grow the table without end. A refresher's situation stays until
    // answered: it is assigned work, not a draw (bounded by one per type per published version).
    await trx
      .deleteFrom('practiceSituations')
      .where('organizationId', '=', organizationId)
      .where('personId', '=', personId)
      .where('answeredAt', 'is', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('trainingRefreshers as r')
              .select('r.id')
              .whereRef('r.situationId', '=', 'practiceSituations.id'),
          ),
        ),
      )
      .where(
        'id',
        'not in',
        trx
          .selectFrom('practiceSituations')
          .select('id')
          .where('organizationId', '=', organizationId)
          .where('personId', '=', personId)
          .where('answeredAt', 'is', null)
          .orderBy('createdAt', 'desc')
          .orderBy('id', 'desc')
          .limit(UNANSWERED_KEPT),
      )
      .execute();
    return inserted;
  });
  return { id: row.id, source, situation };
}
