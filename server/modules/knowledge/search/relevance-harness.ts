import type { Db } from '../../../db/database.ts';
import type { ArticleState } from '../tables.ts';
import { articleSearchVector } from './article-search-vector.ts';
import { searchArticles, type SearchViewer } from './search-articles.ts';

export type CorpusArticle = {
  key: string;
  title: string;
  problem: string;
  context: string;
  resolution: string;
  tags: string[];
  state?: ArticleState;
};

/** Stores a fixture corpus as internal articles (validated unless the fixture says), each with the vector every save writes. */
export async function storeCorpus(
  db: Db,
  organizationId: string,
  articles: CorpusArticle[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const rows = await db
    .insertInto('knowledgeArticles')
    .values(
      articles.map((article) => ({
        organizationId,
        title: article.title,
        problem: article.problem,
        context: article.context,
        resolution: article.resolution,
        tags: article.tags,
        visibility: 'internal' as const,
        state: article.state ?? 'validated',
        createdAt: new Date(),
        updatedAt: new Date(),
        searchVector: articleSearchVector(article),
      })),
    )
    .returning(['id', 'title'])
    .execute();
  rows.forEach((row, i) => ids.set(articles[i]!.key, row.id));
  return ids;
}

export type RelevanceResult = { top1: number; top3: number; misses: string[]; total: number };

/** Runs every search and counts where its expected article came: first, in the top three, or not. */
export async function measureRelevance(options: {
  db: Db;
  organizationId: string;
  viewer: SearchViewer;
  ids: Map<string, string>;
  searches: { q: string; expected: string }[];
}): Promise<RelevanceResult> {
  const { db, organizationId, viewer, ids, searches } = options;
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const search of searches) {
    const expected = ids.get(search.expected);
    if (!expected) throw new Error(`No fixture article "${search.expected}" for "${search.q}"`);
    const hits = await searchArticles({ db, organizationId, viewer, q: search.q, limit: 3 });
    const at = hits.findIndex((hit) => hit.article.id === expected);
    if (at === 0) top1++;
    if (at >= 0) top3++;
    else
      misses.push(
        `${search.q} → ${search.expected} (got ${hits.map((h) => h.article.title).join(' | ') || 'nothing'})`,
      );
  }
  return {
    top1: top1 / searches.length,
    top3: top3 / searches.length,
    misses,
    total: searches.length,
  };
}
