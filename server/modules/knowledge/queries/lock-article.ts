import type { Transaction } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import { canSeeArticle, type KnowledgeActor } from '../../../policies/knowledge-article.ts';

/**
 * The article a command changes, locked until commit so two saves of the same version queue up
 * and the second sees the first's version; one the caller cannot see is not found.
 */
export async function lockArticle(
  trx: Transaction<Database>,
  /** The command's caller: one they cannot see is not found. */
  options: { organizationId: string; articleId: string; actor: KnowledgeActor },
) {
  const row = await trx
    .selectFrom('knowledgeArticles')
    .select([
      'id',
      'title',
      'problem',
      'context',
      'resolution',
      'cause',
      'visibility',
      'state',
      'typeKeys',
      'tags',
      'ownerId',
      'version',
    ])
    .where('organizationId', '=', options.organizationId)
    .where('id', '=', options.articleId)
    .forUpdate()
    .executeTakeFirst();
  if (!row || !canSeeArticle(options.actor, row)) throw AppError.notFound('Article');
  return row;
}

export type LockedArticle = Awaited<ReturnType<typeof lockArticle>>;
