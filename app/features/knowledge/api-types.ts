// Shapes the knowledge pages read and write, derived from contract/knowledge{,-search}.ts.
import type { z } from 'zod';

import type { searchResultSchema } from '../../../contract/knowledge-search.ts';
import type {
  articleAbilitiesSchema,
  articleDetailResponse,
  articleSchema,
  articleStateSchema,
  articleSummarySchema,
  articleVisibilitySchema,
  createArticleBody,
  diffResponse,
  flagSchema,
  flagsResponse,
  linkResponse,
  linkSchema,
  listedArticleSchema,
  updateArticleBody,
} from '../../../contract/knowledge.ts';

export type ArticleState = z.infer<typeof articleStateSchema>;
export type ArticleVisibility = z.infer<typeof articleVisibilitySchema>;
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
export type Article = z.infer<typeof articleSchema>;
export type ArticleDetail = z.infer<typeof articleDetailResponse>;
/** What the viewer may do with an article, as the server's record policy says. */
export type ArticleAbilities = z.infer<typeof articleAbilitiesSchema>;
export type ListedArticle = z.infer<typeof listedArticleSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type FlagsPage = z.infer<typeof flagsResponse>;
export type Link = z.infer<typeof linkSchema>;
export type LinkAnswer = z.infer<typeof linkResponse>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type Diff = z.infer<typeof diffResponse>;
export type CreateArticle = z.input<typeof createArticleBody>;
export type UpdateArticle = z.input<typeof updateArticleBody>;

export const stateLabels: Record<ArticleState, string> = {
  draft: 'Draft',
  not_validated: 'Not validated yet',
  validated: 'Validated',
  archived: 'Archived',
};

export const visibilityLabels: Record<ArticleVisibility, string> = {
  internal: 'Internal',
  external: 'External',
};
