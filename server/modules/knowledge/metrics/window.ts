import type { Kysely } from 'kysely';

import type { Database } from '../../../db/schema.ts';

/** What every figure's query is given: the organization and the window [from, to). */
export type MetricsWindow = {
  db: Kysely<Database>;
  organizationId: string;
  from: Date;
  to: Date;
  now: Date;
};

export const DAY_MS = 86_400_000;

export const daysBefore = (moment: Date, days: number) =>
  new Date(moment.getTime() - days * DAY_MS);

/** An article as the figures name it. */
export type ArticleRefRow = { articleId: string; title: string; state: string };

export const articleRef = (row: ArticleRefRow) => ({
  id: row.articleId,
  title: row.title,
  state: row.state as 'draft' | 'not_validated' | 'validated' | 'archived',
});

export const rateOf = (linked: number, closed: number) => (closed === 0 ? null : linked / closed);
