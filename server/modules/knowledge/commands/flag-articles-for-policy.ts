import { sql, type Transaction } from 'kysely';

import { changedPolicyTypes } from '../../../../domain/knowledge/changed-policy-types.ts';
import type { Database } from '../../../db/schema.ts';
import type { PolicyPublished } from '../../server-module.ts';

/**
 * Knowledge never contradicts authority: when a published policy changes a type's limits or
 * guidelines, every article of that type that is not archived gets an open system flag, in the
 * publish's own transaction (server-module.ts, onPolicyPublished). An article that already has an
 * open policy flag is not flagged again: that flag already asks for a review against the policy in
 * force. No live event: the policy.published event reaches everyone connected, and the queue shows
 * the flags.
 */
export async function flagArticlesForPolicy(
  trx: Transaction<Database>,
  published: PolicyPublished,
): Promise<number> {
  const types = changedPolicyTypes(published.previous, published.next);
  if (types.length === 0) return 0;
  const { organizationId, version, now } = published;
  const typeList = sql<string[]>`array[${sql.join(types)}]::text[]`;
  const comment = `Policy version ${version} changed the limits or guidelines of ${types.join(', ')}: check that this article still says what reps may do.`;
  const inserted = await trx
    .insertInto('knowledgeFlags')
    .columns(['organizationId', 'articleId', 'source', 'comment', 'policyVersion', 'createdAt'])
    .expression((eb) =>
      eb
        .selectFrom('knowledgeArticles as a')
        .select([
          'a.organizationId',
          'a.id',
          sql.lit('policy_change').as('source'),
          sql.val(comment).as('comment'),
          sql.val(version).as('policyVersion'),
          sql.val(now).as('createdAt'),
        ])
        .where('a.organizationId', '=', organizationId)
        .where('a.state', '!=', 'archived')
        .where(sql<boolean>`a.type_keys && ${typeList}`)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('knowledgeFlags as f')
                .select('f.id')
                .whereRef('f.articleId', '=', 'a.id')
                .where('f.source', '=', 'policy_change')
                .where('f.resolvedAt', 'is', null),
            ),
          ),
        ),
    )
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0);
}
