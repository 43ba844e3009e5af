import type { Db } from '../../../db/database.ts';
import { articlePolicy, type KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { appendLedgerEntries } from '../../ledger/commands/append-ledger-entries.ts';
import { lockArticle } from '../queries/lock-article.ts';
import type { ArticleState } from '../tables.ts';
import { assertVersion } from './assert-version.ts';
import { publicationEntries } from './publication-entries.ts';
import { writeArticleVersion } from './write-article-version.ts';

export type ChangeArticleStateOptions = {
  db: Db;
  organizationId: string;
  actor: KnowledgeActor;
  articleId: string;
  state: ArticleState;
  expectedVersion?: number | undefined;
  now: Date;
};

/**
 * Moves an article through draft → not validated → validated → archived (and back), as the
 * caller's licence allows; each move is a saved version, and publishing or archiving is ledgered.
 */
export async function changeArticleState(options: ChangeArticleStateOptions): Promise<number> {
  const { organizationId, actor, now } = options;
  return options.db.transaction().execute(async (trx) => {
    const article = await lockArticle(trx, {
      organizationId,
      articleId: options.articleId,
      viewer: actor,
    });
    authorizeRecord(articlePolicy(actor, article).changeState(options.state));
    assertVersion(article.version, options.expectedVersion);
    const content = {
      title: article.title,
      problem: article.problem,
      context: article.context,
      resolution: article.resolution,
      cause: article.cause,
      visibility: article.visibility,
      state: options.state,
      typeKeys: article.typeKeys,
      tags: article.tags,
    };
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
      title: article.title,
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
