import { sql, type Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import type { ResolutionDenied } from '../../server-module.ts';

/**
 * A hint, not a verdict: when an approver denies a resolution on a contact that had articles
 * linked (reused or created there), each of those articles gets a `denied_resolution` flag, at most
 * one per article a day (a unique index, so two denials at once cannot both add one): the article
 * may promise more than reps may give. Archived articles are left alone. Written in the denial's
 * transaction (server-module.ts, onResolutionDenied).
 */
export async function flagArticlesForDenial(
  trx: Transaction<Database>,
  denied: ResolutionDenied,
): Promise<void> {
  const { organizationId, resolutionId, now } = denied;
  const comment =
    'A resolution on a contact this article was linked to was denied: check it does not promise more than reps may give.';
  await trx
    .insertInto('knowledgeFlags')
    .columns(['organizationId', 'articleId', 'source', 'comment', 'resolutionId', 'createdAt'])
    .expression((eb) =>
      eb
        .selectFrom('resolutions as r')
        .innerJoin('knowledgeLinks as l', 'l.contactId', 'r.contactId')
        .innerJoin('knowledgeArticles as a', 'a.id', 'l.articleId')
        .select([
          'a.organizationId',
          'a.id',
          sql.lit('denied_resolution').as('source'),
          sql.val(comment).as('comment'),
          'r.id as resolutionId',
          sql.val(now).as('createdAt'),
        ])
        .distinctOn('a.id')
        .where('r.organizationId', '=', organizationId)
        .where('r.id', '=', resolutionId)
        .where('l.kind', 'in', ['reused', 'created'])
        .where('a.state', '!=', 'archived'),
    )
    .onConflict((oc) => oc.doNothing())
    .execute();
}
