import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';

/** Quality reviews of one organization with the coach's and the author's names. */
export function selectReviews(db: Kysely<Database>, organizationId: string) {
  return db
    .selectFrom('knowledgeQualityReviews as q')
    .leftJoin('people as coach', 'coach.id', 'q.coachId')
    .leftJoin('people as author', 'author.id', 'q.authorId')
    .selectAll('q')
    .select(['coach.name as coachName', 'author.name as authorName'])
    .where('q.organizationId', '=', organizationId);
}

export type ReviewRow = Awaited<
  ReturnType<ReturnType<typeof selectReviews>['executeTakeFirstOrThrow']>
>;

const ref = (id: string | null, name: string | null) => (id && name !== null ? { id, name } : null);

export function presentReview(row: ReviewRow) {
  return {
    id: row.id,
    articleId: row.articleId,
    articleVersion: row.articleVersion,
    score: row.score,
    met: row.metCriteria,
    totalCriteria: row.totalCriteria,
    coach: ref(row.coachId, row.coachName),
    author: ref(row.authorId, row.authorName),
    comment: row.comment,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
