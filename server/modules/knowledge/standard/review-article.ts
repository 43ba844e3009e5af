import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';
import { AppError } from '../../../errors.ts';
import type { KnowledgeActor } from '../../../policies/knowledge-article.ts';
import { mayCoach, mayReview } from '../../../policies/knowledge-coaching.ts';
import { authorizeRecord } from '../../../policies/verdict.ts';
import { loadStandard } from './load-standard.ts';

/**
 * A coach scores an article's current version against the active criteria of the standard: the
 * score (met ÷ active × 100) is stored with that version and its author, for the per-author figure.
 */
export async function reviewArticle(options: {
  db: Kysely<Database>;
  organizationId: string;
  actor: KnowledgeActor;
  articleId: string;
  met: string[];
  comment: string;
  now: Date;
}): Promise<string> {
  const { db, organizationId, actor, articleId } = options;
  authorizeRecord(mayCoach(actor));
  const version = await db
    .selectFrom('knowledgeArticles as a')
    .innerJoin('knowledgeArticleVersions as v', (join) =>
      join.onRef('v.articleId', '=', 'a.id').onRef('v.version', '=', 'a.version'),
    )
    .select(['a.version', 'v.authorId'])
    .where('a.organizationId', '=', organizationId)
    .where('a.id', '=', articleId)
    .executeTakeFirst();
  if (!version) throw AppError.notFound('Article');
  authorizeRecord(mayReview(actor, version.authorId));
  const active = new Set(
    (await loadStandard(db, organizationId)).filter((c) => c.active).map((c) => c.id),
  );
  const met = [...new Set(options.met)];
  const unknown = met.findIndex((id) => !active.has(id));
  if (unknown >= 0)
    throw AppError.invalid(`met.${unknown}`, 'is not an active criterion of the standard');
  const row = await db
    .insertInto('knowledgeQualityReviews')
    .values({
      organizationId,
      articleId,
      articleVersion: version.version,
      coachId: actor.personId,
      authorId: version.authorId,
      metCriteria: met,
      totalCriteria: active.size,
      score: Math.round((100 * met.length) / active.size),
      comment: options.comment,
      createdAt: options.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
