import type { Db } from '../../../db/database.ts';
import { createArticlePolicy, type KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { assertContact } from '../queries/assert-contact.ts';
import { articleSearchVector } from '../search/index.ts';
import type { ArticleVisibility } from '../tables.ts';
import { ledgerPublication } from './publication-entries.ts';

export type CreateArticleOptions = {
  db: Db;
  organizationId: string;
  actor: KnowledgeActor;
  title: string;
  problem: string;
  resolution: string;
  context?: string | undefined;
  cause?: string | undefined;
  visibility: ArticleVisibility;
  typeKeys?: string[] | undefined;
  tags?: string[] | undefined;
  state?: 'draft' | 'not_validated' | 'validated' | undefined;
  /** The contact it was written from: linked to it as `created`. */
  contactId?: string | undefined;
  now: Date;
};

/**
 * A new article, owned by its writer, as version 1 (kept like every later version). Written from a
 * contact, it is linked to it as `created` in the same transaction.
 */
export async function createArticle(options: CreateArticleOptions): Promise<string> {
  const { organizationId, actor, now } = options;
  const content = {
    title: options.title,
    problem: options.problem,
    context: options.context ?? '',
    resolution: options.resolution,
    cause: options.cause ?? null,
    visibility: options.visibility,
    state: options.state ?? 'draft',
    typeKeys: [...new Set(options.typeKeys ?? [])],
    tags: [...new Set(options.tags ?? [])],
  };
  authorizeRecord(createArticlePolicy(actor, { ...content, ownerId: actor.personId }));
  return options.db.transaction().execute(async (trx) => {
    if (options.contactId)
      await assertContact(trx, { organizationId, contactId: options.contactId });
    const { id } = await trx
      .insertInto('knowledgeArticles')
      .values({
        ...content,
        organizationId,
        ownerId: actor.personId,
        createdAt: now,
        updatedAt: now,
        searchVector: articleSearchVector(content),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('knowledgeArticleVersions')
      .values({
        ...content,
        articleId: id,
        version: 1,
        organizationId,
        authorId: actor.personId,
        createdAt: now,
      })
      .execute();
    if (options.contactId)
      await trx
        .insertInto('knowledgeLinks')
        .values({
          organizationId,
          contactId: options.contactId,
          articleId: id,
          kind: 'created',
          linkedBy: actor.personId,
          createdAt: now,
        })
        .execute();
    await ledgerPublication(trx, {
      ...options,
      before: null,
      after: { ...content, id, version: 1 },
    });
    return id;
  });
}
