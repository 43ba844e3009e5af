import type { Db } from '../../../db/database.ts';
import { articlePolicy, type KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { lockArticle } from '../queries/lock-article.ts';
import type { ArticleVisibility } from '../tables.ts';
import { assertVersion } from './assert-version.ts';
import { publicationEntries } from './publication-entries.ts';
import { writeArticleVersion, type ArticleContent } from './write-article-version.ts';

export type ArticleChanges = {
  title?: string | undefined;
  problem?: string | undefined;
  context?: string | undefined;
  resolution?: string | undefined;
  cause?: string | null | undefined;
  visibility?: ArticleVisibility | undefined;
  typeKeys?: string[] | undefined;
  tags?: string[] | undefined;
};

export type UpdateArticleOptions = {
  db: Db;
  organizationId: string;
  actor: KnowledgeActor;
  articleId: string;
  changes: ArticleChanges;
  /** The version the editor started from. */
  expectedVersion: number;
  now: Date;
};

/** "Fix it": whoever may edit the article saves new content as its next version. */
export async function updateArticle(options: UpdateArticleOptions): Promise<number> {
  const { organizationId, actor, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const article = await lockArticle(trx, {
      organizationId,
      articleId: options.articleId,
      viewer: actor,
    });
    const content: ArticleContent = {
      title: options.changes.title ?? article.title,
      problem: options.changes.problem ?? article.problem,
      context: options.changes.context ?? article.context,
      resolution: options.changes.resolution ?? article.resolution,
      cause: options.changes.cause === undefined ? article.cause : options.changes.cause,
      visibility: options.changes.visibility ?? article.visibility,
      state: article.state,
      typeKeys: [...new Set(options.changes.typeKeys ?? article.typeKeys)],
      tags: [...new Set(options.changes.tags ?? article.tags)],
    };
    authorizeRecord(articlePolicy(actor, article).edit({ ...content, ownerId: article.ownerId }));
    assertVersion(article.version, options.expectedVersion);
    const version = await writeArticleVersion(trx, {
      organizationId,
      articleId: article.id,
      fromVersion: article.version,
      content,
      authorId: actor.personId,
      now,
    });
    const entries = publicationEntries({
      articleId: article.id,
      title: content.title,
      version,
      before: article,
      after: content,
      actorId: actor.personId,
      now,
    });
    if (entries.length > 0) await appendLedgerEntries(trx, organizationId, entries);
    return version;
  });
}
