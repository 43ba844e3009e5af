import type { ColumnType, Generated, Selectable } from 'kysely';

import type { Timestamp, UpdatedAt } from '../../db/columns.ts';
import type { KnowledgeSearchTables } from './search/tables.ts';

export type KnowledgeLicence = 'candidate' | 'contributor' | 'publisher' | 'coach';
export type ArticleVisibility = 'internal' | 'external';
export type ArticleState = 'draft' | 'not_validated' | 'validated' | 'archived';
export type FlagSource = 'person' | 'policy_change' | 'denied_resolution';
export type LinkKind = 'reused' | 'created' | 'flagged';

type Moment = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** text[]: read as an array, written as one (or defaulted to the empty array). */
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
/** tsvector: written only through SQL (search/article-search-vector.ts), read as its text. */
type SearchVector = ColumnType<string, unknown, unknown>;

/** A person's KCS licence (migration 20261205100000); no row is a reader. */
export interface KnowledgeLicencesTable {
  personId: string;
  organizationId: string;
  licence: KnowledgeLicence;
  grantedBy: string | null;
  grantedAt: Timestamp;
}

export interface KnowledgeArticlesTable {
  id: Generated<string>;
  organizationId: string;
  title: string;
  problem: string;
  context: Generated<string>;
  resolution: string;
  cause: string | null;
  visibility: ArticleVisibility;
  state: ArticleState;
  typeKeys: TextArray;
  tags: TextArray;
  ownerId: string | null;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: UpdatedAt;
  reuseCount: Generated<number>;
  lastReusedAt: Moment;
  searchVector: SearchVector;
}

/** One saved version of an article: written with every save, never changed. */
export interface KnowledgeArticleVersionsTable {
  articleId: string;
  version: number;
  organizationId: string;
  title: string;
  problem: string;
  context: string;
  resolution: string;
  cause: string | null;
  visibility: ArticleVisibility;
  state: ArticleState;
  typeKeys: string[];
  tags: string[];
  authorId: string | null;
  createdAt: Timestamp;
}

export interface KnowledgeFlagsTable {
  id: Generated<string>;
  organizationId: string;
  articleId: string;
  source: FlagSource;
  /** null when the system raised it. */
  raisedBy: string | null;
  comment: string;
  policyVersion: number | null;
  resolutionId: string | null;
  createdAt: Timestamp;
  resolvedAt: Moment;
  resolvedBy: string | null;
  resolutionNote: string | null;
}

export interface KnowledgeLinksTable {
  id: Generated<string>;
  organizationId: string;
  contactId: string;
  articleId: string;
  kind: LinkKind;
  /** The search text that led to the link. */
  query: string | null;
  linkedBy: string | null;
  createdAt: Timestamp;
}

export interface KnowledgeSearchesTable {
  id: Generated<number>;
  organizationId: string;
  personId: string | null;
  contactId: string | null;
  query: string;
  resultCount: number;
  createdAt: Timestamp;
}

export interface KnowledgeLearnedTermsTable {
  organizationId: string;
  articleId: string;
  /** A normalized lexeme of a search that ended in a link to the article. */
  term: string;
  hits: Generated<number>;
}

export interface KnowledgeStandardCriteriaTable {
  id: Generated<string>;
  organizationId: string;
  position: number;
  label: string;
  description: Generated<string>;
  active: Generated<boolean>;
}

export interface KnowledgeQualityReviewsTable {
  id: Generated<string>;
  organizationId: string;
  articleId: string;
  articleVersion: number;
  coachId: string | null;
  authorId: string | null;
  metCriteria: ColumnType<string[], string[] | undefined, string[]>;
  totalCriteria: number;
  score: number;
  comment: Generated<string>;
  createdAt: Timestamp;
}

export interface KnowledgeTables extends KnowledgeSearchTables {
  knowledgeLicences: KnowledgeLicencesTable;
  knowledgeArticles: KnowledgeArticlesTable;
  knowledgeArticleVersions: KnowledgeArticleVersionsTable;
  knowledgeFlags: KnowledgeFlagsTable;
  knowledgeLinks: KnowledgeLinksTable;
  knowledgeSearches: KnowledgeSearchesTable;
  knowledgeLearnedTerms: KnowledgeLearnedTermsTable;
  knowledgeStandardCriteria: KnowledgeStandardCriteriaTable;
  knowledgeQualityReviews: KnowledgeQualityReviewsTable;
}

export type KnowledgeArticle = Selectable<KnowledgeArticlesTable>;
export type KnowledgeArticleVersion = Selectable<KnowledgeArticleVersionsTable>;
export type KnowledgeFlag = Selectable<KnowledgeFlagsTable>;
export type KnowledgeLink = Selectable<KnowledgeLinksTable>;
