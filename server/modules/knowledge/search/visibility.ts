import { sql, type RawBuilder } from 'kysely';

import type { ArticleState, ArticleVisibility } from '../tables.ts';

/**
 * Who searches: a publisher or admin sees every article (the caller decides, from the licence and
 * the role, in server/policies); anyone else sees validated and not-validated articles and their
 * own drafts, never archived ones.
 */
export type SearchViewer = { personId: string | null; seesAll: boolean };

export type SearchFilters = {
  states?: ArticleState[];
  visibility?: ArticleVisibility;
  /** A resolution type's key: articles that belong to it. */
  type?: string;
  tag?: string;
};

/** Archived articles come back only when asked for by state: a search is for what to use now. */
export const defaultStates: ArticleState[] = ['draft', 'not_validated', 'validated'];

export function visibleTo(viewer: SearchViewer, filters: SearchFilters = {}): RawBuilder<boolean> {
  const states = filters.states?.length ? filters.states : defaultStates;
  const shared = states.filter((s) => s === 'validated' || s === 'not_validated');
  const own = viewer.personId && states.includes('draft') ? viewer.personId : null;
  const allowed = viewer.seesAll
    ? sql`a.state = any(${states}::text[])`
    : sql`(a.state = any(${shared}::text[]) or (a.state = 'draft' and a.owner_id = ${own}))`;
  const visibility = filters.visibility ? sql`and a.visibility = ${filters.visibility}` : sql``;
  const type = filters.type ? sql`and a.type_keys @> array[${filters.type}]::text[]` : sql``;
  const tag = filters.tag ? sql`and a.tags @> array[${filters.tag}]::text[]` : sql``;
  return sql<boolean>`${allowed} ${visibility} ${type} ${tag}`;
}
