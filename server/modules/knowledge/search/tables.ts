import type { Generated } from 'kysely';

/** Search's vocabulary per organization (migration 20261205110000), kept by triggers. */
export interface KnowledgeLexemesTable {
  organizationId: string;
  /** A lexeme of some article's search vector (english stemming). */
  lexeme: string;
  /** How many of the organization's articles hold it (0: none any more). */
  articles: number;
}

export interface KnowledgeSearchTotalsTable {
  organizationId: string;
  articles: number;
  /** The last number a save of what search reads took (migration 20261208100000); int8 as text. */
  version: Generated<string>;
}

export interface KnowledgeSearchTables {
  knowledgeLexemes: KnowledgeLexemesTable;
  knowledgeSearchTotals: KnowledgeSearchTotalsTable;
}
