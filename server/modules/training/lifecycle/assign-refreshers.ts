import { randomInt, randomUUID } from 'node:crypto';

import { sql, type Insertable, type Transaction } from 'kysely';

import { compilePolicy } from '../../../../domain/authority/compile.ts';
import { changedPolicyTypes } from '../../../../domain/knowledge/changed-policy-types.ts';
import { generateSituation } from '../../../../domain/training/generate-situations.ts';
import {
  certificationsForType,
  policyChangeLesson,
} from '../../../../domain/training/policy-change-lesson.ts';
import type { Database } from '../../../db/schema.ts';
import type { NewEvent } from '../../../realtime/event-types.ts';
import type { PracticeSituationsTable } from '../../practice/tables.ts';
import type { PolicyPublished } from '../../server-module.ts';
import type { TrainingRefreshersTable } from './tables.ts';

/** Rows per insert: far under PostgreSQL's parameter limit, whatever the organization's size. */
const CHUNK = 500;

function chunks<Row>(rows: Row[]): Row[][] {
  const out: Row[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/**
 * When a published policy changes a type's limits or guidelines, each holder of a certification the
 * policy names for that type (a certified tier, a required certification; in the old version or the
 * new) gets a refresher: the change in plain words and one practice situation of that type, drawn for
 * them under the new version and stored as practice stores a draw, so they answer it at
 * POST /api/training/practice/:id/answer and the engine grades it then. Holding is as the engine
 * counts it (`held_certifications`: in force or in grace, or listed on the person).
 *
 * In the publish's transaction (server-module.ts, onPolicyPublished): a failed publish assigns
 * nothing. One refresher per person, type and version (its unique key), so running twice adds none.
 * Returns the `training.refresher_assigned` events, which the publish records with its own.
 */
export async function assignRefreshers(
  trx: Transaction<Database>,
  published: PolicyPublished,
): Promise<NewEvent[]> {
  const { organizationId, version, previous, next, now } = published;
  if (!previous) return [];
  const concerned = changedPolicyTypes(previous, next).flatMap((typeKey) => {
    const keys = [
      ...new Set([
        ...certificationsForType(previous, typeKey),
        ...certificationsForType(next, typeKey),
      ]),
    ].sort();
    const lesson = policyChangeLesson(previous, next, typeKey);
    return keys.length > 0 && lesson.length > 0 ? [{ typeKey, keys, lesson }] : [];
  });
  if (concerned.length === 0) return [];

  const allKeys = [...new Set(concerned.flatMap((c) => c.keys))];
  const at = sql`${now.toISOString()}::timestamptz`;
  const [holders, assigned] = await Promise.all([
    trx
      .selectFrom('people')
      .leftJoin('authorityLevels', 'authorityLevels.id', 'people.levelId')
      .select([
        'people.id',
        'authorityLevels.key as levelKey',
        sql<string[]>`held_certifications(people.id, people.certifications, ${at})`.as('held'),
      ])
      .where('people.organizationId', '=', organizationId)
      .where('people.active', '=', true)
      .where(
        sql<boolean>`held_certifications(people.id, people.certifications, ${at}) ?| ${sql.val(allKeys)}::text[]`,
      )
      .orderBy('people.id')
      .execute(),
    trx
      .selectFrom('trainingRefreshers')
      .select(['personId', 'typeKey'])
      .where('organizationId', '=', organizationId)
      .where('policyVersion', '=', version)
      .execute(),
  ]);
  const done = new Set(assigned.map((a) => `${a.personId} ${a.typeKey}`));

  // Situations at the edges of each holder's own limits under the version just published: it is
  // what the refresher is about, and what the answer will be graded against.
  const policy = compilePolicy({ ...next, version });
  const situations: Insertable<PracticeSituationsTable>[] = [];
  const refreshers: Insertable<TrainingRefreshersTable>[] = [];
  for (const holder of holders)
    for (const { typeKey, keys, lesson } of concerned) {
      const certification = keys.find((key) => holder.held.includes(key));
      if (certification === undefined || done.has(`${holder.id} ${typeKey}`)) continue;
      let situationId: string | null = null;
      // A type the new version dropped has nothing left to practise; the lesson says so.
      if (policy.typeIndex.has(typeKey)) {
        const seed = randomInt(0, 2 ** 31 - 1);
        const { situation } = generateSituation({
          policy,
          learner: { id: holder.id, levelKey: holder.levelKey, certifications: holder.held },
          seed,
          type: typeKey,
          at: now.getTime(),
        });
        situationId = randomUUID();
        situations.push({
          id: situationId,
          organizationId,
          personId: holder.id,
          situation: JSON.stringify(situation),
          seed,
          source: 'generated',
          createdAt: now,
        });
      }
      refreshers.push({
        id: randomUUID(),
        organizationId,
        personId: holder.id,
        certification,
        typeKey,
        policyVersion: version,
        lesson: lesson.join('\n'),
        situationId,
        createdAt: now,
      });
    }
  if (refreshers.length === 0) return [];

  for (const rows of chunks(situations))
    await trx.insertInto('practiceSituations').values(rows).execute();
  const inserted: Array<{ id: string; personId: string; typeKey: string }> = [];
  for (const rows of chunks(refreshers))
    inserted.push(
      ...(await trx
        .insertInto('trainingRefreshers')
        .values(rows)
        .onConflict((oc) => oc.columns(['personId', 'typeKey', 'policyVersion']).doNothing())
        .returning(['id', 'personId', 'typeKey'])
        .execute()),
    );
  return inserted.map((row) => ({
    organizationId,
    recipientId: row.personId,
    type: 'training.refresher_assigned' as const,
    data: { refresherId: row.id, typeKey: row.typeKey, policyVersion: version },
  }));
}
