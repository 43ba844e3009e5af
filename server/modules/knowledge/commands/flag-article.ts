import type { Db } from '../../../db/database.ts';
import type { KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { recordEvents } from '../../../realtime/record-events.ts';
import { assertContact } from '../queries/assert-contact.ts';
import { lockArticle } from '../queries/lock-article.ts';
import { whoHearsOfFlags } from '../queries/who-hears-of-flags.ts';

export type FlagArticleOptions = {
  db: Db;
  organizationId: string;
  actor: KnowledgeActor;
  articleId: string;
  comment: string;
  /** The contact the rep was on: the article is linked to it as `flagged`. */
  contactId?: string | undefined;
  now: Date;
};

/**
 * "Flag it": anyone who can read an article says what is wrong with it. The owner and the
 * publishers hear of it live; it stays open until someone who may fix the article resolves it.
 */
export async function flagArticle(options: FlagArticleOptions): Promise<string> {
  const { organizationId, actor, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const article = await lockArticle(trx, options);
    if (options.contactId) {
      await assertContact(trx, { organizationId, contactId: options.contactId });
      await trx
        .insertInto('knowledgeLinks')
        .values({
          organizationId,
          contactId: options.contactId,
          articleId: article.id,
          kind: 'flagged',
          linkedBy: actor.personId,
          createdAt: now,
        })
        .onConflict((oc) => oc.columns(['contactId', 'articleId', 'kind']).doNothing())
        .execute();
    }
    const { id } = await trx
      .insertInto('knowledgeFlags')
      .values({
        organizationId,
        articleId: article.id,
        source: 'person',
        raisedBy: actor.personId,
        comment: options.comment,
        createdAt: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const recipients = await whoHearsOfFlags(trx, {
      organizationId,
      ownerId: article.ownerId,
      raisedBy: actor.personId,
    });
    await recordEvents(
      trx,
      recipients.map((recipientId) => ({
        organizationId,
        recipientId,
        type: 'knowledge.flagged' as const,
        data: { articleId: article.id, flagId: id, title: article.title.slice(0, 200) },
      })),
    );
    return id;
  });
}
