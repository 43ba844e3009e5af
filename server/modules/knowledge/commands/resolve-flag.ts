import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import {
  articlePolicy,
  canSeeArticle,
  type KnowledgeActor,
} from '../../../policies/knowledge-article.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';

export type ResolveFlagOptions = {
  db: Db;
  organizationId: string;
  actor: KnowledgeActor;
  flagId: string;
  note: string;
  now: Date;
};

/** Closes a flag with a note saying what was done (fixed, or why nothing needed to be). */
export async function resolveFlag(options: ResolveFlagOptions): Promise<void> {
  const { organizationId, actor, now } = options;
  await options.db.transaction().execute(async (trx) => {
    const flag = await trx
      .selectFrom('knowledgeFlags as f')
      .innerJoin('knowledgeArticles as a', 'a.id', 'f.articleId')
      .select(['f.id', 'f.resolvedAt', 'a.ownerId', 'a.state', 'a.visibility'])
      .where('f.organizationId', '=', organizationId)
      .where('f.id', '=', options.flagId)
      .forUpdate('f')
      .executeTakeFirst();
    if (!flag || !canSeeArticle(actor, flag)) throw AppError.notFound('Flag');
    if (flag.resolvedAt) throw new AppError('conflict', 'This flag is already resolved');
    authorizeRecord(articlePolicy(actor, flag).resolveFlag);
    await trx
      .updateTable('knowledgeFlags')
      .set({ resolvedAt: now, resolvedBy: actor.personId, resolutionNote: options.note })
      .where('id', '=', flag.id)
      .execute();
  });
}
