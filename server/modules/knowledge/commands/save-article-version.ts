import type { Db } from '../../../db/database.ts';
import type { KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { authorizeRecord, type Verdict } from '../../../policies/verdict.ts';
import { lockArticle, type LockedArticle } from '../queries/lock-article.ts';
import { assertVersion } from './assert-version.ts';
import { ledgerPublication } from './publication-entries.ts';
import { writeArticleVersion, type ArticleContent } from './write-article-version.ts';

export type SaveArticleVersionOptions = {
  db: Db;
  organizationId: string;
  actor: KnowledgeActor;
  articleId: string;
  /** The version the caller started from; left out, the save goes over the latest. */
  expectedVersion?: number | undefined;
  now: Date;
  /** The next version's content, made from the locked article. */
  revise: (article: LockedArticle) => ArticleContent;
  /** What the actor's licence says of saving that content over that article. */
  authorize: (article: LockedArticle, content: ArticleContent) => Verdict;
};

/**
 * Saves an existing article as its next version, as every edit and state change does, in one
 * transaction: the row locked, the save authorized, a 409 over a version the caller had not seen,
 * the version written and, when the save publishes or archives the article, ledgered.
 */
export async function saveArticleVersion(options: SaveArticleVersionOptions): Promise<number> {
  const { organizationId, actor, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const article = await lockArticle(trx, options);
    const content = options.revise(article);
    authorizeRecord(options.authorize(article, content));
    assertVersion(article.version, options.expectedVersion);
    const version = await writeArticleVersion(trx, {
      organizationId,
      articleId: article.id,
      fromVersion: article.version,
      content,
      authorId: actor.personId,
      now,
    });
    await ledgerPublication(trx, {
      ...options,
      before: article,
      after: { ...content, id: article.id, version },
    });
    return version;
  });
}
