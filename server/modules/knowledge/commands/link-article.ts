import type { Db } from '../../../db/database.ts';
import { AppError } from '../../../errors.ts';
import type { KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { assertContact } from '../queries/assert-contact.ts';
import { lockArticle } from '../queries/lock-article.ts';
import { learnFromLink } from '../search/index.ts';

export type LinkArticleOptions = {
  db: Db;
  organizationId: string;
  actor: KnowledgeActor;
  contactId: string;
  articleId: string;
  /** The search text that found the article. */
  query?: string | undefined;
  now: Date;
};

/**
 * "This solved it": links an article to a contact as reused. Idempotent: linking it again changes
 * nothing, so the article's reuse count goes up once per contact, in the transaction that adds the
 * link. A draft or an archived article is not reused (409): it is not what reps should rely on.
 */
export async function linkArticle(
  options: LinkArticleOptions,
): Promise<{ linkId: string; created: boolean }> {
  const { organizationId, actor, contactId, now } = options;
  return options.db.transaction().execute(async (trx) => {
    await assertContact(trx, options);
    const article = await lockArticle(trx, options);
    if (article.state !== 'validated' && article.state !== 'not_validated')
      throw new AppError(
        'conflict',
        `A ${article.state === 'draft' ? 'draft' : 'archived article'} cannot be reused: only validated and not-validated articles`,
        'articleId',
      );
    const query = options.query ? options.query : null;
    const inserted = await trx
      .insertInto('knowledgeLinks')
      .values({
        organizationId,
        contactId,
        articleId: article.id,
        kind: 'reused',
        query,
        linkedBy: actor.personId,
        createdAt: now,
      })
      .onConflict((oc) => oc.columns(['contactId', 'articleId', 'kind']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      const existing = await trx
        .selectFrom('knowledgeLinks')
        .select('id')
        .where('contactId', '=', contactId)
        .where('articleId', '=', article.id)
        .where('kind', '=', 'reused')
        .executeTakeFirstOrThrow();
      return { linkId: existing.id, created: false };
    }
    await trx
      .updateTable('knowledgeArticles')
      .set((eb) => ({ reuseCount: eb('reuseCount', '+', 1), lastReusedAt: now }))
      .where('id', '=', article.id)
      .execute();
    if (query) await learnFromLink({ trx, organizationId, articleId: article.id, query });
    return { linkId: inserted.id, created: true };
  });
}
